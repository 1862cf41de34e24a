import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { slugify } from '@/lib/slug';
import type { NewGrowthArea } from './mutations';
import { toPatch } from './edit';
import { AreaFields } from './fields';
import type { ProgrammeForNewArea } from './queries';
import {
  areaConstraints,
  areaCreateSchema,
  areaLimits,
  defaultColor,
  fieldOrder,
  type AreaFormValues,
} from './schema';

interface Props {
  programme: ProgrammeForNewArea;
  people: { id: string; full_name: string; title: string | null }[];
  save: (area: NewGrowthArea) => Promise<unknown>;
  cancelTo: string;
}

/**
 * Directors and admins add a growth area to a programme: its name, the address name (derived
 * from the name until edited), colour, place in the order, lead and description.
 */
export function NewGrowthAreaForm({ programme, people, save, cancelTo }: Props) {
  const { t } = useTranslation();
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useForm({
    initial: (): AreaFormValues => ({
      name: '',
      slug: '',
      color: defaultColor,
      sort_order: String(programme.lastOrder + 1),
      description: '',
      lead_person_id: '',
      name_sv: '',
      name_en: '',
      description_sv: '',
      description_en: '',
    }),
    schema: areaCreateSchema,
    fields: fieldOrder,
    base: null,
    save: (values) => save({ ...toPatch(values), programme_id: programme.id, slug: values.slug }),
    constraints: areaConstraints,
    limits: areaLimits,
    derive: (next, field) =>
      field === 'name' && !slugEdited ? { ...next, slug: slugify(next.name) } : next,
  });

  return (
    <form className="form" {...form.formProps}>
      <FormMessages form={form} />
      <AreaFields
        form={form}
        people={people}
        withSlug
        onChange={(field, value) => {
          if (field === 'slug') setSlugEdited(true);
          form.set(field, value);
        }}
      />
      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('areaForm.create')}</SubmitButton>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
