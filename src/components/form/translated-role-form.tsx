import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { FieldDifference } from '@/components/conflict-message';
import { FormMessages, SubmitButton } from './field';
import type { ConstraintTarget } from './server-error';
import { TranslatedFields } from './translated-fields';
import { useForm } from './use-form';

/** A person's role on a growth area's staff or among a project's contacts, as saved. */
export interface RoleRow {
  id: string;
  version: number;
  role: string | null;
  role_sv?: string | null;
  role_en?: string | null;
}

/** What a save sends: a blank role is NULL (sv/en: not translated, the Finnish role stands in). */
export interface RolePatch {
  role: string | null;
  role_sv: string | null;
  role_en: string | null;
}

type RoleField = 'role' | 'role_sv' | 'role_en';
type RoleValues = Record<RoleField, string>;

const toValues = (row: RoleRow): RoleValues => ({
  role: row.role ?? '',
  role_sv: row.role_sv ?? '',
  role_en: row.role_en ?? '',
});

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

export const toRolePatch = (v: RoleValues): RolePatch => ({
  role: orNull(v.role),
  role_sv: orNull(v.role_sv),
  role_en: orNull(v.role_en),
});

/** The role form's checks: each language to the database's limit; Finnish required if asked. */
export function roleSchema(max: number, required: boolean) {
  const text = z.string().refine((v) => v.trim().length <= max, 'edit.tooLong');
  return z.object({
    role: required ? text.refine((v) => v.trim() !== '', 'edit.required') : text,
    role_sv: text,
    role_en: text,
  });
}

interface Props {
  row: RoleRow;
  /** Whose role it is (the form's heading). */
  person: string;
  /** The field's name, e.g. "Role in the project". */
  label: string;
  /** Staff roles are required in Finnish; a contact may have none. */
  required: boolean;
  max: number;
  constraints: Partial<Record<string, ConstraintTarget<RoleField>>>;
  save: (input: { id: string; version: number; patch: RolePatch }) => Promise<RoleRow>;
  onSaved: (saved: RoleRow) => void;
  onCancel: () => void;
}

/**
 * An existing role in Finnish, Swedish and English side by side (#14 §1), saved from the
 * version the edit started at (lib/versioned-update.ts): someone else's newer save shows the
 * conflict table with the input kept; a refused write (zero rows) is said above the button.
 */
export function TranslatedRoleForm({
  row,
  person,
  label,
  required,
  max,
  constraints,
  save,
  onSaved,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const { t: tc } = useTranslation('content');
  const form = useForm({
    initial: () => toValues(row),
    schema: roleSchema(max, required),
    fields: ['role', 'role_sv', 'role_en'],
    base: row,
    save: (values, from) =>
      save({ id: from.id, version: from.version, patch: toRolePatch(values) }),
    nextBase: (saved: RoleRow) => saved,
    onSaved,
    constraints,
    limits: { role: max, role_sv: max, role_en: max },
  });
  const { values } = form;
  const differences = (theirs: RoleRow): FieldDifference[] => {
    const saved = toValues(theirs);
    return (['role', 'role_sv', 'role_en'] as const)
      .filter((f) => saved[f].trim() !== values[f].trim())
      .map((f) => ({
        field: f,
        label: f === 'role' ? label : `${label} (${tc(`in.${f === 'role_sv' ? 'sv' : 'en'}`)})`,
        theirs: saved[f],
        yours: values[f],
      }));
  };
  return (
    <form className="form role-form" {...form.formProps} aria-labelledby={`${form.id}-title`}>
      <h3 id={`${form.id}-title`}>{t('roleForm.title', { name: person })}</h3>
      <FormMessages
        form={form}
        conflictText={t('roleForm.conflictText')}
        differences={differences}
      />
      <TranslatedFields
        form={form}
        names={{ fi: 'role', sv: 'role_sv', en: 'role_en' }}
        label={label}
        value={(f) => values[f]}
        onChange={(f, v) => form.set(f, v)}
        max={max}
      />
      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('roleForm.save')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('edit.cancel')}
        </button>
      </div>
    </form>
  );
}
