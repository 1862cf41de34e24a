import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Field, FormMessages } from '@/components/form/field';
import { schemaErrors } from '@/components/form/schema-errors';
import {
  TranslatedFields,
  TranslatedRoleForm,
  type RolePatch,
  type RoleRow,
} from '@/components/form/translated-fields';
import { useForm } from '@/components/form/use-form';
import { Translated } from '@/components/translated';
import { useToast } from '@/components/toast';
import { ZeroRowsError, errorMessage } from '@/lib/errors';
import { localize, useContentLanguage } from '@/lib/translated';
import { staffConstraints, staffLimits, staffRoleConstraints, staffSchema } from './schema';

export interface StaffMember {
  /** Addresses the row for a version-checked role edit. */
  id: string;
  version: number;
  role: string;
  role_sv?: string | null;
  role_en?: string | null;
  sort_order: number;
  person: { id: string; full_name: string; title: string | null };
}

type StaffValues = { person_id: string; role: string; role_sv: string; role_en: string };
const empty: StaffValues = { person_id: '', role: '', role_sv: '', role_en: '' };

/** Field errors of the add-staff form, as locale keys; empty when it may be sent. */
export function validateStaff(values: StaffValues) {
  return schemaErrors<keyof StaffValues>(staffSchema, values);
}

interface Props {
  staff: StaffMember[];
  people: { id: string; full_name: string; title: string | null }[];
  add: (input: {
    person_id: string;
    role: string;
    role_sv: string | null;
    role_en: string | null;
    sort_order: number;
  }) => Promise<unknown>;
  remove: (personId: string) => Promise<unknown>;
  /** Saves a role in three languages from the version the edit started at. */
  updateRole: (input: { id: string; version: number; patch: RolePatch }) => Promise<RoleRow>;
}

/** Directors and admins name a growth area's supporting staff, each with a role, and remove them. */
export function StaffEditor({ staff, people, add, remove, updateRole }: Props) {
  const { t } = useTranslation();
  /** Whose role is being edited (their person id), if anyone's. */
  const [editing, setEditing] = useState<string | null>(null);
  const lang = useContentLanguage();
  const toast = useToast();
  const nameOf = (personId: string) => people.find((p) => p.id === personId)?.full_name ?? '';
  const form = useForm({
    initial: empty,
    schema: staffSchema,
    fields: ['person_id', 'role', 'role_sv', 'role_en'],
    base: null,
    save: async (values) => {
      await add({
        person_id: values.person_id,
        role: values.role.trim(),
        role_sv: values.role_sv.trim() || null,
        role_en: values.role_en.trim() || null,
        sort_order: Math.max(0, ...staff.map((s) => s.sort_order)) + 1,
      });
      return values.person_id;
    },
    onSaved: (personId) => {
      toast({ message: t('areaForm.staffAdded', { name: nameOf(personId) }), tone: 'success' });
      form.reset(empty);
    },
    constraints: staffConstraints,
    limits: staffLimits,
  });
  const removal = useMutation({
    mutationFn: (member: StaffMember) => remove(member.person.id),
    onSuccess: (_, member) =>
      toast({ message: t('areaForm.staffRemoved', { name: member.person.full_name }) }),
    onError: (error) =>
      toast({
        message:
          error instanceof ZeroRowsError
            ? t('edit.zeroRows')
            : t('edit.serverError', { message: errorMessage(error) }),
        tone: 'error',
      }),
  });
  const busy = form.pending || removal.isPending;
  const candidates = people.filter((p) => !staff.some((s) => s.person.id === p.id));
  const { id, values, set } = form;

  return (
    <section className="form-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('growthArea.staff')}</h2>
      {staff.length === 0 ? (
        <p className="empty">{t('growthArea.noStaff')}</p>
      ) : (
        <ul className="plain-list">
          {staff.map((s) => (
            <li key={s.person.id} className="member">
              <span>
                <strong>{s.person.full_name}</strong> –{' '}
                <Translated value={localize(s, 'role', lang)} />
              </span>
              <span className="button-row">
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('roleForm.editLabel', { name: s.person.full_name })}
                  aria-expanded={editing === s.person.id}
                  disabled={busy}
                  onClick={() => setEditing(editing === s.person.id ? null : s.person.id)}
                >
                  {t('roleForm.edit')}
                </button>
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('areaForm.staffRemoveLabel', { name: s.person.full_name })}
                  disabled={busy}
                  onClick={() => removal.mutate(s)}
                >
                  {t('areaForm.staffRemove')}
                </button>
              </span>
              {editing === s.person.id && (
                <TranslatedRoleForm
                  row={s}
                  person={s.person.full_name}
                  label={t('areaForm.staffRole')}
                  required
                  max={staffLimits.role}
                  constraints={staffRoleConstraints}
                  save={updateRole}
                  onSaved={() => {
                    toast({
                      message: t('roleForm.saved', { name: s.person.full_name }),
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
        <h3 id={`${id}-add-title`}>{t('areaForm.staffAddTitle')}</h3>
        <div className="form-row member-add">
          <Field form={form} name="person_id" label={t('areaForm.staffPerson')}>
            {(control) => (
              <select
                {...control}
                value={values.person_id}
                onChange={(e) => set('person_id', e.target.value)}
              >
                <option value="">{t('areaForm.staffChoose')}</option>
                {candidates.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title ? `${p.full_name} (${p.title})` : p.full_name}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        {/* The role in Finnish (required), Swedish and English side by side (#14). */}
        <TranslatedFields
          form={form}
          names={{ fi: 'role', sv: 'role_sv', en: 'role_en' }}
          label={t('areaForm.staffRole')}
          value={(f) => values[f]}
          onChange={(f, v) => set(f, v)}
          max={staffLimits.role}
        />
        <FormMessages form={form} />
        <button type="submit" className="button" disabled={busy}>
          {t('areaForm.staffAdd')}
        </button>
      </form>
    </section>
  );
}
