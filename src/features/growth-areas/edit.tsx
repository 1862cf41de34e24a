import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictMessage, type FieldDifference } from '@/components/conflict-message';
import { VersionConflictError, ZeroRowsError, errorMessage } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import {
  addStaff,
  fieldOfServerError,
  removeStaff,
  updateGrowthArea,
  type AreaField,
  type GrowthAreaPatch,
} from './mutations';
import { getEditableGrowthArea, type EditableGrowthArea } from './queries';
import {
  AreaFields,
  fieldOrder,
  validateArea,
  type AreaErrors,
  type AreaFormValues,
} from './fields';

export type { EditableGrowthArea };

export const growthAreaEditQueries = {
  editable: (id: string) =>
    queryOptions({
      queryKey: ['projects', 'growth-area', 'editable', id] as const,
      queryFn: () => getEditableGrowthArea(supabase, id),
      staleTime: 0,
    }),
};

export const growthAreaMutations = {
  update: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'update'],
      mutationFn: (input: { id: string; version: number; patch: GrowthAreaPatch }) =>
        updateGrowthArea(supabase, input),
    }),
  addStaff: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'staff', 'add'],
      mutationFn: (input: {
        growth_area_id: string;
        person_id: string;
        role: string;
        sort_order: number;
      }) => addStaff(supabase, input),
    }),
  removeStaff: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'staff', 'remove'],
      mutationFn: (key: { growth_area_id: string; person_id: string }) =>
        removeStaff(supabase, key),
    }),
};

interface Props {
  area: EditableGrowthArea;
  people: { id: string; full_name: string; title: string | null }[];
  save: (input: {
    id: string;
    version: number;
    patch: GrowthAreaPatch;
  }) => Promise<EditableGrowthArea>;
  onSaved: (saved: EditableGrowthArea) => void;
  cancelTo: string;
}

const toValues = (a: EditableGrowthArea): AreaFormValues => ({
  name: a.name,
  slug: '',
  color: a.color,
  sort_order: String(a.sort_order),
  description: a.description ?? '',
  lead_person_id: a.lead_person_id ?? '',
});

export const toPatch = (v: AreaFormValues): GrowthAreaPatch => ({
  name: v.name.trim(),
  color: v.color.trim().toLowerCase(),
  sort_order: Number(v.sort_order.trim()),
  description: v.description.trim() === '' ? null : v.description,
  lead_person_id: v.lead_person_id || null,
});

/**
 * Directors and admins rename a growth area, pick its colour and place in the order, write its
 * description and name its lead (or leave the post vacant). Version-checked: a lost race shows
 * what changed and keeps the input.
 */
export function GrowthAreaForm({ area, people, save, onSaved, cancelTo }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(() => toValues(area));
  const [errors, setErrors] = useState<AreaErrors>({});
  const [base, setBase] = useState(area);
  const [conflict, setConflict] = useState<EditableGrowthArea | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const personName = (pid: string) =>
    people.find((p) => p.id === pid)?.full_name ?? t('areaForm.vacant');

  const focus = (field: AreaField) => document.getElementById(`${id}-${field}`)?.focus();

  const submit = async (from: EditableGrowthArea) => {
    const found = validateArea(values, { slug: false });
    setErrors(found);
    const first = fieldOrder.find((f) => found[f]);
    if (first) {
      focus(first);
      return;
    }
    setPending(true);
    setError(null);
    try {
      const saved = await save({ id: from.id, version: from.version, patch: toPatch(values) });
      setBase(saved);
      setConflict(null);
      onSaved(saved);
    } catch (e) {
      const field = fieldOfServerError(e);
      if (e instanceof VersionConflictError) setConflict(e.current as EditableGrowthArea);
      else if (e instanceof ZeroRowsError) setError(t('edit.zeroRows'));
      else if (field) {
        setErrors({ [field.field]: field.key });
        focus(field.field);
      } else setError(t('edit.serverError', { message: errorMessage(e) }));
    } finally {
      setPending(false);
    }
  };

  const differences = (theirs: EditableGrowthArea): FieldDifference[] => {
    const saved = toValues(theirs);
    const rows: FieldDifference[] = [];
    const compare = (field: keyof AreaFormValues, label: string, show = (v: string) => v) => {
      if (saved[field].trim() !== values[field].trim()) {
        rows.push({ field, label, theirs: show(saved[field]), yours: show(values[field]) });
      }
    };
    compare('name', t('areaForm.name'));
    compare('color', t('areaForm.colorCode'), (v) => v.toLowerCase());
    compare('sort_order', t('areaForm.order'));
    compare('lead_person_id', t('areaForm.lead'), personName);
    compare('description', t('areaForm.description'));
    return rows;
  };

  return (
    <form
      className="form"
      noValidate
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void submit(base);
      }}
    >
      {conflict && (
        <ConflictMessage
          text={t('areaForm.conflictText')}
          pending={pending}
          differences={differences(conflict)}
          onSaveAgain={() => {
            setBase(conflict);
            void submit(conflict);
          }}
        />
      )}
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{error}</p>
        </div>
      )}
      <AreaFields
        id={id}
        values={values}
        errors={errors}
        people={people}
        withSlug={false}
        onChange={(field, value) => {
          setValues((v) => ({ ...v, [field]: value }));
          setErrors((x) => ({ ...x, [field]: undefined }));
        }}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('edit.saving') : t('edit.save')}
        </button>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
