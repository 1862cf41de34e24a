import { mutationOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database';
import { subjectColumn, type FollowSubject } from './queries';

type Client = SupabaseClient<Database>;

/**
 * Follows in the user's own name (the column defaults to auth.uid()). The database refuses a
 * project the user cannot read (a draft they cannot see): RLS answers 42501, which the button
 * words; an insert that returned no row is a ZeroRowsError, never silence.
 */
export async function follow(client: Client, subject: FollowSubject): Promise<{ id: string }> {
  const { data } = await client
    .from('follows')
    .insert(
      subject.kind === 'project' ? { project_id: subject.id } : { growth_area_id: subject.id },
    )
    .select('id')
    .throwOnError();
  const saved = data?.[0];
  if (!saved) throw new ZeroRowsError('follows');
  return saved;
}

/** Removes the user's own follow; zero rows removed (already gone, or refused) is an error. */
export async function unfollow(client: Client, subject: FollowSubject): Promise<void> {
  const { data } = await client
    .from('follows')
    .delete()
    .eq(subjectColumn(subject), subject.id)
    .select('id')
    .throwOnError();
  if (!data?.length) throw new ZeroRowsError('follows');
}

export const followMutations = {
  follow: () =>
    mutationOptions({
      mutationKey: ['follows', 'follow'],
      mutationFn: (subject: FollowSubject) => follow(supabase, subject),
    }),
  unfollow: () =>
    mutationOptions({
      mutationKey: ['follows', 'unfollow'],
      mutationFn: (subject: FollowSubject) => unfollow(supabase, subject),
    }),
};
