import { mutationOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import { updateVersioned } from '@/lib/versioned-update';
import type { Database } from '@/types/database';

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
};
