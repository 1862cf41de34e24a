import { mutationOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { AppRole } from '@/lib/domain';
import { ZeroRowsError, isPostgrestError } from '@/lib/errors';
import { personColumns, type Person } from '@/lib/people';
import { supabase } from '@/lib/supabase';
import { updateVersioned } from '@/lib/versioned-update';
import type { Database } from '@/types/database';

/*
 * The administrator's writes, on any supabase-js client (the app's own, or a test's signed in
 * against the local stack). RLS decides: only admins change people and user_roles. What each
 * write makes stale is declared once, in lib/invalidation.
 */
type Client = SupabaseClient<Database>;

export type PersonPatch = Omit<Person, 'id' | 'version'>;

/** A person who is still a project's contact: the foreign key refuses the delete (23503). */
export class PersonInUseError extends Error {
  constructor(readonly projects: { name: string; slug: string }[]) {
    super('The person is still referenced');
    this.name = 'PersonInUseError';
  }
}

export async function insertPerson(client: Client, patch: PersonPatch): Promise<Person> {
  const { data } = await client.from('people').insert(patch).select(personColumns).throwOnError();
  const saved = data?.[0];
  if (!saved) throw new ZeroRowsError('people');
  return saved;
}

/**
 * PATCH … ?id=eq.X&version=eq.N (lib/versioned-update): a newer version saved meanwhile is a
 * VersionConflictError with that row; otherwise zero rows means refused or gone (ZeroRowsError).
 */
export function updatePerson(
  client: Client,
  input: { id: string; version: number; patch: PersonPatch },
): Promise<Person> {
  return updateVersioned<Person, 'people'>(client, {
    table: 'people',
    id: input.id,
    version: input.version,
    patch: input.patch,
    columns: personColumns,
  });
}

/** Deletes a person; a contact of some project cannot go (PersonInUseError names the projects). */
export async function deletePerson(client: Client, id: string): Promise<void> {
  const { data, error } = await client.from('people').delete().eq('id', id).select('id');
  if (error) {
    if (isPostgrestError(error) && error.code === '23503') {
      const { data: contacts } = await client
        .from('project_contacts')
        .select('project:projects(name, slug)')
        .eq('person_id', id);
      throw new PersonInUseError(
        (contacts ?? [])
          .map((c) => c.project)
          .filter((p): p is { name: string; slug: string } => !!p)
          .sort((a, b) => a.name.localeCompare(b.name, 'fi')),
      );
    }
    throw error;
  }
  if (!data?.length) throw new ZeroRowsError('people');
}

/** Grants or revokes one role; a write that changed no row is an error, never silence. */
export async function setRole(
  client: Client,
  input: { userId: string; role: AppRole; granted: boolean },
): Promise<void> {
  if (input.granted) {
    const { data } = await client
      .from('user_roles')
      .insert({ user_id: input.userId, role: input.role })
      .select('role')
      .throwOnError();
    if (!data?.length) throw new ZeroRowsError('user_roles');
    return;
  }
  const { data } = await client
    .from('user_roles')
    .delete()
    .eq('user_id', input.userId)
    .eq('role', input.role)
    .select('role')
    .throwOnError();
  if (!data?.length) throw new ZeroRowsError('user_roles');
}

export const adminMutations = {
  createPerson: () =>
    mutationOptions({
      mutationKey: ['people', 'create'],
      mutationFn: (patch: PersonPatch) => insertPerson(supabase, patch),
    }),
  updatePerson: () =>
    mutationOptions({
      mutationKey: ['people', 'update'],
      mutationFn: (input: { id: string; version: number; patch: PersonPatch }) =>
        updatePerson(supabase, input),
    }),
  deletePerson: () =>
    mutationOptions({
      mutationKey: ['people', 'delete'],
      mutationFn: (id: string) => deletePerson(supabase, id),
    }),
  setRole: () =>
    mutationOptions({
      mutationKey: ['admin', 'roles', 'set'],
      mutationFn: (input: { userId: string; role: AppRole; granted: boolean }) =>
        setRole(supabase, input),
    }),
};
