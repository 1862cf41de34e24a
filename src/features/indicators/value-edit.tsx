import { useEffect, useRef, useState } from 'react';
import type { FieldDifference } from '@/components/conflict-message';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import { formatDate } from '@/lib/dates';
import { errorMessage, VersionConflictError, ZeroRowsError } from '@/lib/errors';
import type { IndicatorPageData } from './model';
import type { SavedValue, ValueCorrection } from './mutations';
import {
  valueConstraints,
  valueFieldOrder,
  valueFormSchema,
  valueLimits,
  type ValueFormValues,
} from './schema';
import { useIndicatorT } from './texts';
import { formatNumber, formatQuantity } from './wording';

export type RecordedValue = IndicatorPageData['values'][number];

interface Unit {
  unit: string | null;
  decimals: number;
}

const toValues = (
  v: Pick<RecordedValue, 'measured_on' | 'value' | 'note'>,
  decimals: number,
  lang: 'fi' | 'sv' | 'en',
): ValueFormValues => ({
  measured_on: v.measured_on,
  value: formatNumber(v.value, decimals, lang).replace(/\s/g, ''),
  note: v.note ?? '',
});

/**
 * Corrects a recorded value: its date, number and note, from the version it was read at. When
 * someone changed it first the conflict table shows theirs and keeps the input; a refusal (the
 * user no longer feeds the indicator, or the value is gone) is said above the form.
 */
export function ValueCorrectionForm({
  value,
  unit,
  save,
  onDone,
}: {
  value: RecordedValue;
  unit: Unit;
  save: (input: ValueCorrection) => Promise<SavedValue>;
  onDone: (saved: SavedValue | null) => void;
}) {
  const { t, lang } = useIndicatorT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const form = useForm({
    initial: () => toValues(value, unit.decimals, lang),
    schema: valueFormSchema,
    fields: valueFieldOrder,
    base: {
      id: value.id,
      measured_on: value.measured_on,
      value: value.value,
      version: value.version,
    } as SavedValue,
    save: (patch, from) => save({ value: from, patch }),
    nextBase: (saved: SavedValue) => saved,
    onSaved: (saved: SavedValue) => onDone(saved),
    constraints: valueConstraints,
    limits: valueLimits,
  });
  const { values } = form;
  const differences = (theirs: SavedValue): FieldDifference[] => {
    const rows: FieldDifference[] = [];
    if (theirs.measured_on !== values.measured_on) {
      rows.push({
        field: 'measured_on',
        label: t('valueForm.measuredOn'),
        theirs: formatDate(theirs.measured_on, lang),
        yours: values.measured_on ? formatDate(values.measured_on, lang) : '',
      });
    }
    const now = formatNumber(Number(theirs.value), unit.decimals, lang).replace(/\s/g, '');
    if (now !== values.value.trim()) {
      rows.push({ field: 'value', label: t('valueForm.value'), theirs: now, yours: values.value });
    }
    return rows;
  };
  const date = formatDate(value.measured_on, lang);
  return (
    <section aria-labelledby="value-correct-heading" className="indicator-form">
      <h2 id="value-correct-heading" tabIndex={-1} ref={headingRef}>
        {t('valueEdit.heading', { date })}
      </h2>
      <form className="form" {...form.formProps}>
        <FormMessages
          form={form}
          differences={differences}
          conflictText={t('valueEdit.conflictText')}
        />
        <Field form={form} name="measured_on" label={t('valueForm.measuredOn')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.measured_on}
              onChange={(e) => form.set('measured_on', e.target.value)}
            />
          )}
        </Field>
        <Field
          form={form}
          name="value"
          label={t('valueForm.value')}
          hint={
            unit.unit
              ? t('valueForm.valueHint', { unit: unit.unit })
              : t('valueForm.valueHintPlain')
          }
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              autoComplete="off"
              value={values.value}
              onChange={(e) => form.set('value', e.target.value)}
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
          <SubmitButton pending={form.pending}>{t('valueEdit.submit')}</SubmitButton>
          <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
            {t('valueEdit.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

/**
 * Asks before a value is removed: a group that names the value, takes the focus on its
 * confirming button and gives it back on cancel. A refusal or a change made meanwhile is said
 * here, in words.
 */
export function ValueDeleteConfirm({
  value,
  unit,
  remove,
  onDone,
}: {
  value: RecordedValue;
  unit: Unit;
  remove: (value: Pick<SavedValue, 'id' | 'version'>) => Promise<void>;
  onDone: (removed: boolean) => void;
}) {
  const { t, lang } = useIndicatorT();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => confirmRef.current?.focus(), []);
  const what = t('valueEdit.what', {
    value: formatQuantity(value.value, unit.unit, unit.decimals, lang),
    date: formatDate(value.measured_on, lang),
  });
  const confirm = async () => {
    setPending(true);
    setError(null);
    try {
      await remove({ id: value.id, version: value.version });
      onDone(true);
    } catch (caught) {
      setPending(false);
      if (caught instanceof VersionConflictError) setError(t('valueEdit.deleteConflict'));
      else if (caught instanceof ZeroRowsError) setError(t('valueEdit.deleteRefused'));
      else setError(t('valueEdit.deleteFailed', { message: errorMessage(caught) }));
    }
  };
  return (
    <div
      role="group"
      aria-labelledby="value-delete-question"
      className="notice notice--warning value-delete"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onDone(false);
      }}
    >
      <p id="value-delete-question">{t('valueEdit.deleteQuestion', { what })}</p>
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          ref={confirmRef}
          type="button"
          className="button"
          disabled={pending}
          onClick={() => void confirm()}
        >
          {t('valueEdit.deleteConfirm')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(false)}>
          {t('valueEdit.cancel')}
        </button>
      </div>
    </div>
  );
}
