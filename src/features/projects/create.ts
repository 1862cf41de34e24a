import { z } from 'zod';
import { projectLimits } from './schema';

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** "Rakentamisen kiertotalous" → "rakentamisen-kiertotalous" (ä → a, ö → o, å → a). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

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
    .max(100, 'edit.tooLong')
    .regex(slugPattern, 'newProject.slugInvalid'),
  published: z.boolean(),
});

export type NewProjectValues = z.infer<typeof newProjectSchema>;
