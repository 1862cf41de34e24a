import { z } from 'zod';
import { textLimits } from '@/lib/limits';

/** The database's limit on a value's note (indicator_values_note_length). */
export const valueLimits = textLimits.indicator_values;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** "12,5", "1 234.5", "-3": a number as people type it; null when it is not one. */
export function parseNumber(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/[\s\u00a0]/g, '')
    .replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export interface ValueFormValues {
  measured_on: string;
  value: string;
  note: string;
}

export type ValueField = keyof ValueFormValues;
export const valueFieldOrder: ValueField[] = ['measured_on', 'value', 'note'];

/** Messages are locale keys; the namespaced ones live in locales/indicators. */
export const valueFormSchema = z
  .object({
    measured_on: z
      .string()
      .refine((v) => v.trim() !== '', 'edit.required')
      .refine(
        (v) => v.trim() === '' || (isoDate.test(v) && !Number.isNaN(Date.parse(v))),
        'edit.invalidDate',
      ),
    value: z
      .string()
      .refine((v) => v.trim() !== '', 'edit.required')
      .refine(
        (v) => v.trim() === '' || parseNumber(v) !== null,
        'indicators:valueForm.numberInvalid',
      ),
    note: z.string().max(valueLimits.note, 'edit.tooLong'),
  })
  .transform((v) => ({
    measured_on: v.measured_on,
    value: parseNumber(v.value) ?? 0,
    note: v.note.trim() === '' ? null : v.note.trim(),
  }));

/** A refused value → the field it belongs to (unique 23505, check 23514). */
export const valueConstraints = {
  indicator_values_indicator_date_key: {
    field: 'measured_on',
    message: 'indicators:valueForm.duplicate',
  },
  indicator_values_note_length: { field: 'note', message: 'edit.tooLong' },
} as const satisfies Record<string, { field: ValueField; message: string }>;

/** The goals form: one text field per year, `goal_2025` … */
export type GoalsFormValues = Record<string, string>;
export const goalField = (year: number) => `goal_${year}`;

/** Blank leaves a goal as it is; anything else must be a number. */
export function goalsFormSchema(years: readonly number[]) {
  return z
    .record(z.string(), z.string())
    .superRefine((values, ctx) => {
      for (const year of years) {
        const text = values[goalField(year)] ?? '';
        if (text.trim() !== '' && parseNumber(text) === null) {
          ctx.addIssue({
            code: 'custom',
            path: [goalField(year)],
            message: 'indicators:goalsForm.numberInvalid',
          });
        }
      }
    })
    .transform((values) =>
      years.flatMap((year) => {
        const value = parseNumber(values[goalField(year)] ?? '');
        return value === null ? [] : [{ year, value }];
      }),
    );
}

/** The years the goals form offers: the programme's 2025–2029 and any year that has a goal. */
export function goalYears(goals: readonly { year: number }[]): number[] {
  const years = new Set([2025, 2026, 2027, 2028, 2029, ...goals.map((g) => g.year)]);
  return [...years].sort((a, b) => a - b);
}

/** The database's limits on an indicator's texts (indicators_*_length). */
export const indicatorLimits = textLimits.indicators;

/** The indicator form's values, as typed. `scope` is "programme:<id>", "area:<id>" or "project:<id>". */
export interface IndicatorFormValues {
  scope: string;
  name: string;
  name_sv: string;
  name_en: string;
  description: string;
  description_sv: string;
  description_en: string;
  unit: string;
  direction: string;
  decimals: string;
  cadence: string;
  source: string;
  tolerance_percent: string;
  baseline_value: string;
  baseline_on: string;
  published: boolean;
  sort_order: string;
}

export type IndicatorField = keyof IndicatorFormValues;
export const indicatorFieldOrder: IndicatorField[] = [
  'name',
  'name_sv',
  'name_en',
  'description',
  'description_sv',
  'description_en',
  'scope',
  'unit',
  'direction',
  'decimals',
  'cadence',
  'tolerance_percent',
  'baseline_value',
  'baseline_on',
  'source',
  'sort_order',
  'published',
];

const scopePattern = /^(programme|area|project):[0-9a-f-]{36}$/i;
const optional = (v: string) => (v.trim() === '' ? null : v.trim());
const wholeIn = (text: string, min: number, max: number) => {
  const n = parseNumber(text);
  return n !== null && Number.isInteger(n) && n >= min && n <= max;
};

/** Locale keys as messages; the transform gives the columns of public.indicators. */
export const indicatorFormSchema = z
  .object({
    scope: z.string().refine((v) => scopePattern.test(v), 'indicators:indicatorForm.scopeRequired'),
    name: z
      .string()
      .refine((v) => v.trim() !== '', 'edit.required')
      .refine((v) => v.trim().length <= indicatorLimits.name, 'edit.tooLong'),
    name_sv: z.string().refine((v) => v.trim().length <= indicatorLimits.name_sv, 'edit.tooLong'),
    name_en: z.string().refine((v) => v.trim().length <= indicatorLimits.name_en, 'edit.tooLong'),
    description: z.string().max(indicatorLimits.description, 'edit.tooLong'),
    description_sv: z.string().max(indicatorLimits.description_sv, 'edit.tooLong'),
    description_en: z.string().max(indicatorLimits.description_en, 'edit.tooLong'),
    unit: z.string().refine((v) => v.trim().length <= indicatorLimits.unit, 'edit.tooLong'),
    direction: z.enum(['more_is_better', 'less_is_better']),
    decimals: z
      .string()
      .refine((v) => wholeIn(v, 0, 6), 'indicators:indicatorForm.decimalsInvalid'),
    cadence: z.enum(['monthly', 'quarterly', 'yearly']),
    source: z.string().max(indicatorLimits.source, 'edit.tooLong'),
    tolerance_percent: z.string().refine((v) => {
      const n = parseNumber(v);
      return n !== null && n >= 0 && n <= 100;
    }, 'indicators:indicatorForm.toleranceInvalid'),
    baseline_value: z
      .string()
      .refine(
        (v) => v.trim() === '' || parseNumber(v) !== null,
        'indicators:valueForm.numberInvalid',
      ),
    baseline_on: z
      .string()
      .refine(
        (v) => v.trim() === '' || (isoDate.test(v) && !Number.isNaN(Date.parse(v))),
        'edit.invalidDate',
      ),
    published: z.boolean(),
    sort_order: z
      .string()
      .refine((v) => wholeIn(v, -100000, 100000), 'indicators:indicatorForm.sortInvalid'),
  })
  .superRefine((v, ctx) => {
    // both or neither (indicators_baseline_complete)
    if ((v.baseline_value.trim() === '') !== (v.baseline_on.trim() === '')) {
      ctx.addIssue({
        code: 'custom',
        path: [v.baseline_on.trim() === '' ? 'baseline_on' : 'baseline_value'],
        message: 'indicators:indicatorForm.baselineIncomplete',
      });
    }
  })
  .transform((v) => {
    const [kind, id = null] = v.scope.split(':');
    return {
      programme_id: kind === 'programme' ? id : null,
      growth_area_id: kind === 'area' ? id : null,
      project_id: kind === 'project' ? id : null,
      name: v.name.trim(),
      name_sv: optional(v.name_sv),
      name_en: optional(v.name_en),
      description: optional(v.description),
      description_sv: optional(v.description_sv),
      description_en: optional(v.description_en),
      unit: optional(v.unit),
      direction: v.direction,
      decimals: parseNumber(v.decimals) ?? 0,
      source: optional(v.source),
      cadence: v.cadence,
      published: v.published,
      tolerance_percent: parseNumber(v.tolerance_percent) ?? 5,
      baseline_value: parseNumber(v.baseline_value),
      baseline_on: optional(v.baseline_on),
      sort_order: parseNumber(v.sort_order) ?? 0,
    };
  });

/** A refused indicator → the field it belongs to (checks 23514). */
export const indicatorConstraints = {
  indicators_name_length: 'name',
  indicators_name_sv_length: 'name_sv',
  indicators_name_en_length: 'name_en',
  indicators_description_length: 'description',
  indicators_description_sv_length: 'description_sv',
  indicators_description_en_length: 'description_en',
  indicators_unit_length: 'unit',
  indicators_source_length: 'source',
  indicators_decimals_range: {
    field: 'decimals',
    message: 'indicators:indicatorForm.decimalsInvalid',
  },
  indicators_tolerance_range: {
    field: 'tolerance_percent',
    message: 'indicators:indicatorForm.toleranceInvalid',
  },
  indicators_one_scope: { field: 'scope', message: 'indicators:indicatorForm.scopeRequired' },
  indicators_baseline_complete: {
    field: 'baseline_on',
    message: 'indicators:indicatorForm.baselineIncomplete',
  },
} as const satisfies Record<string, IndicatorField | { field: IndicatorField; message: string }>;
