import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import type { FieldDifference } from '@/components/conflict-message';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
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
  const form = useForm({
    initial: () => (person ? toPersonValues(person) : emptyPerson),
    schema: personFormSchema,
    fields: personFields,
    base: person,
    save: (values, from) => save(toPersonPatch(values), from),
    nextBase: (saved: Person): Person | null => saved,
    onSaved,
    constraints: personConstraintFields,
    limits: personLimits,
  });
  const { values, set } = form;

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

  const optional = <span className="admin-muted"> {t('admin.person.optional')}</span>;
  const textField = (
    field: Exclude<PersonField, 'user_id'>,
    options: { type?: string; optional?: boolean } = {},
  ) => (
    <Field
      form={form}
      name={field}
      label={
        <>
          {labels[field]}
          {options.optional && optional}
        </>
      }
    >
      {(control) => (
        <input
          {...control}
          type={options.type ?? 'text'}
          autoComplete="off"
          required={!options.optional}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form className="form" {...form.formProps}>
      <FormMessages
        form={form}
        conflictText={t('admin.person.conflictText')}
        differences={differences}
      />
      {textField('full_name')}
      {textField('title', { optional: true })}
      {textField('organisation', { optional: true })}
      {textField('email', { type: 'email', optional: true })}
      <Field
        form={form}
        name="user_id"
        label={
          <>
            {labels.user_id}
            {optional}
          </>
        }
        hint={t('admin.person.accountHint')}
      >
        {(control) => (
          <select
            {...control}
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
        )}
      </Field>
      <div className="button-row">
        <SubmitButton pending={form.pending}>
          {person ? t('edit.save') : t('admin.person.add')}
        </SubmitButton>
        <Link to={cancelTo}>{t('edit.cancel')}</Link>
      </div>
    </form>
  );
}
