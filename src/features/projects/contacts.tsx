import { mutationOptions, useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { FieldError, fieldErrorProps } from '@/components/field-error';
import { useToast } from '@/components/toast';
import { ZeroRowsError, errorMessage, isPostgrestError } from '@/lib/errors';
import { peopleQueries } from '@/lib/people';
import { supabase } from '@/lib/supabase';
import { sortContacts } from './project-view';
import type { ProjectDetail } from './queries';

// The database's limits (people_*_length, project_contacts_role_length).
const nameMax = 200;
const textMax = 200;

export const contactFormSchema = z.object({
  person_id: z.string(),
  role: z.string().max(textMax, 'edit.tooLong'),
  new_name: z.string().max(nameMax, 'edit.tooLong'),
  new_title: z.string().max(textMax, 'edit.tooLong'),
  new_organisation: z.string().max(textMax, 'edit.tooLong'),
});
type ContactForm = z.infer<typeof contactFormSchema>;
type Field = keyof ContactForm;
type ErrorKey = 'edit.required' | 'edit.tooLong';
const NEW_PERSON = 'new';

/** Field errors of the add-contact form, as locale keys; empty when it may be sent. */
export function validateContact(values: ContactForm): Partial<Record<Field, ErrorKey>> {
  const errors: Partial<Record<Field, ErrorKey>> = {};
  const parsed = contactFormSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as Field;
      errors[field] ??= issue.message as ErrorKey;
    }
  }
  if (!values.person_id) errors.person_id = 'edit.required';
  if (values.person_id === NEW_PERSON && !values.new_name.trim()) errors.new_name = 'edit.required';
  return errors;
}

export const contactMutations = {
  add: () =>
    mutationOptions({
      mutationKey: ['projects', 'contacts', 'add'],
      mutationFn: async (v: {
        projectId: string;
        values: ContactForm;
        sortOrder: number;
      }): Promise<string> => {
        let personId = v.values.person_id;
        if (personId === NEW_PERSON) {
          const { data } = await supabase
            .from('people')
            .insert({
              full_name: v.values.new_name.trim(),
              title: v.values.new_title.trim() || null,
              organisation: v.values.new_organisation.trim() || null,
            })
            .select('id')
            .single()
            .throwOnError();
          personId = data.id;
        }
        await supabase
          .from('project_contacts')
          .insert({
            project_id: v.projectId,
            person_id: personId,
            role: v.values.role.trim() || null,
            sort_order: v.sortOrder,
          })
          .throwOnError();
        return personId;
      },
    }),
  makePrimary: () =>
    mutationOptions({
      mutationKey: ['projects', 'contacts', 'primary'],
      mutationFn: async (v: { projectId: string; personId: string }) => {
        await supabase
          .rpc('set_primary_contact', { project_id: v.projectId, person_id: v.personId })
          .throwOnError();
      },
    }),
  remove: () =>
    mutationOptions({
      mutationKey: ['projects', 'contacts', 'remove'],
      mutationFn: async (v: { projectId: string; personId: string }) => {
        const { data } = await supabase
          .from('project_contacts')
          .delete()
          .eq('project_id', v.projectId)
          .eq('person_id', v.personId)
          .select('person_id')
          .throwOnError();
        if (!data?.length) throw new ZeroRowsError('project_contacts');
      },
    }),
};

const emptyForm: ContactForm = {
  person_id: '',
  role: '',
  new_name: '',
  new_title: '',
  new_organisation: '',
};

/** Leads, editors and directors name the project's contacts and its main contact. */
export function ContactsEditor({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const id = useId();
  const toast = useToast();
  const { data: people } = useSuspenseQuery(peopleQueries.list());
  const add = useMutation(contactMutations.add());
  const makePrimary = useMutation(contactMutations.makePrimary());
  const remove = useMutation(contactMutations.remove());
  const [values, setValues] = useState<ContactForm>(emptyForm);
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorKey>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const contacts = sortContacts(project.contacts);
  const candidates = people.filter((p) => !contacts.some((c) => c.person.id === p.id));
  const busy = add.isPending || makePrimary.isPending || remove.isPending;

  const fail = (error: unknown) =>
    toast({
      message:
        error instanceof ZeroRowsError
          ? t('edit.zeroRows')
          : t('edit.serverError', { message: errorMessage(error) }),
      tone: 'error',
    });

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateContact(values);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      const first = Object.keys(found)[0];
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    const sortOrder = Math.max(0, ...project.contacts.map((c) => c.sort_order)) + 1;
    add.mutate(
      { projectId: project.id, values, sortOrder },
      {
        onSuccess: (personId) => {
          const name = people.find((p) => p.id === personId)?.full_name ?? values.new_name.trim();
          toast({ message: t('contacts.added', { name }), tone: 'success' });
          setValues(emptyForm);
        },
        onError: (error) => {
          // A constraint names its field; anything else is said above the button.
          const text = isPostgrestError(error) ? error.message : errorMessage(error);
          if (/people_full_name_length/.test(text)) setErrors({ new_name: 'edit.required' });
          else setFormError(t('edit.serverError', { message: text }));
        },
      },
    );
  };

  const message = (field: Field, max = textMax) => {
    const key = errors[field];
    return (
      <FieldError formId={id} field={field}>
        {key && t(key, { max })}
      </FieldError>
    );
  };
  const invalid = (field: Field) => fieldErrorProps(id, field, !!errors[field]);

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('project.contacts')}</h2>
      {contacts.length === 0 ? (
        <p className="empty">{t('project.noContacts')}</p>
      ) : (
        <ul className="plain-list">
          {contacts.map((c) => (
            <li key={c.person.id} className="member">
              <span>
                <strong>{c.person.full_name}</strong>
                {c.role && <> – {c.role}</>}
                {c.is_primary && (
                  <span className="badge badge--neutral"> {t('project.mainContact')}</span>
                )}
              </span>
              <span className="button-row">
                {!c.is_primary && (
                  <button
                    type="button"
                    className="button button--small button--secondary"
                    aria-label={t('contacts.makePrimaryLabel', { name: c.person.full_name })}
                    disabled={busy}
                    onClick={() =>
                      makePrimary.mutate(
                        { projectId: project.id, personId: c.person.id },
                        {
                          onSuccess: () =>
                            toast({
                              message: t('contacts.madePrimary', { name: c.person.full_name }),
                              tone: 'success',
                            }),
                          onError: fail,
                        },
                      )
                    }
                  >
                    {t('contacts.makePrimary')}
                  </button>
                )}
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('contacts.removeLabel', { name: c.person.full_name })}
                  disabled={busy}
                  onClick={() =>
                    remove.mutate(
                      { projectId: project.id, personId: c.person.id },
                      {
                        onSuccess: () =>
                          toast({ message: t('contacts.removed', { name: c.person.full_name }) }),
                        onError: fail,
                      },
                    )
                  }
                >
                  {t('contacts.remove')}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}

      <form noValidate onSubmit={submit} aria-labelledby={`${id}-add-title`}>
        <h3 id={`${id}-add-title`}>{t('contacts.addTitle')}</h3>
        <div className="form-row">
          <div className="field">
            <label htmlFor={`${id}-person_id`}>{t('contacts.person')}</label>
            <select
              id={`${id}-person_id`}
              value={values.person_id}
              onChange={(e) => set('person_id', e.target.value)}
              {...invalid('person_id')}
            >
              <option value="">{t('contacts.choose')}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title ? `${p.full_name} (${p.title})` : p.full_name}
                </option>
              ))}
              <option value={NEW_PERSON}>{t('contacts.newPerson')}</option>
            </select>
            {message('person_id')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('contacts.role')}</label>
            <input
              id={`${id}-role`}
              value={values.role}
              maxLength={textMax + 1}
              onChange={(e) => set('role', e.target.value)}
              {...invalid('role')}
            />
            {message('role')}
          </div>
        </div>
        {values.person_id === NEW_PERSON && (
          <fieldset className="form-row">
            <legend>{t('contacts.newPerson')}</legend>
            <div className="field">
              <label htmlFor={`${id}-new_name`}>{t('contacts.name')}</label>
              <input
                id={`${id}-new_name`}
                value={values.new_name}
                autoComplete="off"
                onChange={(e) => set('new_name', e.target.value)}
                {...invalid('new_name')}
              />
              {message('new_name', nameMax)}
            </div>
            <div className="field">
              <label htmlFor={`${id}-new_title`}>{t('contacts.personTitle')}</label>
              <input
                id={`${id}-new_title`}
                value={values.new_title}
                onChange={(e) => set('new_title', e.target.value)}
                {...invalid('new_title')}
              />
              {message('new_title')}
            </div>
            <div className="field">
              <label htmlFor={`${id}-new_organisation`}>{t('contacts.organisation')}</label>
              <input
                id={`${id}-new_organisation`}
                value={values.new_organisation}
                onChange={(e) => set('new_organisation', e.target.value)}
                {...invalid('new_organisation')}
              />
              {message('new_organisation')}
            </div>
          </fieldset>
        )}
        {formError && (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('contacts.add')}
        </button>
      </form>
    </section>
  );
}
