import { mutationOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { updateVersioned } from '@/lib/versioned-update';
import type { Database } from '@/types/database';
// The columns an edit starts from and the read of an indicator's projects live with the reads
// (queries.ts), so the public sections that import queries.ts do not download the writes.
import { editableIndicatorColumns, readContributing } from './queries';

/**
 * Indicator writes on any supabase-js client (the app's, or a test's signed in to the local
 * stack). Row-level security decides: leads and editors of the owning or a contributing project
 * enter values; directors and admins set goals.
 */
type Client = SupabaseClient<Database>;

export interface NewValue {
  indicator_id: string;
  measured_on: string;
  value: number;
  note: string | null;
}

export interface SavedValue {
  id: string;
  measured_on: string;
  value: number;
  version: number;
}

/** One value; zero rows back (refused) is a ZeroRowsError, never silence. */
export async function insertValue(client: Client, value: NewValue): Promise<SavedValue> {
  const { data } = await client
    .from('indicator_values')
    .insert(value)
    .select('id, measured_on, value, version')
    .throwOnError();
  const saved = data?.[0];
  if (!saved) throw new ZeroRowsError('indicator_values');
  return saved;
}

export interface Goal {
  id: string;
  year: number;
  value: number;
  version: number;
}

/** What the goals form edits: an indicator's goals as read (their versions go with the save). */
export interface GoalsBase {
  indicatorId: string;
  goals: Goal[];
}

const goalColumns = 'id, year, value, version';

async function readGoals(client: Client, indicatorId: string): Promise<Goal[]> {
  const { data } = await client
    .from('indicator_goals')
    .select(goalColumns)
    .eq('indicator_id', indicatorId)
    .order('year')
    .throwOnError();
  return data ?? [];
}

/**
 * Saves the goals that changed: a year with a goal is updated from the version the edit started
 * at, a new year inserted. When someone saved a goal first, the VersionConflictError carries all
 * of the indicator's goals as they are now, for the form's conflict table.
 */
export async function saveGoals(
  client: Client,
  input: { base: GoalsBase; goals: { year: number; value: number }[] },
): Promise<GoalsBase> {
  const { base } = input;
  try {
    for (const { year, value } of input.goals) {
      const existing = base.goals.find((g) => g.year === year);
      if (existing && existing.value === value) continue;
      if (existing) {
        await updateVersioned<Goal, 'indicator_goals'>(client, {
          table: 'indicator_goals',
          id: existing.id,
          version: existing.version,
          patch: { value },
          columns: goalColumns,
        });
      } else {
        const { data } = await client
          .from('indicator_goals')
          .insert({ indicator_id: base.indicatorId, year, value })
          .select('id')
          .throwOnError();
        if (!data?.length) throw new ZeroRowsError('indicator_goals');
      }
    }
  } catch (error) {
    if (error instanceof VersionConflictError) {
      throw new VersionConflictError<GoalsBase>('indicator_goals', {
        indicatorId: base.indicatorId,
        goals: await readGoals(client, base.indicatorId),
      });
    }
    throw error;
  }
  return { indicatorId: base.indicatorId, goals: await readGoals(client, base.indicatorId) };
}

export interface ValueCorrection {
  value: Pick<SavedValue, 'id' | 'version'>;
  patch: { measured_on: string; value: number; note: string | null };
}

const valueColumns = 'id, measured_on, value, version';

/**
 * Corrects a value from the version the edit started at (version-checked): a newer saved version
 * is a VersionConflictError carrying the value as it is now; a refusal is a ZeroRowsError.
 */
export async function correctValue(client: Client, input: ValueCorrection): Promise<SavedValue> {
  return updateVersioned<SavedValue, 'indicator_values'>(client, {
    table: 'indicator_values',
    id: input.value.id,
    version: input.value.version,
    patch: input.patch,
    columns: valueColumns,
  });
}

/**
 * Removes a value as it was read (id and version): zero rows back is a conflict when someone
 * changed it since, else a refusal or a value already gone (ZeroRowsError). The audit trail
 * (audit_row) keeps what was removed.
 */
export async function deleteValue(
  client: Client,
  value: Pick<SavedValue, 'id' | 'version'>,
): Promise<void> {
  const { data } = await client
    .from('indicator_values')
    .delete()
    .eq('id', value.id)
    .eq('version', value.version)
    .select('id')
    .throwOnError();
  if (data?.length) return;
  const { data: now } = await client
    .from('indicator_values')
    .select(valueColumns)
    .eq('id', value.id)
    .maybeSingle()
    .throwOnError();
  if (now && now.version !== value.version) throw new VersionConflictError('indicator_values', now);
  throw new ZeroRowsError('indicator_values');
}

/** What the indicator form writes: the columns of public.indicators a director sets. */
export interface IndicatorInput {
  programme_id: string | null;
  growth_area_id: string | null;
  project_id: string | null;
  name: string;
  name_sv: string | null;
  name_en: string | null;
  description: string | null;
  description_sv: string | null;
  description_en: string | null;
  unit: string | null;
  direction: 'more_is_better' | 'less_is_better';
  decimals: number;
  source: string | null;
  cadence: 'monthly' | 'quarterly' | 'yearly';
  published: boolean;
  tolerance_percent: number;
  baseline_value: number | null;
  baseline_on: string | null;
  sort_order: number;
}

/** An indicator as the edit form reads it: its columns and the version the edit starts from. */
export interface EditableIndicator extends IndicatorInput {
  id: string;
  version: number;
}

/** A new indicator (directors and admins); zero rows back is a refusal, never silence. */
export async function createIndicator(
  client: Client,
  input: IndicatorInput,
): Promise<EditableIndicator> {
  const { data } = await client
    .from('indicators')
    .insert(input)
    .select(editableIndicatorColumns)
    .throwOnError();
  const saved = data?.[0];
  if (!saved) throw new ZeroRowsError('indicators');
  return saved;
}

/** Saves an indicator's edit from the version it started at (VersionConflictError on a clash). */
export async function updateIndicator(
  client: Client,
  input: { base: EditableIndicator; patch: IndicatorInput },
): Promise<EditableIndicator> {
  return updateVersioned<EditableIndicator, 'indicators'>(client, {
    table: 'indicators',
    id: input.base.id,
    version: input.base.version,
    patch: input.patch,
    columns: editableIndicatorColumns,
  });
}

/**
 * Makes the projects feeding an indicator exactly `projectIds` (directors and admins): links
 * added and removed, each write checked for the rows it changed, so a refusal is a
 * ZeroRowsError. A link is a pure pair (no version); the audit trail records each.
 */
export async function saveContributing(
  client: Client,
  input: { indicatorId: string; before: string[]; projectIds: string[] },
): Promise<string[]> {
  const added = input.projectIds.filter((id) => !input.before.includes(id));
  const removed = input.before.filter((id) => !input.projectIds.includes(id));
  if (added.length) {
    const { data } = await client
      .from('indicator_projects')
      .insert(added.map((project_id) => ({ indicator_id: input.indicatorId, project_id })))
      .select('project_id')
      .throwOnError();
    if ((data ?? []).length !== added.length) throw new ZeroRowsError('indicator_projects');
  }
  if (removed.length) {
    const { data } = await client
      .from('indicator_projects')
      .delete()
      .eq('indicator_id', input.indicatorId)
      .in('project_id', removed)
      .select('project_id')
      .throwOnError();
    if ((data ?? []).length !== removed.length) throw new ZeroRowsError('indicator_projects');
  }
  return readContributing(client, input.indicatorId);
}

/** Indicator writes; a value or a goal changes the status every list and the dashboard shows. */
export const indicatorMutations = {
  addValue: () =>
    mutationOptions({
      mutationKey: ['indicators', 'values', 'add'],
      mutationFn: (value: NewValue) => insertValue(supabase, value),
    }),
  saveGoals: () =>
    mutationOptions({
      mutationKey: ['indicators', 'goals', 'save'],
      mutationFn: (input: { base: GoalsBase; goals: { year: number; value: number }[] }) =>
        saveGoals(supabase, input),
    }),
  correctValue: () =>
    mutationOptions({
      mutationKey: ['indicators', 'values', 'correct'],
      mutationFn: (input: ValueCorrection) => correctValue(supabase, input),
    }),
  deleteValue: () =>
    mutationOptions({
      mutationKey: ['indicators', 'values', 'delete'],
      mutationFn: (value: Pick<SavedValue, 'id' | 'version'>) => deleteValue(supabase, value),
    }),
  create: () =>
    mutationOptions({
      mutationKey: ['indicators', 'create'],
      mutationFn: (input: IndicatorInput) => createIndicator(supabase, input),
    }),
  saveContributing: () =>
    mutationOptions({
      mutationKey: ['indicators', 'projects', 'save'],
      mutationFn: (input: { indicatorId: string; before: string[]; projectIds: string[] }) =>
        saveContributing(supabase, input),
    }),
  update: () =>
    mutationOptions({
      mutationKey: ['indicators', 'update'],
      mutationFn: (input: { base: EditableIndicator; patch: IndicatorInput }) =>
        updateIndicator(supabase, input),
    }),
};
