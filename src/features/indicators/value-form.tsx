import { useState } from 'react';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { formatDate } from '@/lib/dates';
import type { NewValue, SavedValue } from './mutations';
import {
  valueConstraints,
  valueFieldOrder,
  valueFormSchema,
  valueLimits,
  type ValueFormValues,
} from './schema';
import { useIndicatorT } from './texts';
import { formatQuantity } from './wording';

const empty = (today: string): ValueFormValues => ({ measured_on: today, value: '', note: '' });

/**
 * Leads of the owning or a contributing project (and directors) enter a value: the date it
 * describes, the number, a note. One value per date (the database's unique key says so beside
 * the date); the form empties after a save and says what was saved.
 */
export function ValueForm({
  indicatorId,
  unit,
  decimals,
  today,
  save,
}: {
  indicatorId: string;
  unit: string | null;
  decimals: number;
  today: string;
  save: (value: NewValue) => Promise<SavedValue>;
}) {
  const { t, lang } = useIndicatorT();
  const [saved, setSaved] = useState<string | null>(null);
  const form = useForm({
    initial: () => empty(today),
    schema: valueFormSchema,
    fields: valueFieldOrder,
    base: null,
    save: (parsed) => save({ indicator_id: indicatorId, ...parsed }),
    onSaved: (value: SavedValue) => {
      setSaved(
        t('valueForm.saved', {
          value: formatQuantity(Number(value.value), unit, decimals, lang),
          date: formatDate(value.measured_on, lang),
        }),
      );
      form.reset(empty(today));
    },
    constraints: valueConstraints,
    limits: valueLimits,
  });
  const { values } = form;
  return (
    <section aria-labelledby="value-form-heading" className="indicator-form">
      <h2 id="value-form-heading">{t('valueForm.heading')}</h2>
      <form className="form" {...form.formProps}>
        <FormMessages form={form} />
        <Field form={form} name="measured_on" label={t('valueForm.measuredOn')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.measured_on}
              onChange={(e) => {
                setSaved(null);
                form.set('measured_on', e.target.value);
              }}
            />
          )}
        </Field>
        <Field
          form={form}
          name="value"
          label={t('valueForm.value')}
          hint={unit ? t('valueForm.valueHint', { unit }) : t('valueForm.valueHintPlain')}
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              autoComplete="off"
              value={values.value}
              onChange={(e) => {
                setSaved(null);
                form.set('value', e.target.value);
              }}
            />
          )}
        </Field>
        <Field form={form} name="note" label={t('valueForm.note')}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={values.note}
              onChange={(e) => form.set('note', e.target.value)}
            />
          )}
        </Field>
        <div className="button-row">
          <SubmitButton pending={form.pending}>{t('valueForm.submit')}</SubmitButton>
        </div>
        <p role="status" className="form-status">
          {saved}
        </p>
      </form>
    </section>
  );
}
