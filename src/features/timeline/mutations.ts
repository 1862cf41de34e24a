import { mutationOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import type { RescheduleChange } from './model';

/**
 * Saves a drag or keyboard reschedule with the same version check as the forms: PATCH
 * ?id=eq.X&version=eq.N; zero rows back is a conflict (a newer version is saved) or a refusal.
 * The version-checked write (and its errors) loads with the first save: the timeline's visitors
 * mostly read, so it is not part of the page's first download.
 */
async function reschedule(change: RescheduleChange): Promise<void> {
  const { updateVersioned } = await import('@/lib/versioned-update');
  const { id, version } = change;
  if (change.kind === 'project') {
    const patch = { starts_on: change.starts_on, ends_on: change.ends_on };
    const columns = 'id, version, starts_on, ends_on';
    await updateVersioned(supabase, { table: 'projects', id, version, patch, columns });
  } else {
    const patch = { due_on: change.due_on };
    await updateVersioned(supabase, {
      table: 'tasks',
      id,
      version,
      patch,
      columns: 'id, version, due_on',
    });
  }
}

export const timelineMutations = {
  reschedule: () =>
    mutationOptions({
      mutationKey: ['projects', 'reschedule'],
      mutationFn: reschedule,
    }),
};
