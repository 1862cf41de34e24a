import { queryOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '@/types/database';
import { supabase, type Tables } from './supabase';

/**
 * The people directory, read once for every page that names or picks people (task assignees,
 * project contacts and members, growth-area leads and staff, the admin's list). Signed-in users
 * read every column (RLS and column grants); anonymous visitors never load the directory.
 */
export const personColumns = 'id, version, full_name, title, organisation, email, user_id';

export type Person = Pick<
  Tables<'people'>,
  'id' | 'version' | 'full_name' | 'title' | 'organisation' | 'email' | 'user_id'
>;

/** Works on any supabase-js client: the app's own, or a test's signed in to the local stack. */
export async function listPeople(client: SupabaseClient<Database>): Promise<Person[]> {
  const { data } = await client
    .from('people')
    .select(personColumns)
    .order('full_name')
    .throwOnError();
  return data ?? [];
}

export async function getPerson(
  client: SupabaseClient<Database>,
  id: string,
): Promise<Person | null> {
  const { data } = await client
    .from('people')
    .select(personColumns)
    .eq('id', id)
    .maybeSingle()
    .throwOnError();
  return data;
}

export const peopleQueries = {
  all: () => ['people'] as const,
  /** Everyone, by name. */
  list: () =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'list'] as const,
      queryFn: () => listPeople(supabase),
    }),
  /** The person as saved now: an edit starts from it, never from a cached copy. */
  detail: (id: string) =>
    queryOptions({
      queryKey: [...peopleQueries.all(), 'detail', id] as const,
      queryFn: () => getPerson(supabase, id),
      staleTime: 0,
    }),
};
