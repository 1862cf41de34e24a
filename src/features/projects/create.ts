import { mutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { slugPattern } from '@/lib/slug';
import { supabase } from '@/lib/supabase';
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
    .max(100, 'edit.tooLong')
    .regex(slugPattern, 'newProject.slugInvalid'),
  published: z.boolean(),
});

export type NewProjectValues = z.infer<typeof newProjectSchema>;

export const createProjectMutation = () =>
  mutationOptions({
    mutationKey: ['projects', 'create'],
    mutationFn: async (v: NewProjectValues) => {
      const { data } = await supabase
        .from('projects')
        .insert({
          programme_id: v.programme_id,
          growth_area_id: v.growth_area_id || null,
          name: v.name.trim(),
          slug: v.slug,
          published: v.published,
        })
        .select('id, slug, name')
        .single()
        .throwOnError();
      return data;
    },
  });
