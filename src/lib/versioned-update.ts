import { VersionConflictError, ZeroRowsError } from './errors';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '@/types/database';

type Tables = Database['public']['Tables'];

/** Tables whose rows carry the trigger-maintained `version` used for optimistic concurrency. */
export type VersionedTable = {
  [K in keyof Tables]: Tables[K]['Row'] extends { id: string; version: number } ? K : never;
}[keyof Tables];

export interface VersionedUpdate<K extends VersionedTable> {
  table: K;
  id: string;
  /** The version the edit started from. */
  version: number;
  patch: Tables[K]['Update'];
  /** The columns to read back; must include `version`. */
  columns: string;
}

/**
 * The one optimistic-concurrency write of the app: PATCH …?id=eq.X&version=eq.N and read the
 * saved row back. Zero rows back is never silent: the row is re-read, and a newer saved version
 * is a VersionConflictError carrying what the database holds now (so the form can show what
 * changed and keep the user's input); otherwise row-level security refused it or the row is gone
 * (ZeroRowsError).
 */
export async function updateVersioned<Row extends { version: number }, K extends VersionedTable>(
  client: SupabaseClient<Database>,
  update: VersionedUpdate<K>,
): Promise<Row> {
  const { table, id, version, patch, columns } = update;
  // supabase-js cannot resolve filters through a generic table name; every versioned table has
  // the `id` and `version` columns filtered on here, so one concrete table stands for them all.
  const from = () => client.from(table as 'projects');
  const { data } = await from()
    .update(patch as Tables['projects']['Update'])
    .eq('id', id)
    .eq('version', version)
    .select(columns)
    .overrideTypes<Row[], { merge: false }>()
    .throwOnError();
  const saved = data?.[0];
  if (saved) return saved;
  const { data: current } = await from().select(columns).eq('id', id).maybeSingle().throwOnError();
  const now = current as unknown as Row | null;
  if (now && now.version !== version) throw new VersionConflictError(table, now);
  throw new ZeroRowsError(table);
}
