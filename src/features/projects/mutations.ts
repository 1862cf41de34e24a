import { mutationOptions } from '@tanstack/react-query';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { editableColumns, type EditableProject, type toPatch } from './schema';

export interface ProjectUpdate {
  id: string;
  /** The version the edit started from. */
  version: number;
  patch: ReturnType<typeof toPatch>;
}

export const projectMutations = {
  /**
   * PATCH … ?id=eq.X&version=eq.N. Zero rows back: re-read the row — a newer version is a
   * conflict (VersionConflictError with what is saved now); otherwise the write was refused.
   */
  update: () =>
    mutationOptions({
      mutationKey: ['projects', 'update'],
      meta: { invalidates: [['tasks']] },
      mutationFn: async ({ id, version, patch }: ProjectUpdate): Promise<EditableProject> => {
        const { data } = await supabase
          .from('projects')
          .update(patch)
          .eq('id', id)
          .eq('version', version)
          .select(editableColumns)
          .throwOnError();
        const saved = data?.[0];
        if (saved) return saved;
        const { data: current } = await supabase
          .from('projects')
          .select(editableColumns)
          .eq('id', id)
          .maybeSingle()
          .throwOnError();
        if (current && current.version !== version) {
          throw new VersionConflictError('projects', current);
        }
        throw new ZeroRowsError('projects');
      },
    }),
};
