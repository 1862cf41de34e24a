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
