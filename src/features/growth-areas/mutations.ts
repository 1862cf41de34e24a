import { mutationOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { refusedConstraint } from '@/components/form/server-error';
import { ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { updateVersioned } from '@/lib/versioned-update';
import type { Database } from '@/types/database';
import { areaConstraints, type AreaField } from './schema';
import {
  editableColumns,
  programmeColumns,
  type EditableGrowthArea,
  type EditableProgramme,
} from './queries';

/**
 * A growth area's writes on any supabase-js client (the app's own, or a test's signed in against
 * the local stack). Row-level security decides: only directors and admins write growth areas
 * and their staff.
 */
type Client = SupabaseClient<Database>;

type Translations = 'name_sv' | 'name_en' | 'description_sv' | 'description_en';

/** What a save sends; translations left out stay as they are. */
export type GrowthAreaPatch = Omit<EditableGrowthArea, 'id' | 'version' | Translations> &
  Partial<Pick<EditableGrowthArea, Translations>>;

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
  staff: {
    growth_area_id: string;
    person_id: string;
    role: string;
    /** NULL: not translated (the column refuses a blank). */
    role_sv?: string | null;
    role_en?: string | null;
    sort_order: number;
  },
): Promise<void> {
  const { data } = await client
    .from('growth_area_people')
    .insert(staff)
    .select('person_id')
    .throwOnError();
  if (!data?.length) throw new ZeroRowsError('growth_area_people');
}

/** A staff member's role as the role editor reads it back. */
export interface StaffRole {
  id: string;
  version: number;
  role: string;
  role_sv: string | null;
  role_en: string | null;
}

/**
 * A staff member's role in three languages, from the version the edit started at: a newer save
 * is a VersionConflictError, a refusal (not a director) or a removed row a ZeroRowsError.
 */
export function updateStaffRole(
  client: Client,
  input: {
    id: string;
    version: number;
    patch: { role: string | null; role_sv: string | null; role_en: string | null };
  },
): Promise<StaffRole> {
  return updateVersioned<StaffRole, 'growth_area_people'>(client, {
    table: 'growth_area_people',
    id: input.id,
    version: input.version,
    // The Finnish role is required; a blank one reaches the CHECK and is refused beside the field.
    patch: { ...input.patch, role: input.patch.role ?? '' },
    columns: 'id, version, role, role_sv, role_en',
  });
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

/** Growth area writes; names, colours and order also show in the dashboard's charts. */
export const growthAreaMutations = {
  create: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'create'],
      mutationFn: (area: NewGrowthArea) => insertGrowthArea(supabase, area),
    }),
  /** Version-checked: a newer saved version is a VersionConflictError, a refusal ZeroRowsError. */
  update: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'update'],
      mutationFn: (input: { id: string; version: number; patch: GrowthAreaPatch }) =>
        updateGrowthArea(supabase, input),
    }),
  addStaff: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'staff', 'add'],
      mutationFn: (input: {
        growth_area_id: string;
        person_id: string;
        role: string;
        role_sv?: string | null;
        role_en?: string | null;
        sort_order: number;
      }) => addStaff(supabase, input),
    }),
  /** Version-checked: a newer saved version is a VersionConflictError, a refusal ZeroRowsError. */
  updateStaffRole: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'staff', 'role'],
      mutationFn: (input: Parameters<typeof updateStaffRole>[1]) =>
        updateStaffRole(supabase, input),
    }),
  removeStaff: () =>
    mutationOptions({
      mutationKey: ['projects', 'growth-area', 'staff', 'remove'],
      mutationFn: (key: { growth_area_id: string; person_id: string }) =>
        removeStaff(supabase, key),
    }),
};

/** A programme's texts in three languages (sv/en NULL: not translated). */
export type ProgrammePatch = Omit<EditableProgramme, 'id' | 'slug' | 'version'>;

export const programmeMutations = {
  /** Directors and admins write the programme's name and description; version-checked. */
  update: () =>
    mutationOptions({
      mutationKey: ['projects', 'programme', 'update'],
      mutationFn: (input: { id: string; version: number; patch: ProgrammePatch }) =>
        updateVersioned<EditableProgramme, 'programmes'>(supabase, {
          table: 'programmes',
          id: input.id,
          version: input.version,
          patch: input.patch,
          columns: programmeColumns,
        }),
    }),
};
