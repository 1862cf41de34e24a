import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConflictMessage, type FieldDifference } from '@/components/conflict-message';
import {
  VersionConflictError,
  ZeroRowsError,
  errorMessage,
  isPostgrestError,
  violatedConstraint,
} from '@/lib/errors';
import type { Person } from '@/lib/people';
import type { PersonPatch } from './mutations';
import type { Account } from './queries';
import {
  emptyPerson,
  personConstraintFields,
  personFields,
  personFormSchema,
  personLimits,
  toPersonPatch,
  toPersonValues,
  type PersonField,
  type PersonFormValues,
} from './schema';

type Errors = Partial<Record<PersonField, string>>;

interface Props {
  /** The person as saved now; none when adding a new one. */
  person: Person | null;
  /** Sign-in accounts, for linking one to the person. */
  accounts: Account[];
  /** Inserts (base null) or updates from `base.version`; resolves with the saved row. */
  save: (patch: PersonPatch, base: Person | null) => Promise<Person>;
  onSaved: (saved: Person) => void;
  cancelTo: string;
}

/** Adds or edits a person of the directory; limits mirror the people table's CHECKs. */
export function PersonForm({ person, accounts, save, onSaved, cancelTo }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState<PersonFormValues>(() =>
    person ? toPersonValues(person) : emptyPerson,
  );
  const [base, setBase] = useState<Person | null>(person);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Person | null>(null);
  const [pending, setPending] = useState(false);

  const labels: Record<PersonField, string> = {
    full_name: t('admin.person.fullName'),
    title: t('admin.person.jobTitle'),
    organisation: t('admin.person.organisation'),
    email: t('admin.person.email'),
    user_id: t('admin.person.account'),
  };

  // An account links to one person at most: offer the free ones and this person's own.
  const linkable = accounts.filter((a) => !a.person_id || a.person_id === person?.id);
  // A link to an account the list does not show (e.g. one being removed) stays as it is.
  const unlisted =
    person?.user_id && !linkable.some((a) => a.user_id === person.user_id) ? person.user_id : null;
  const accountName = (userId: string) =>
    userId === ''
      ? t('admin.person.noAccount')
      : (accounts.find((a) => a.user_id === userId)?.email ?? userId);

  const message = (field: PersonField, key: string) => {
    if (key === 'edit.tooLong' && field !== 'user_id') {
      return t('edit.tooLong', { max: personLimits[field] });
    }
    if (key === 'edit.required') return t('edit.required');
    if (key === 'admin.person.invalidEmail') return t('admin.person.invalidEmail');
    return key;
  };

  const set = (field: PersonField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const focus = (field: PersonField) => document.getElementById(`${id}-${field}`)?.focus();

  const differences = (current: Person): FieldDifference[] => {
    const theirs = toPersonValues(current);
    const show = (f: PersonField, v: PersonFormValues) =>
      f === 'user_id' ? accountName(v.user_id) : v[f];
    return personFields
      .filter((f) => theirs[f].trim() !== values[f].trim())
      .map((f) => ({
        field: f,
        label: labels[f],
        theirs: show(f, theirs),
        yours: show(f, values),
      }));
  };

  const submit = async (from: Person | null) => {
    const parsed = personFormSchema.safeParse(values);
    if (!parsed.success) {
      const next: Errors = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as PersonField;
        next[field] ??= issue.message;
      }
      setErrors(next);
      const first = personFields.find((f) => next[f]);
      if (first) focus(first);
      return;
    }
    setPending(true);
    setFormError(null);
    try {
      const saved = await save(toPersonPatch(parsed.data), from);
      setConflict(null);
      setBase(saved);
      onSaved(saved);
    } catch (error) {
      if (error instanceof VersionConflictError) {
        setConflict(error.current as Person);
      } else if (error instanceof ZeroRowsError) {
        setFormError(t('edit.zeroRows'));
      } else {
        const constraint = violatedConstraint(error);
        const field = constraint ? personConstraintFields[constraint] : undefined;
        const text =
          constraint === 'people_user_id_key'
            ? t('admin.person.accountTaken')
            : t('edit.serverError', {
                message: isPostgrestError(error) ? error.message : errorMessage(error),
              });
        if (field) {
          setErrors((e) => ({ ...e, [field]: text }));
          focus(field);
        } else {
          setFormError(text);
        }
      }
    } finally {
      setPending(false);
    }
  };

  const fieldProps = (field: PersonField, hint?: boolean) => ({
    id: `${id}-${field}`,
    'aria-invalid': errors[field] ? true : undefined,
    'aria-describedby':
      [errors[field] ? `${id}-${field}-error` : '', hint ? `${id}-${field}-hint` : '']
        .filter(Boolean)
        .join(' ') || undefined,
  });

  const errorText = (field: PersonField) => {
    const key = errors[field];
    return key ? (
      <p className="field__error" id={`${id}-${field}-error`}>
        {message(field, key)}
      </p>
    ) : null;
  };

  const textField = (
    field: Exclude<PersonField, 'user_id'>,
    options: { type?: string; autoComplete?: string; optional?: boolean } = {},
  ) => (
    <div className="field">
      <label htmlFor={`${id}-${field}`}>
        {labels[field]}
        {options.optional && <span className="admin-muted"> {t('admin.person.optional')}</span>}
      </label>
      <input
        {...fieldProps(field)}
        type={options.type ?? 'text'}
        autoComplete={options.autoComplete ?? 'off'}
        required={!options.optional}
        value={values[field]}
        onChange={(e) => set(field, e.target.value)}
      />
      {errorText(field)}
    </div>
  );

  return (
    <form
      className="form"
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        void submit(base);
      }}
    >
      {conflict && (
        <ConflictMessage
          text={t('admin.person.conflictText')}
          differences={differences(conflict)}
          pending={pending}
          onSaveAgain={() => {
            setBase(conflict);
            void submit(conflict);
          }}
        />
      )}
      {formError && (
        <div className="notice notice--error" role="alert">
          <p>{formError}</p>
        </div>
      )}
      {textField('full_name')}
      {textField('title', { optional: true })}
      {textField('organisation', { optional: true })}
      {textField('email', { type: 'email', optional: true })}
      <div className="field">
        <label htmlFor={`${id}-user_id`}>
          {labels.user_id}
          <span className="admin-muted"> {t('admin.person.optional')}</span>
        </label>
        <select
          {...fieldProps('user_id', true)}
          value={values.user_id}
          onChange={(e) => set('user_id', e.target.value)}
        >
          <option value="">{t('admin.person.noAccount')}</option>
          {unlisted && <option value={unlisted}>{unlisted}</option>}
          {linkable.map((a) => (
            <option key={a.user_id} value={a.user_id}>
              {a.email}
            </option>
          ))}
        </select>
        <p className="field__hint" id={`${id}-user_id-hint`}>
          {t('admin.person.accountHint')}
        </p>
        {errorText('user_id')}
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('edit.saving') : person ? t('edit.save') : t('admin.person.add')}
        </button>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
