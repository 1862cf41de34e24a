import { useTranslation } from '@/lib/use-translation';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { scheduleStatuses, type ScheduleStatus } from '@/lib/domain';
import { updatesNamespace } from '@/lib/updates-texts';
import {
  emptyStatusUpdate,
  statusUpdateConstraints,
  statusUpdateFields,
  statusUpdateLimits,
  statusUpdateSchema,
  type StatusUpdateValues,
} from './schema';

interface Props {
  /** The write (the status-update mutation in the app, a stand-in in component tests). */
  save: (values: StatusUpdateValues) => Promise<unknown>;
  onSaved: () => void;
  onCancel: () => void;
}

/** "Uusi tilannekatsaus": what happened, what comes next, risks or help needed, a proposal. */
export function StatusUpdateForm({ save, onSaved, onCancel }: Props) {
  const { t } = useTranslation(updatesNamespace);
  const { t: tMain } = useTranslation();
  const form = useForm({
    initial: emptyStatusUpdate,
    schema: statusUpdateSchema,
    fields: statusUpdateFields,
    base: null,
    save: (values: StatusUpdateValues) => save(values),
    onSaved: () => {
      form.reset(emptyStatusUpdate);
      onSaved();
    },
    constraints: statusUpdateConstraints,
    limits: statusUpdateLimits,
  });
  const { id, values, set } = form;
  const text = (field: 'happened' | 'next_steps' | 'risks', label: string, required = false) => (
    <Field form={form} name={field} label={required ? `${label} *` : label}>
      {(control) => (
        <textarea
          {...control}
          rows={required ? 5 : 3}
          required={required}
          aria-required={required || undefined}
          maxLength={statusUpdateLimits[field] + 1}
          value={values[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <form {...form.formProps} className="status-update-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('formTitle')}</h3>
      <p className="muted">{t('visibility')}</p>
      <FormMessages form={form} />
      {text('happened', t('happened'), true)}
      {text('next_steps', t('nextSteps'))}
      {text('risks', t('risks'))}
      <Field
        form={form}
        name="proposed_schedule_status"
        label={t('proposedStatus')}
        hint={t('proposedHint')}
      >
        {(control) => (
          <select
            {...control}
            value={values.proposed_schedule_status}
            onChange={(e) => set('proposed_schedule_status', e.target.value as ScheduleStatus | '')}
          >
            <option value="">{t('proposedNone')}</option>
            {scheduleStatuses.map((s) => (
              <option key={s} value={s}>
                {tMain(`schedule.${s}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="button-row">
        <SubmitButton pending={form.pending}>{t('save')}</SubmitButton>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
