import { mutationOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { updateVersioned } from '@/lib/versioned-update';
import type { NewProjectValues } from './create';
import { editableColumns, type EditableProject, type toPatch } from './schema';

export interface ProjectUpdate {
  id: string;
  /** The version the edit started from. */
  version: number;
  patch: ReturnType<typeof toPatch>;
}

export const projectMutations = {
  /** Version-checked: a newer saved version is a VersionConflictError, a refusal ZeroRowsError. */
  update: () =>
    mutationOptions({
      mutationKey: ['projects', 'update'],
      mutationFn: ({ id, version, patch }: ProjectUpdate) =>
        updateVersioned<EditableProject, 'projects'>(supabase, {
          table: 'projects',
          id,
          version,
          patch,
          columns: editableColumns,
        }),
    }),
  create: () =>
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
    }),
};
