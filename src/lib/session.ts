import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { Session } from '@supabase/supabase-js';
import { parseAccess, type Access } from './access';
import { supabase } from './supabase';

export type { Access };

/**
 * The signed-in user and what they may do. Roles come from the user's own user_roles and
 * project_members rows (RLS lets a user read their own) — never from user_metadata.
 */
export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: async (): Promise<Session | null> => {
        const { data, error } = await supabase.auth.getSession();
        if (error) throw error;
        return data.session;
      },
      staleTime: Infinity,
    }),
  access: (userId: string | null) =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'access', userId] as const,
      queryFn: async (): Promise<Access | null> => {
        if (!userId) return null;
        // One request: my_access() reads the user's own rows under row-level security.
        const [{ data }, user] = await Promise.all([
          supabase.rpc('my_access').throwOnError(),
          supabase.auth.getSession(),
        ]);
        return { userId, email: user.data.session?.user.email ?? null, ...parseAccess(data) };
      },
      staleTime: 5 * 60_000,
    }),
};

/** For loaders: the session and the access of its user, read through the cache. */
export async function ensureAccess(queryClient: QueryClient): Promise<Access | null> {
  const session = await queryClient.ensureQueryData(sessionQueries.current());
  return queryClient.ensureQueryData(sessionQueries.access(session?.user.id ?? null));
}

/**
 * In components: the signed-in user's access, or null when signed out (and in the moment a new
 * session's access is still being read). Loaders prefetch both reads with ensureAccess().
 */
export function useAccess(): Access | null {
  const session = useQuery(sessionQueries.current());
  return useQuery(sessionQueries.access(session.data?.user.id ?? null)).data ?? null;
}

export function isDirector(access: Access | null | undefined): boolean {
  return !!access && access.roles.some((r) => r === 'director' || r === 'admin');
}

export function isAdmin(access: Access | null | undefined): boolean {
  return !!access && access.roles.includes('admin');
}

/** Whether the UI offers editing this project; the database decides anyway. */
export function canEditProject(access: Access | null | undefined, projectId: string): boolean {
  return isDirector(access) || !!access?.memberships.some((m) => m.projectId === projectId);
}

const expiredFlag = 'salkku.sessionExpired';

/** Remembers that a session ended without the user signing out, for the sign-in page. */
export function markSessionExpired() {
  try {
    sessionStorage.setItem(expiredFlag, '1');
  } catch {
    // storage refused: the sign-in page just won't say why
  }
}

export function takeSessionExpired(): boolean {
  try {
    const was = sessionStorage.getItem(expiredFlag) === '1';
    sessionStorage.removeItem(expiredFlag);
    return was;
  } catch {
    return false;
  }
}

let signingOut = false;

export async function signOut() {
  signingOut = true;
  try {
    const { error } = await supabase.auth.signOut({ scope: 'local' });
    if (error) throw error;
  } finally {
    signingOut = false;
  }
}

/** Keeps the cache in step with Supabase Auth: every query re-reads as the new user. */
export function watchAuth(queryClient: QueryClient): () => void {
  let lastUserId: string | null | undefined;
  const { data } = supabase.auth.onAuthStateChange((event, session) => {
    const userId = session?.user.id ?? null;
    queryClient.setQueryData(sessionQueries.current().queryKey, session);
    if (event === 'SIGNED_OUT' && lastUserId && !signingOut) markSessionExpired();
    if (lastUserId !== undefined && userId !== lastUserId) {
      // Another user sees other rows: forget everything read as the previous one.
      void queryClient.resetQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
      void queryClient.invalidateQueries({ queryKey: sessionQueries.all() });
    }
    lastUserId = userId;
  });
  return () => data.subscription.unsubscribe();
}
