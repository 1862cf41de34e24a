import { Link } from 'react-router';
import type { FieldDifference } from '@/components/conflict-message';
import { Field, FormMessages, SubmitButton } from '@/components/form/field';
import { TranslatedFields } from '@/components/form/translated-fields';
import { useForm } from '@/components/form/use-form';
import type { EditableIndicator, IndicatorInput } from './mutations';
import type { ScopeOptions } from './queries';
import {
  indicatorConstraints,
  indicatorFieldOrder,
  indicatorFormSchema,
  indicatorLimits,
  type IndicatorField,
  type IndicatorFormValues,
} from './schema';
import { useIndicatorT } from './texts';
import './indicators.css';

const text = (v: string | number | null | undefined) =>
  v === null || v === undefined ? '' : String(v);

export function scopeOf(i: Pick<IndicatorInput, 'programme_id' | 'growth_area_id' | 'project_id'>) {
  if (i.project_id) return `project:${i.project_id}`;
  if (i.growth_area_id) return `area:${i.growth_area_id}`;
  if (i.programme_id) return `programme:${i.programme_id}`;
  return '';
}

export const toFormValues = (i: EditableIndicator | null, scope = ''): IndicatorFormValues => ({
  scope: i ? scopeOf(i) : scope,
  name: text(i?.name),
  name_sv: text(i?.name_sv),
  name_en: text(i?.name_en),
  description: text(i?.description),
  description_sv: text(i?.description_sv),
  description_en: text(i?.description_en),
  unit: text(i?.unit),
  direction: i?.direction ?? 'more_is_better',
  decimals: text(i?.decimals ?? 0),
  cadence: i?.cadence ?? 'yearly',
  source: text(i?.source),
  tolerance_percent: text(i?.tolerance_percent ?? 5),
  baseline_value: text(i?.baseline_value),
  baseline_on: text(i?.baseline_on),
  published: i?.published ?? false,
  sort_order: text(i?.sort_order ?? 0),
});

interface Props {
  /** The indicator as read (its version goes with the save); null creates a new one. */
  indicator: EditableIndicator | null;
  /** Creating: the scope chosen beforehand ("area:<id>", …). */
  initialScope?: string;
  scopes: ScopeOptions;
  save: (input: IndicatorInput, base: EditableIndicator | null) => Promise<EditableIndicator>;
  onSaved: (saved: EditableIndicator) => void;
  cancelTo: string;
}

/**
 * Directors and admins create an indicator or edit one: its name and description in Finnish,
 * Swedish and English side by side, what it belongs to, unit, direction, decimals, cadence,
 * tolerance, baseline, source, order and whether it is published. Editing is version-checked (a
 * lost race shows what changed and keeps the input); a database check refused goes beside its
 * field; a write that changed nothing says so.
 */
export function IndicatorForm({ indicator, initialScope, scopes, save, onSaved, cancelTo }: Props) {
  const { t } = useIndicatorT();
  const form = useForm({
    initial: () => toFormValues(indicator, initialScope),
    schema: indicatorFormSchema,
    fields: indicatorFieldOrder,
    base: indicator,
    save: (input, from) => save(input, from),
    nextBase: (saved: EditableIndicator) => saved,
    onSaved,
    constraints: indicatorConstraints,
    limits: indicatorLimits,
  });
  const { values } = form;
  const set = (field: IndicatorField, value: string) =>
    form.set(field, value as IndicatorFormValues[typeof field]);

  const differences = (theirs: EditableIndicator | null): FieldDifference[] => {
    if (!theirs) return [];
    const saved = toFormValues(theirs);
    return indicatorFieldOrder.flatMap((field) => {
      const a = String(saved[field]).trim();
      const b = String(values[field]).trim();
      return a === b
        ? []
        : [{ field, label: t(`indicatorForm.fields.${field}`), theirs: a, yours: b }];
    });
  };

  return (
    <form className="form indicator-form" {...form.formProps}>
      <FormMessages
        form={form}
        differences={differences}
        conflictText={t('indicatorForm.conflictText')}
      />
      <TranslatedFields
        form={form}
        names={{ fi: 'name', sv: 'name_sv', en: 'name_en' }}
        label={t('indicatorForm.fields.name')}
        value={(f) => values[f]}
        onChange={set}
        max={indicatorLimits.name}
      />
      <TranslatedFields
        form={form}
        names={{ fi: 'description', sv: 'description_sv', en: 'description_en' }}
        label={t('indicatorForm.fields.description')}
        value={(f) => values[f]}
        onChange={set}
        max={indicatorLimits.description}
        rows={3}
      />
      <Field
        form={form}
        name="scope"
        label={t('indicatorForm.fields.scope')}
        hint={t('indicatorForm.scopeHint')}
      >
        {(control) => (
          <select {...control} value={values.scope} onChange={(e) => set('scope', e.target.value)}>
            <option value="">{t('indicatorForm.scopeChoose')}</option>
            <optgroup label={t('indicatorForm.scopeProgramme')}>
              {scopes.programmes.map((s) => (
                <option key={s.id} value={`programme:${s.id}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('indicatorForm.scopeArea')}>
              {scopes.growthAreas.map((s) => (
                <option key={s.id} value={`area:${s.id}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('indicatorForm.scopeProject')}>
              {scopes.projects.map((s) => (
                <option key={s.id} value={`project:${s.id}`}>
                  {s.name}
                </option>
              ))}
            </optgroup>
          </select>
        )}
      </Field>
      <div className="form-row">
        <Field
          form={form}
          name="unit"
          label={t('indicatorForm.fields.unit')}
          hint={t('indicatorForm.unitHint')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={values.unit}
              onChange={(e) => set('unit', e.target.value)}
            />
          )}
        </Field>
        <Field form={form} name="decimals" label={t('indicatorForm.fields.decimals')}>
          {(control) => (
            <input
              {...control}
              inputMode="numeric"
              autoComplete="off"
              value={values.decimals}
              onChange={(e) => set('decimals', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-row">
        <Field form={form} name="direction" label={t('indicatorForm.fields.direction')}>
          {(control) => (
            <select
              {...control}
              value={values.direction}
              onChange={(e) => set('direction', e.target.value)}
            >
              <option value="more_is_better">{t('direction.more_is_better')}</option>
              <option value="less_is_better">{t('direction.less_is_better')}</option>
            </select>
          )}
        </Field>
        <Field form={form} name="cadence" label={t('indicatorForm.fields.cadence')}>
          {(control) => (
            <select
              {...control}
              value={values.cadence}
              onChange={(e) => set('cadence', e.target.value)}
            >
              <option value="monthly">{t('cadence.monthly')}</option>
              <option value="quarterly">{t('cadence.quarterly')}</option>
              <option value="yearly">{t('cadence.yearly')}</option>
            </select>
          )}
        </Field>
        <Field
          form={form}
          name="tolerance_percent"
          label={t('indicatorForm.fields.tolerance_percent')}
          hint={t('indicatorForm.toleranceHint')}
        >
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              autoComplete="off"
              value={values.tolerance_percent}
              onChange={(e) => set('tolerance_percent', e.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset className="form-fieldset">
        <legend>{t('indicatorForm.baselineLegend')}</legend>
        <p className="field__hint">{t('indicatorForm.baselineHint')}</p>
        <div className="form-row">
          <Field form={form} name="baseline_value" label={t('indicatorForm.fields.baseline_value')}>
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                autoComplete="off"
                value={values.baseline_value}
                onChange={(e) => set('baseline_value', e.target.value)}
              />
            )}
          </Field>
          <Field form={form} name="baseline_on" label={t('indicatorForm.fields.baseline_on')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={values.baseline_on}
                onChange={(e) => set('baseline_on', e.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <Field form={form} name="source" label={t('indicatorForm.fields.source')}>
        {(control) => (
          <input
            {...control}
            type="text"
            value={values.source}
            onChange={(e) => set('source', e.target.value)}
          />
        )}
      </Field>
      <Field
        form={form}
        name="sort_order"
        label={t('indicatorForm.fields.sort_order')}
        hint={t('indicatorForm.sortHint')}
      >
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            autoComplete="off"
            value={values.sort_order}
            onChange={(e) => set('sort_order', e.target.value)}
          />
        )}
      </Field>
      <Field form={form} name="published" label={t('indicatorForm.fields.published')} inline>
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={values.published}
            onChange={(e) => form.set('published', e.target.checked)}
          />
        )}
      </Field>
      <div className="button-row">
        <SubmitButton pending={form.pending}>
          {indicator ? t('indicatorForm.save') : t('indicatorForm.create')}
        </SubmitButton>
        <Link to={cancelTo}>{t('indicatorForm.cancel')}</Link>
      </div>
    </form>
  );
}
