import { mutationOptions } from '@tanstack/react-query';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { RescheduleChange } from './model';

/**
 * Saves a drag or keyboard reschedule with the same version check as the forms: PATCH
 * ?id=eq.X&version=eq.N; zero rows back is a conflict (a newer version is saved) or a refusal.
 */
async function reschedule(change: RescheduleChange): Promise<void> {
  if (change.kind === 'project') {
    const { data } = await supabase
      .from('projects')
      .update({ starts_on: change.starts_on, ends_on: change.ends_on })
      .eq('id', change.id)
      .eq('version', change.version)
      .select('id, version, starts_on, ends_on')
      .throwOnError();
    if (data?.length) return;
    const { data: current } = await supabase
      .from('projects')
      .select('id, version, starts_on, ends_on')
      .eq('id', change.id)
      .maybeSingle()
      .throwOnError();
    if (current && current.version !== change.version) {
      throw new VersionConflictError('projects', current);
    }
    throw new ZeroRowsError('projects');
  }
  const { data } = await supabase
    .from('tasks')
    .update({ due_on: change.due_on })
    .eq('id', change.id)
    .eq('version', change.version)
    .select('id, version, due_on')
    .throwOnError();
  if (data?.length) return;
  const { data: current } = await supabase
    .from('tasks')
    .select('id, version, due_on')
    .eq('id', change.id)
    .maybeSingle()
    .throwOnError();
  if (current && current.version !== change.version) {
    throw new VersionConflictError('tasks', current);
  }
  throw new ZeroRowsError('tasks');
}

export const timelineMutations = {
  reschedule: () =>
    mutationOptions({
      mutationKey: ['projects', 'reschedule'],
      meta: { invalidates: [['tasks']] },
      mutationFn: reschedule,
    }),
};
