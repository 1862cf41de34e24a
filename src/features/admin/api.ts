import type { SupabaseClient } from '@supabase/supabase-js';
import { ZeroRowsError, isPostgrestError } from '@/lib/errors';
import type { Enums } from '@/lib/supabase';
import { updateVersioned } from '@/lib/versioned-update';
import type { Database } from '@/types/database';

/**
 * The administrator's reads and writes, on any supabase-js client (the app's own, or a test's
 * signed in against the local stack). RLS decides: only admins change people and user_roles.
 */
export type Client = SupabaseClient<Database>;

export type AppRole = Enums<'app_role'>;
/** The organisation-wide roles an admin grants, most powerful first. */
export const appRoles: AppRole[] = ['admin', 'director', 'viewer'];

export interface Person {
  id: string;
  version: number;
  full_name: string;
  title: string | null;
  organisation: string | null;
  email: string | null;
  user_id: string | null;
}

export interface PersonPatch {
  full_name: string;
  title: string | null;
  organisation: string | null;
  email: string | null;
  user_id: string | null;
}

export interface Account {
  user_id: string;
  email: string;
  last_sign_in_at: string | null;
  person_id: string | null;
  full_name: string | null;
  roles: AppRole[];
}

export const personColumns = 'id, version, full_name, title, organisation, email, user_id';

/** A person who is still a project's contact: the foreign key refuses the delete (23503). */
export class PersonInUseError extends Error {
  constructor(readonly projects: { name: string; slug: string }[]) {
    super('The person is still referenced');
    this.name = 'PersonInUseError';
  }
}

export async function listPeople(client: Client): Promise<Person[]> {
  const { data } = await client
    .from('people')
    .select(personColumns)
    .order('full_name')
    .throwOnError();
  return data ?? [];
}

export async function getPerson(client: Client, id: string): Promise<Person | null> {
  const { data } = await client
    .from('people')
    .select(personColumns)
    .eq('id', id)
    .maybeSingle()
    .throwOnError();
  return data;
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

export async function listAccounts(client: Client): Promise<Account[]> {
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
