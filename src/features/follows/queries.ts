import { queryOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database';

/** What is followed: a project or a growth area, by id. */
export type FollowSubject = { kind: 'project'; id: string } | { kind: 'growth-area'; id: string };

export const subjectColumn = (subject: FollowSubject) =>
  subject.kind === 'project' ? ('project_id' as const) : ('growth_area_id' as const);

/**
 * The signed-in user's follow of one project or growth area, or null. Row-level security shows
 * a user only their own follows, so the filter on the subject is enough.
 */
export async function readFollow(
  client: SupabaseClient<Database>,
  subject: FollowSubject,
): Promise<{ id: string } | null> {
  const { data } = await client
    .from('follows')
    .select('id')
    .eq(subjectColumn(subject), subject.id)
    .maybeSingle()
    .throwOnError();
  return data;
}

export const followQueries = {
  all: () => ['follows'] as const,
  /** Whether the signed-in user follows this project or growth area (signed-in users only). */
  of: ({ kind, id }: FollowSubject) =>
    queryOptions({
      queryKey: [...followQueries.all(), kind, id] as const,
      queryFn: () => readFollow(supabase, { kind, id } as FollowSubject),
    }),
};
