import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage, isPostgrestError } from '@/lib/errors';
import { slugify } from '@/lib/slug';
import { newProjectSchema, type NewProjectValues } from './create';
import { projectLimits } from './schema';

type Errors = Partial<Record<keyof NewProjectValues, string>>;

interface Props {
  programmes: { id: string; name: string; growth_areas: { id: string; name: string }[] }[];
  save: (values: NewProjectValues) => Promise<unknown>;
}

/** Directors create a project: name, address name, programme and growth area; a draft by default. */
export function NewProjectForm({ programmes, save }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<NewProjectValues>({
    programme_id: programmes[0]?.id ?? '',
    growth_area_id: '',
    name: '',
    slug: '',
    published: false,
  });
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const areas = programmes.find((p) => p.id === values.programme_id)?.growth_areas ?? [];

  const text = (key: string | undefined) => {
    if (!key) return null;
    if (key === 'edit.tooLong') return t('edit.tooLong', { max: projectLimits.name });
    if (
      key === 'edit.required' ||
      key === 'newProject.slugInvalid' ||
      key === 'newProject.slugTaken'
    ) {
      return t(key);
    }
    return key;
  };
  const error = (field: keyof NewProjectValues) =>
    errors[field] ? (
      <p className="field__error" id={`${id}-${field}-error`}>
        {text(errors[field])}
      </p>
    ) : null;
  const a11y = (field: keyof NewProjectValues, hint = false) => ({
    id: `${id}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [errors[field] ? `${id}-${field}-error` : '', hint ? `${id}-${field}-hint` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = newProjectSchema.safeParse(values);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        next[issue.path[0] as keyof NewProjectValues] ??= issue.message;
      }
      setErrors(next);
      const first = (['programme_id', 'name', 'slug'] as const).find((f) => next[f]);
      if (first) document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    setPending(true);
    setFormError(null);
    try {
      await save(parsed.data);
    } catch (e) {
      if (isPostgrestError(e) && e.code === '23505') {
        setErrors({ slug: 'newProject.slugTaken' });
        document.getElementById(`${id}-slug`)?.focus();
      } else {
        setFormError(t('edit.serverError', { message: errorMessage(e) }));
      }
    } finally {
      setPending(false);
    }
  };

  return (
    <form className="form" noValidate onSubmit={(e) => void onSubmit(e)}>
      {formError && (
        <div className="notice notice--error" role="alert">
          <p>{formError}</p>
        </div>
      )}
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-programme_id`}>{t('newProject.programme')}</label>
          <select
            {...a11y('programme_id')}
            value={values.programme_id}
            onChange={(e) =>
              setValues((v) => ({ ...v, programme_id: e.target.value, growth_area_id: '' }))
            }
          >
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {error('programme_id')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-growth_area_id`}>{t('project.growthArea')}</label>
          <select
            {...a11y('growth_area_id')}
            value={values.growth_area_id}
            onChange={(e) => setValues((v) => ({ ...v, growth_area_id: e.target.value }))}
          >
            {areas.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
            <option value="">{t('portfolio.otherProjects')}</option>
          </select>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('edit.name')}</label>
        <input
          {...a11y('name')}
          type="text"
          value={values.name}
          onChange={(e) => {
            const name = e.target.value;
            setValues((v) => ({ ...v, name, slug: slugEdited ? v.slug : slugify(name) }));
            setErrors((x) => ({ ...x, name: undefined }));
          }}
        />
        {error('name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-slug`}>{t('newProject.slug')}</label>
        <input
          {...a11y('slug', true)}
          type="text"
          value={values.slug}
          onChange={(e) => {
            setSlugEdited(true);
            setValues((v) => ({ ...v, slug: e.target.value }));
            setErrors((x) => ({ ...x, slug: undefined }));
          }}
        />
        <p className="field__hint" id={`${id}-slug-hint`}>
          {t('newProject.slugHint')}
        </p>
        {error('slug')}
      </div>
      <div className="field field--inline">
        <input
          id={`${id}-published`}
          type="checkbox"
          checked={values.published}
          onChange={(e) => setValues((v) => ({ ...v, published: e.target.checked }))}
        />
        <label htmlFor={`${id}-published`}>{t('newProject.publishNow')}</label>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('edit.saving') : t('edit.save')}
        </button>
        <Link to="/">{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
