import { z } from 'zod';
import { textLimits } from '@/lib/limits';

export const baselineLimits = textLimits.baselines;

export interface BaselineFormValues {
  name: string;
}

export const baselineFields = ['name'] as const;

export const baselineSchema = z.object({
  name: z
    .string()
    .transform((v) => v.trim())
    .refine((v) => v.length > 0, 'edit.required')
    .refine((v) => v.length <= baselineLimits.name, 'edit.tooLong'),
});

/** The database's refusals, beside the name field. */
export const baselineConstraints = {
  baselines_programme_name_key: { field: 'name', message: 'reports:baselines.nameTaken' },
  baselines_name_length: 'name',
} as const;
