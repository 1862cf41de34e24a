import { mutationOptions, queryOptions } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { ConflictMessage } from '@/components/conflict-message';
import { VersionConflictError, ZeroRowsError, errorMessage } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { updateVersioned } from '@/lib/versioned-update';

const descriptionMax = 4000;

export const growthAreaFormSchema = z.object({
  description: z.string().max(descriptionMax, 'edit.tooLong'),
  lead_person_id: z.string(),
});

export type GrowthAreaFormValues = z.infer<typeof growthAreaFormSchema>;

export interface EditableGrowthArea {
  id: string;
  version: number;
  name: string;
  description: string | null;
  lead_person_id: string | null;
}

const columns = 'id, version, name, description, lead_person_id';

export const growthAreaEditQueries = {
  /** Everyone who can be named a lead (signed-in users read all people). */
  people: () =>
    queryOptions({
      queryKey: ['projects', 'growth-area', 'people'] as const,
      queryFn: async () => {
        const { data } = await supabase
          .from('people')
          .select('id, full_name, title')
          .order('full_name')
          .throwOnError();
        return data ?? [];
      },
    }),
  editable: (id: string) =>
    queryOptions({
      queryKey: ['projects', 'growth-area', 'editable', id] as const,
      queryFn: async (): Promise<EditableGrowthArea | null> => {
        const { data } = await supabase
          .from('growth_areas')
          .select(columns)
          .eq('id', id)
          .maybeSingle()
          .throwOnError();
        return data;
      },
      staleTime: 0,
    }),
};

export const growthAreaMutations = {
  update: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'update'],
      mutationFn: async (input: {
        id: string;
        version: number;
        patch: { description: string | null; lead_person_id: string | null };
      }) =>
        updateVersioned<EditableGrowthArea, 'growth_areas'>(supabase, {
          table: 'growth_areas',
          columns,
          ...input,
        }),
    }),
};

interface Props {
  area: EditableGrowthArea;
  people: { id: string; full_name: string; title: string | null }[];
  save: (input: {
    id: string;
    version: number;
    patch: { description: string | null; lead_person_id: string | null };
  }) => Promise<EditableGrowthArea>;
  onSaved: () => void;
  cancelTo: string;
}

const toValues = (a: EditableGrowthArea): GrowthAreaFormValues => ({
  description: a.description ?? '',
  lead_person_id: a.lead_person_id ?? '',
});

/** Directors write a growth area's description and name its lead, or leave it vacant. */
export function GrowthAreaForm({ area, people, save, onSaved, cancelTo }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(() => toValues(area));
  const [base, setBase] = useState(area);
  const [conflict, setConflict] = useState<EditableGrowthArea | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const tooLong = values.description.length > descriptionMax;
  const personName = (pid: string) =>
    people.find((p) => p.id === pid)?.full_name ?? t('areaForm.vacant');

  const submit = async (from: EditableGrowthArea) => {
    const parsed = growthAreaFormSchema.safeParse(values);
    if (!parsed.success) {
      document.getElementById(`${id}-description`)?.focus();
      return;
    }
    setPending(true);
    setError(null);
    try {
      const saved = await save({
        id: from.id,
        version: from.version,
        patch: {
          description: parsed.data.description.trim() === '' ? null : parsed.data.description,
          lead_person_id: parsed.data.lead_person_id || null,
        },
      });
      setBase(saved);
      setConflict(null);
      onSaved();
    } catch (e) {
      if (e instanceof VersionConflictError) setConflict(e.current as EditableGrowthArea);
      else if (e instanceof ZeroRowsError) setError(t('edit.zeroRows'));
      else setError(t('edit.serverError', { message: errorMessage(e) }));
    } finally {
      setPending(false);
    }
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
          differences={[
            ...(toValues(conflict).description !== values.description
              ? [
                  {
                    field: 'description',
                    label: t('areaForm.description'),
                    theirs: conflict.description ?? '',
                    yours: values.description,
                  },
                ]
              : []),
            ...(toValues(conflict).lead_person_id !== values.lead_person_id
              ? [
                  {
                    field: 'lead',
                    label: t('areaForm.lead'),
                    theirs: personName(conflict.lead_person_id ?? ''),
                    yours: personName(values.lead_person_id),
                  },
                ]
              : []),
          ]}
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
      <div className="field">
        <label htmlFor={`${id}-lead`}>{t('areaForm.lead')}</label>
        <select
          id={`${id}-lead`}
          value={values.lead_person_id}
          onChange={(e) => setValues((v) => ({ ...v, lead_person_id: e.target.value }))}
        >
          <option value="">{t('areaForm.vacant')}</option>
          {people.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title ? `${p.full_name}, ${p.title}` : p.full_name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('areaForm.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={6}
          value={values.description}
          aria-invalid={tooLong ? true : undefined}
          aria-describedby={`${id}-description-hint`}
          onChange={(e) => setValues((v) => ({ ...v, description: e.target.value }))}
        />
        <p className={tooLong ? 'field__error' : 'field__hint'} id={`${id}-description-hint`}>
          {tooLong
            ? t('edit.tooLong', { max: descriptionMax })
            : t('edit.charCount', { count: values.description.length, max: descriptionMax })}
        </p>
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('edit.saving') : t('edit.save')}
        </button>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
