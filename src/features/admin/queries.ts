import { queryOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { AppRole } from '@/lib/domain';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database';

/*
 * The administrator's reads (the people directory itself is lib/people's peopleQueries).
 * Functions take any supabase-js client: the app's own, or a test's signed in to the local stack.
 */

export interface Account {
  user_id: string;
  email: string;
  last_sign_in_at: string | null;
  person_id: string | null;
  full_name: string | null;
  roles: AppRole[];
}

/** Every account with its roles (public.list_accounts(): admins only, others get none). */
export async function listAccounts(client: SupabaseClient<Database>): Promise<Account[]> {
  const { data } = await client.rpc('list_accounts').throwOnError();
  return (data ?? []).map((a) => ({
    user_id: a.user_id,
    email: a.email,
    last_sign_in_at: (a.last_sign_in_at as string | null) ?? null,
    person_id: (a.person_id as string | null) ?? null,
    full_name: (a.full_name as string | null) ?? null,
    roles: a.roles,
  }));
}

export const adminQueries = {
  all: () => ['admin'] as const,
  accounts: () =>
    queryOptions({
      queryKey: [...adminQueries.all(), 'accounts'] as const,
      queryFn: () => listAccounts(supabase),
    }),
};
