import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError, fieldErrorProps } from '@/components/field-error';
import { useToast } from '@/components/toast';
import { ZeroRowsError, errorMessage, isPostgrestError } from '@/lib/errors';

// The database's limit (growth_area_people_role_length).
export const roleMax = 200;

export interface StaffMember {
  role: string;
  sort_order: number;
  person: { id: string; full_name: string; title: string | null };
}

type Field = 'person_id' | 'role';
type ErrorKey = 'edit.required' | 'edit.tooLong' | 'areaForm.staffAlready';

/** Field errors of the add-staff form, as locale keys; empty when it may be sent. */
export function validateStaff(values: {
  person_id: string;
  role: string;
}): Partial<Record<Field, ErrorKey>> {
  const errors: Partial<Record<Field, ErrorKey>> = {};
  if (!values.person_id) errors.person_id = 'edit.required';
  const role = values.role.trim();
  if (!role) errors.role = 'edit.required';
  else if (role.length > roleMax) errors.role = 'edit.tooLong';
  return errors;
}

interface Props {
  staff: StaffMember[];
  people: { id: string; full_name: string; title: string | null }[];
  add: (input: { person_id: string; role: string; sort_order: number }) => Promise<unknown>;
  remove: (personId: string) => Promise<unknown>;
}

/** Directors and admins name a growth area's supporting staff, each with a role, and remove them. */
export function StaffEditor({ staff, people, add, remove }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const toast = useToast();
  const [values, setValues] = useState({ person_id: '', role: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, ErrorKey>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const candidates = people.filter((p) => !staff.some((s) => s.person.id === p.id));

  const set = (field: Field, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => ({ ...e, [field]: undefined }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    const found = validateStaff(values);
    setErrors(found);
    const first = (['person_id', 'role'] as const).find((f) => found[f]);
    if (first) {
      document.getElementById(`${id}-${first}`)?.focus();
      return;
    }
    const name = people.find((p) => p.id === values.person_id)?.full_name ?? '';
    setBusy(true);
    try {
      await add({
        person_id: values.person_id,
        role: values.role.trim(),
        sort_order: Math.max(0, ...staff.map((s) => s.sort_order)) + 1,
      });
      toast({ message: t('areaForm.staffAdded', { name }), tone: 'success' });
      setValues({ person_id: '', role: '' });
    } catch (error) {
      // A constraint names its field; anything else is said above the button.
      const text = isPostgrestError(error) ? error.message : errorMessage(error);
      if (isPostgrestError(error) && error.code === '23505') {
        setErrors({ person_id: 'areaForm.staffAlready' });
      } else if (/growth_area_people_role_length/.test(text)) {
        setErrors({ role: 'edit.required' });
      } else if (error instanceof ZeroRowsError) {
        setFormError(t('edit.zeroRows'));
      } else {
        setFormError(t('edit.serverError', { message: text }));
      }
    } finally {
      setBusy(false);
    }
  };

  const onRemove = async (member: StaffMember) => {
    setBusy(true);
    try {
      await remove(member.person.id);
      toast({ message: t('areaForm.staffRemoved', { name: member.person.full_name }) });
    } catch (error) {
      toast({
        message:
          error instanceof ZeroRowsError
            ? t('edit.zeroRows')
            : t('edit.serverError', { message: errorMessage(error) }),
        tone: 'error',
      });
    } finally {
      setBusy(false);
    }
  };

  const message = (field: Field) => {
    const key = errors[field];
    return (
      <FieldError formId={id} field={field}>
        {key && t(key, { max: roleMax })}
      </FieldError>
    );
  };
  const invalid = (field: Field) => fieldErrorProps(id, field, !!errors[field]);

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
                <strong>{s.person.full_name}</strong> – {s.role}
              </span>
              <button
                type="button"
                className="button button--small button--secondary"
                aria-label={t('areaForm.staffRemoveLabel', { name: s.person.full_name })}
                disabled={busy}
                onClick={() => void onRemove(s)}
              >
                {t('areaForm.staffRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}

      <form noValidate onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-add-title`}>
        <h3 id={`${id}-add-title`}>{t('areaForm.staffAddTitle')}</h3>
        <div className="form-row member-add">
          <div className="field">
            <label htmlFor={`${id}-person_id`}>{t('areaForm.staffPerson')}</label>
            <select
              id={`${id}-person_id`}
              value={values.person_id}
              onChange={(e) => set('person_id', e.target.value)}
              {...invalid('person_id')}
            >
              <option value="">{t('areaForm.staffChoose')}</option>
              {candidates.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title ? `${p.full_name} (${p.title})` : p.full_name}
                </option>
              ))}
            </select>
            {message('person_id')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('areaForm.staffRole')}</label>
            <input
              id={`${id}-role`}
              value={values.role}
              maxLength={roleMax + 1}
              onChange={(e) => set('role', e.target.value)}
              {...invalid('role')}
            />
            {message('role')}
          </div>
        </div>
        {formError && (
          <p className="notice notice--error" role="alert">
            {formError}
          </p>
        )}
        <button type="submit" className="button" disabled={busy}>
          {t('areaForm.staffAdd')}
        </button>
      </form>
    </section>
  );
}
