import { useState } from 'react';
import type { FieldDifference } from '@/components/conflict-message';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { useForm } from '@/components/form/use-form';
import type { Language } from '@/lib/language';
import type { GoalsBase } from './mutations';
import { goalField, goalsFormSchema, goalYears, type GoalsFormValues } from './schema';
import { useIndicatorT } from './texts';
import { formatNumber } from './wording';

const toValues = (base: GoalsBase, years: readonly number[], lang: Language, decimals: number) =>
  Object.fromEntries(
    years.map((year) => {
      const goal = base.goals.find((g) => g.year === year);
      return [
        goalField(year),
        goal ? formatNumber(goal.value, decimals, lang).replace(/\s/g, '') : '',
      ];
    }),
  ) as GoalsFormValues;

/**
 * Directors and admins set the goal of each year 2025–2029 (and any other year that has one).
 * Version-checked per goal: when someone saved first, the conflict table shows their goals and
 * the input stays.
 */
export function GoalsForm({
  base,
  decimals,
  save,
}: {
  base: GoalsBase;
  decimals: number;
  save: (input: {
    base: GoalsBase;
    goals: { year: number; value: number }[];
  }) => Promise<GoalsBase>;
}) {
  const { t, lang } = useIndicatorT();
  const [years] = useState(() => goalYears(base.goals));
  const [saved, setSaved] = useState(false);
  const fields = years.map(goalField);
  const form = useForm({
    initial: () => toValues(base, years, lang, decimals),
    schema: goalsFormSchema(years),
    fields,
    base,
    save: (goals, from) => save({ base: from, goals }),
    nextBase: (next: GoalsBase) => next,
    onSaved: () => setSaved(true),
  });
  const differences = (theirs: GoalsBase): FieldDifference[] => {
    const now = toValues(theirs, years, lang, decimals);
    return years
      .filter((y) => (now[goalField(y)] ?? '') !== (form.values[goalField(y)] ?? '').trim())
      .map((y) => ({
        field: goalField(y),
        label: t('goalsForm.goal', { year: y }),
        theirs: now[goalField(y)] ?? '',
        yours: form.values[goalField(y)] ?? '',
      }));
  };
  return (
    <section aria-labelledby="goals-form-heading" className="indicator-form">
      <h2 id="goals-form-heading">{t('goalsForm.heading')}</h2>
      <p className="muted">{t('goalsForm.intro')}</p>
      <form className="form" {...form.formProps}>
        <FormMessages
          form={form}
          differences={differences}
          conflictText={t('goalsForm.conflictText')}
        />
        <div className="goal-fields">
          {years.map((year) => (
            <Field
              key={year}
              form={form}
              name={goalField(year)}
              label={t('goalsForm.goal', { year })}
            >
              {(control) => (
                <input
                  {...control}
                  inputMode="decimal"
                  autoComplete="off"
                  value={form.values[goalField(year)] ?? ''}
                  onChange={(e) => {
                    setSaved(false);
                    form.set(goalField(year), e.target.value);
                  }}
                />
              )}
            </Field>
          ))}
        </div>
        <div className="button-row">
          <SubmitButton pending={form.pending}>{t('goalsForm.submit')}</SubmitButton>
        </div>
        <p role="status" className="form-status">
          {saved ? t('goalsForm.saved') : ''}
        </p>
      </form>
    </section>
  );
}
