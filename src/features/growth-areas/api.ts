import type { SupabaseClient } from '@supabase/supabase-js';
import { refusedConstraint } from '@/components/form/server-error';
import { ZeroRowsError } from '@/lib/errors';
import { updateVersioned } from '@/lib/versioned-update';
import type { Database } from '@/types/database';
import { areaConstraints, type AreaField } from './schema';

/**
 * A growth area's writes on any supabase-js client (the app's own, or a test's signed in against
 * the local stack). Row-level security decides: only directors and admins write growth areas
 * and their staff.
 */
export type Client = SupabaseClient<Database>;

export interface EditableGrowthArea {
  id: string;
  version: number;
  name: string;
  color: string;
  sort_order: number;
  description: string | null;
  lead_person_id: string | null;
}

export interface GrowthAreaPatch {
  name: string;
  color: string;
  sort_order: number;
  description: string | null;
  lead_person_id: string | null;
}

export interface NewGrowthArea extends GrowthAreaPatch {
  programme_id: string;
  slug: string;
}

export const editableColumns = 'id, version, name, color, sort_order, description, lead_person_id';

export async function getEditableGrowthArea(
  client: Client,
  id: string,
): Promise<EditableGrowthArea | null> {
  const { data } = await client
    .from('growth_areas')
    .select(editableColumns)
    .eq('id', id)
    .maybeSingle()
    .throwOnError();
  return data;
}

/** Saves from the version the edit started at (VersionConflictError / ZeroRowsError otherwise). */
export function updateGrowthArea(
  client: Client,
  input: { id: string; version: number; patch: GrowthAreaPatch },
): Promise<EditableGrowthArea> {
  return updateVersioned<EditableGrowthArea, 'growth_areas'>(client, {
    table: 'growth_areas',
    columns: editableColumns,
    ...input,
  });
}

export async function insertGrowthArea(
  client: Client,
  area: NewGrowthArea,
): Promise<{ id: string; slug: string; name: string }> {
  const { data } = await client
    .from('growth_areas')
    .insert(area)
    .select('id, slug, name')
    .throwOnError();
  const saved = data?.[0];
  if (!saved) throw new ZeroRowsError('growth_areas');
  return saved;
}

export async function addStaff(
  client: Client,
  staff: { growth_area_id: string; person_id: string; role: string; sort_order: number },
): Promise<void> {
  const { data } = await client
    .from('growth_area_people')
    .insert(staff)
    .select('person_id')
    .throwOnError();
  if (!data?.length) throw new ZeroRowsError('growth_area_people');
}

/** Zero rows removed (someone else did, or RLS refused) is a ZeroRowsError, never silence. */
export async function removeStaff(
  client: Client,
  key: { growth_area_id: string; person_id: string },
): Promise<void> {
  const { data } = await client
    .from('growth_area_people')
    .delete()
    .eq('growth_area_id', key.growth_area_id)
    .eq('person_id', key.person_id)
    .select('person_id')
    .throwOnError();
  if (!data?.length) throw new ZeroRowsError('growth_area_people');
}

/**
 * The form field a refused write belongs to, with its message key, read from the constraint
 * the database names (unique 23505, check 23514); null when no one field is to blame.
 */
export function fieldOfServerError(error: unknown): { field: AreaField; key: string } | null {
  const constraint = refusedConstraint(error);
  const target = constraint ? areaConstraints[constraint as keyof typeof areaConstraints] : null;
  return target ? { field: target.field, key: target.message } : null;
}
