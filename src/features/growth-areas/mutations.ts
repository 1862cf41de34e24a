import type { SupabaseClient } from '@supabase/supabase-js';
import { ZeroRowsError, isPostgrestError, violatedConstraint } from '@/lib/errors';
import { updateVersioned } from '@/lib/versioned-update';
import type { Database } from '@/types/database';
import { editableColumns, type EditableGrowthArea } from './queries';

/**
 * A growth area's writes on any supabase-js client (the app's own, or a test's signed in against
 * the local stack). Row-level security decides: only directors and admins write growth areas
 * and their staff.
 */
type Client = SupabaseClient<Database>;

export type GrowthAreaPatch = Omit<EditableGrowthArea, 'id' | 'version'>;

export interface NewGrowthArea extends GrowthAreaPatch {
  programme_id: string;
  slug: string;
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

export type AreaField = 'name' | 'slug' | 'color' | 'sort_order' | 'description' | 'lead_person_id';

/**
 * The form field a refused write belongs to, with its message key, read from the constraint
 * the database names (unique 23505, check 23514); null when no one field is to blame.
 */
export function fieldOfServerError(
  error: unknown,
): { field: AreaField; key: `areaForm.${string}` | 'edit.required' | 'edit.tooLong' } | null {
  if (!isPostgrestError(error)) return null;
  const constraint = violatedConstraint(error);
  switch (constraint) {
    case 'growth_areas_programme_name_key':
      return { field: 'name', key: 'areaForm.nameTaken' };
    case 'growth_areas_programme_slug_key':
      return { field: 'slug', key: 'areaForm.slugTaken' };
    case 'growth_areas_name_length':
      return { field: 'name', key: 'edit.required' };
    case 'growth_areas_slug_format':
      return { field: 'slug', key: 'areaForm.slugInvalid' };
    case 'growth_areas_color_format':
      return { field: 'color', key: 'areaForm.colorInvalid' };
    case 'growth_areas_description_length':
      return { field: 'description', key: 'edit.tooLong' };
    default:
      return null;
  }
}
