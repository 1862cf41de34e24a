import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { slugify } from '@/lib/slug';
import { newProjectConstraints, newProjectSchema, type NewProjectValues } from './create';
import { projectLimits } from './schema';

interface Props {
  programmes: { id: string; name: string; growth_areas: { id: string; name: string }[] }[];
  save: (values: NewProjectValues) => Promise<unknown>;
}

/** Directors create a project: name, address name, programme and growth area; a draft by default. */
export function NewProjectForm({ programmes, save }: Props) {
  const { t } = useTranslation();
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useForm({
    initial: (): NewProjectValues => ({
      programme_id: programmes[0]?.id ?? '',
      growth_area_id: '',
      name: '',
      slug: '',
      published: false,
    }),
    schema: newProjectSchema,
    fields: ['programme_id', 'growth_area_id', 'name', 'slug', 'published'],
    base: null,
    save: (values) => save(values),
    constraints: newProjectConstraints,
    limits: { name: projectLimits.name, slug: projectLimits.slug },
    derive: (next, field) => {
      if (field === 'programme_id') return { ...next, growth_area_id: '' };
      if (field === 'name' && !slugEdited) return { ...next, slug: slugify(next.name) };
      return next;
    },
  });
  const { values, set } = form;
  const areas = programmes.find((p) => p.id === values.programme_id)?.growth_areas ?? [];

  return (
    <form className="form" {...form.formProps}>
      <FormMessages form={form} />
      <div className="form-row">
        <Field form={form} name="programme_id" label={t('newProject.programme')}>
          {(control) => (
            <select
              {...control}
              value={values.programme_id}
              onChange={(e) => set('programme_id', e.target.value)}
            >
              {programmes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field form={form} name="growth_area_id" label={t('project.growthArea')}>
          {(control) => (
            <select
              {...control}
              value={values.growth_area_id}
              onChange={(e) => set('growth_area_id', e.target.value)}
            >
              {areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
              <option value="">{t('portfolio.otherProjects')}</option>
            </select>
          )}
        </Field>
      </div>
      <Field form={form} name="name" label={t('edit.name')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.name}
            onChange={(e) => set('name', e.target.value)}
          />
        )}
      </Field>
      <Field form={form} name="slug" label={t('newProject.slug')} hint={t('newProject.slugHint')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.slug}
            onChange={(e) => {
              setSlugEdited(true);
              set('slug', e.target.value);
            }}
          />
        )}
      </Field>
      <Field form={form} name="published" label={t('newProject.publishNow')} inline>
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={values.published}
            onChange={(e) => set('published', e.target.checked)}
          />
        )}
      </Field>
      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('edit.save')}</SubmitButton>
        <Link to="/">{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
