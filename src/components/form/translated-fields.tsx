import { useTranslation } from '@/lib/use-translation';
import { z } from 'zod';
import type { FieldDifference } from '@/components/conflict-message';
import { languages, type Language } from '@/lib/language';
import { Field, FormMessages, SubmitButton, type FieldHost } from './field';
import type { ConstraintTarget } from './server-error';
import { useForm } from './use-form';

interface Props<F extends string> {
  form: FieldHost<F>;
  /** The field's form names in Finnish, Swedish and English (name, name_sv, name_en). */
  names: Readonly<Record<Language, F>>;
  /** What the field is: the Finnish control's label and the group's name. */
  label: string;
  value: (field: F) => string;
  onChange: (field: F, value: string) => void;
  /** The database's length limit, the same for every language. */
  max: number;
  /** A textarea of this many rows; a one-line input when absent. */
  rows?: number;
}

/**
 * One text in three languages side by side (#14): a group named by the field; the Finnish
 * (required) control keeps the field's own label, the others are "In Swedish" and "In English"
 * within it; each control carries its `lang`, so spell-checking and screen readers follow the
 * language. An empty translation is saved as NULL (not translated) and the public pages fall back
 * to Finnish. On a narrow screen the columns stack.
 */
export function TranslatedFields<F extends string>({
  form,
  names,
  label,
  value,
  onChange,
  max,
  rows,
}: Props<F>) {
  const { t } = useTranslation('content');
  return (
    <fieldset className="translated-fields">
      {/* The Finnish control shows the same words; the legend names the group for assistive tech. */}
      <legend className="visually-hidden">{label}</legend>
      <div className="translated-fields__columns">
        {languages.map((lng) => {
          const name = names[lng];
          const text = value(name);
          return (
            <Field
              key={lng}
              form={form}
              name={name}
              label={lng === 'fi' ? label : t(`in.${lng}`)}
              hint={rows ? t('charCount', { count: text.length, max }) : undefined}
            >
              {(control) =>
                rows ? (
                  <textarea
                    {...control}
                    lang={lng}
                    rows={rows}
                    value={text}
                    onChange={(e) => onChange(name, e.target.value)}
                  />
                ) : (
                  <input
                    {...control}
                    lang={lng}
                    type="text"
                    value={text}
                    onChange={(e) => onChange(name, e.target.value)}
                  />
                )
              }
            </Field>
          );
        })}
      </div>
    </fieldset>
  );
}

// The role editor lives beside TranslatedFields rather than in a module of its own: both lazy
// form pages that use it (growth area staff, project contacts) already load this chunk, and a
// new shared chunk would add its file name to the entry's preload map (first-visit bytes).
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

interface RoleFormProps {
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
}: RoleFormProps) {
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
