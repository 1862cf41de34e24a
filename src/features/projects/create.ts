import { z } from 'zod';
import { slugPattern } from '@/lib/limits';
import { projectLimits } from './schema';

export const newProjectSchema = z.object({
  programme_id: z.string().min(1, 'edit.required'),
  growth_area_id: z.string(),
  name: z
    .string()
    .refine((v) => v.trim().length > 0, 'edit.required')
    .refine((v) => v.trim().length <= projectLimits.name, 'edit.tooLong'),
  slug: z
    .string()
    .min(1, 'edit.required')
    .max(projectLimits.slug, 'edit.tooLong')
    .regex(slugPattern, 'newProject.slugInvalid'),
  published: z.boolean(),
});

export type NewProjectValues = z.infer<typeof newProjectSchema>;

/** Which form field a violated database constraint belongs to, and what to say there. */
export const newProjectConstraints = {
  projects_slug_key: { field: 'slug', message: 'newProject.slugTaken' },
  projects_slug_format: { field: 'slug', message: 'newProject.slugInvalid' },
  projects_name_length: 'name',
} as const;
