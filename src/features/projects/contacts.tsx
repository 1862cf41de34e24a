import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Field, FormMessages } from '@/components/form/field';
import { schemaErrors } from '@/components/form/schema-errors';
import { TranslatedFields, TranslatedRoleForm } from '@/components/form/translated-fields';
import { useForm } from '@/components/form/use-form';
import { Translated } from '@/components/translated';
import { useToast } from '@/components/toast';
import { ZeroRowsError, errorMessage } from '@/lib/errors';
import { peopleQueries } from '@/lib/people';
import { localize, useContentLanguage } from '@/lib/translated';
import { contactMutations } from './mutations';
import { sortContacts, type ProjectDetail } from './queries';
import {
  NEW_PERSON,
  contactConstraints,
  contactFormSchema,
  contactLimits,
  contactRoleConstraints,
  type ContactFormValues,
} from './schema';

const emptyForm: ContactFormValues = {
  person_id: '',
  role: '',
  role_sv: '',
  role_en: '',
  new_name: '',
  new_title: '',
  new_organisation: '',
};

/** Field errors of the add-contact form, as locale keys; empty when it may be sent. */
export function validateContact(values: ContactFormValues) {
  return schemaErrors<keyof ContactFormValues>(contactFormSchema, values);
}

/** Leads, editors and directors name the project's contacts and its main contact. */
export function ContactsEditor({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const lang = useContentLanguage();
  const toast = useToast();
  const { data: people } = useSuspenseQuery(peopleQueries.list());
  const add = useMutation(contactMutations.add());
  const makePrimary = useMutation(contactMutations.makePrimary());
  const remove = useMutation(contactMutations.remove());
  const updateRole = useMutation(contactMutations.updateRole());
  /** Whose role is being edited (their person id), if anyone's. */
  const [editing, setEditing] = useState<string | null>(null);
  const form = useForm({
    initial: emptyForm,
    schema: contactFormSchema,
    fields: [
      'person_id',
      'role',
      'role_sv',
      'role_en',
      'new_name',
      'new_title',
      'new_organisation',
    ],
    base: null,
    save: async (values) => {
      const sortOrder = Math.max(0, ...project.contacts.map((c) => c.sort_order)) + 1;
      const personId = await add.mutateAsync({ projectId: project.id, values, sortOrder });
      return people.find((p) => p.id === personId)?.full_name ?? values.new_name.trim();
    },
    onSaved: (name) => {
      toast({ message: t('contacts.added', { name }), tone: 'success' });
      form.reset(emptyForm);
    },
    // A constraint names its field; anything else is said above the button.
    constraints: contactConstraints,
    limits: contactLimits,
  });
  const { id, values, set } = form;
  const contacts = sortContacts(project.contacts);
  const candidates = people.filter((p) => !contacts.some((c) => c.person.id === p.id));
  const busy = form.pending || makePrimary.isPending || remove.isPending;

  const fail = (error: unknown) =>
    toast({
      message:
        error instanceof ZeroRowsError
          ? t('edit.zeroRows')
          : t('edit.serverError', { message: errorMessage(error) }),
      tone: 'error',
    });

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
                {c.role && (
                  <>
                    {' – '}
                    <Translated value={localize(c, 'role', lang)} />
                  </>
                )}
                {c.is_primary && (
                  <span className="badge badge--neutral"> {t('project.mainContact')}</span>
                )}
              </span>
              <span className="button-row">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('roleForm.editLabel', { name: c.person.full_name })}
                  aria-expanded={editing === c.person.id}
                  disabled={busy}
                  onClick={() => setEditing(editing === c.person.id ? null : c.person.id)}
                >
                  {t('roleForm.edit')}
                </button>
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
              {editing === c.person.id && (
                <TranslatedRoleForm
                  row={c}
                  person={c.person.full_name}
                  label={t('contacts.role')}
                  required={false}
                  max={contactLimits.role}
                  constraints={contactRoleConstraints}
                  save={(input) => updateRole.mutateAsync(input)}
                  onSaved={() => {
                    toast({
                      message: t('roleForm.saved', { name: c.person.full_name }),
                      tone: 'success',
                    });
                    setEditing(null);
                  }}
                  onCancel={() => setEditing(null)}
                />
              )}
            </li>
          ))}
        </ul>
      )}

      <form {...form.formProps} aria-labelledby={`${id}-add-title`}>
        <h3 id={`${id}-add-title`}>{t('contacts.addTitle')}</h3>
        <div className="form-row">
          <Field form={form} name="person_id" label={t('contacts.person')}>
            {(control) => (
              <select
                {...control}
                value={values.person_id}
                onChange={(e) => set('person_id', e.target.value)}
              >
                <option value="">{t('contacts.choose')}</option>
                {candidates.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title ? `${p.full_name} (${p.title})` : p.full_name}
                  </option>
                ))}
                <option value={NEW_PERSON}>{t('contacts.newPerson')}</option>
              </select>
            )}
          </Field>
        </div>
        {/* The role in Finnish, Swedish and English side by side (#14). */}
        <TranslatedFields
          form={form}
          names={{ fi: 'role', sv: 'role_sv', en: 'role_en' }}
          label={t('contacts.role')}
          value={(f) => values[f]}
          onChange={(f, v) => set(f, v)}
          max={contactLimits.role}
        />
        {values.person_id === NEW_PERSON && (
          <fieldset className="form-row">
            <legend>{t('contacts.newPerson')}</legend>
            <Field form={form} name="new_name" label={t('contacts.name')}>
              {(control) => (
                <input
                  {...control}
                  value={values.new_name}
                  autoComplete="off"
                  onChange={(e) => set('new_name', e.target.value)}
                />
              )}
            </Field>
            <Field form={form} name="new_title" label={t('contacts.personTitle')}>
              {(control) => (
                <input
                  {...control}
                  value={values.new_title}
                  onChange={(e) => set('new_title', e.target.value)}
                />
              )}
            </Field>
            <Field form={form} name="new_organisation" label={t('contacts.organisation')}>
              {(control) => (
                <input
                  {...control}
                  value={values.new_organisation}
                  onChange={(e) => set('new_organisation', e.target.value)}
                />
              )}
            </Field>
          </fieldset>
        )}
        <FormMessages form={form} />
        <button type="submit" className="button" disabled={busy}>
          {t('contacts.add')}
        </button>
      </form>
    </section>
  );
}
