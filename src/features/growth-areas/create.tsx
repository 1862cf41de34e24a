import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { slugify } from '@/features/projects/create';
import {
  fieldOfServerError,
  insertGrowthArea,
  type AreaField,
  type NewGrowthArea,
} from './mutations';
import {
  AreaFields,
  defaultColor,
  fieldOrder,
  validateArea,
  type AreaErrors,
  type AreaFormValues,
} from './fields';
import { toPatch } from './edit';

export interface ProgrammeForNewArea {
  id: string;
  slug: string;
  name: string;
  /** The largest sort_order among its growth areas; the new one comes after. */
  lastOrder: number;
}

export const newAreaQueries = {
  /** The programme (drafts too, for directors) and where a new growth area would go. */
  programme: (slug: string) =>
    queryOptions({
      queryKey: ['projects', 'growth-area', 'new', slug] as const,
      queryFn: async (): Promise<ProgrammeForNewArea | null> => {
        const { data } = await supabase
          .from('programmes')
          .select('id, slug, name, growth_areas(sort_order)')
          .eq('slug', slug)
          .maybeSingle()
          .throwOnError();
        if (!data) return null;
        const orders = data.growth_areas.map((a) => a.sort_order);
        return {
          id: data.id,
          slug: data.slug,
          name: data.name,
          lastOrder: Math.max(0, ...orders),
        };
      },
      staleTime: 0,
    }),
};

export const createGrowthAreaMutation = () =>
  mutationOptions({
    mutationKey: ['projects', 'growth-area', 'create'],
    mutationFn: (area: NewGrowthArea) => insertGrowthArea(supabase, area),
  });

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
  const id = useId();
  const [values, setValues] = useState<AreaFormValues>({
    name: '',
    slug: '',
    color: defaultColor,
    sort_order: String(programme.lastOrder + 1),
    description: '',
    lead_person_id: '',
  });
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<AreaErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const focus = (field: AreaField) => document.getElementById(`${id}-${field}`)?.focus();

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validateArea(values, { slug: true });
    setErrors(found);
    const first = fieldOrder.find((f) => found[f]);
    if (first) {
      focus(first);
      return;
    }
    setPending(true);
    setFormError(null);
    try {
      await save({ ...toPatch(values), programme_id: programme.id, slug: values.slug });
    } catch (e) {
      const field = fieldOfServerError(e);
      if (field) {
        setErrors({ [field.field]: field.key });
        focus(field.field);
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
      <AreaFields
        id={id}
        values={values}
        errors={errors}
        people={people}
        withSlug
        onChange={(field, value) => {
          if (field === 'slug') setSlugEdited(true);
          setValues((v) => ({
            ...v,
            [field]: value,
            ...(field === 'name' && !slugEdited ? { slug: slugify(value) } : {}),
          }));
          setErrors((x) => ({
            ...x,
            [field]: undefined,
            ...(field === 'name' && !slugEdited ? { slug: undefined } : {}),
          }));
        }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('edit.saving') : t('areaForm.create')}
        </button>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
