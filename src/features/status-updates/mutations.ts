import { mutationOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database';
import type { StatusUpdateValues } from './schema';

type Client = SupabaseClient<Database>;

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/**
 * Posts a status update in the writer's own name (author_id defaults to auth.uid()). RLS lets
 * the project's leads and editors and the directors write; a refusal is an error the form shows.
 */
export async function postStatusUpdate(
  client: Client,
  projectId: string,
  values: StatusUpdateValues,
): Promise<{ id: string; created_at: string }> {
  const { data } = await client
    .from('status_updates')
    .insert({
      project_id: projectId,
      happened: values.happened.trim(),
      next_steps: orNull(values.next_steps),
      risks: orNull(values.risks),
      proposed_schedule_status: values.proposed_schedule_status || null,
    })
    .select('id, created_at')
    .throwOnError();
  const saved = data?.[0];
  if (!saved) throw new ZeroRowsError('status_updates');
  return saved;
}

/**
 * Directors: reminds the project's leads now (public.nudge_project). The database refuses a
 * second nudge of the project within the hour (PT429, HTTP 429), a project without leads
 * (P0001) and anyone but directors (42501).
 */
export async function nudgeLeads(
  client: Client,
  projectId: string,
  message: string,
): Promise<string> {
  const { data } = await client
    .rpc('nudge_project', { p_project_id: projectId, p_message: orNull(message) ?? undefined })
    .throwOnError();
  if (!data) throw new ZeroRowsError('nudges');
  return data;
}

export const statusUpdateMutations = {
  post: () =>
    mutationOptions({
      mutationKey: ['status', 'post'],
      mutationFn: (input: { projectId: string; values: StatusUpdateValues }) =>
        postStatusUpdate(supabase, input.projectId, input.values),
    }),
  nudge: () =>
    mutationOptions({
      mutationKey: ['status', 'nudge'],
      mutationFn: (input: { projectId: string; message: string }) =>
        nudgeLeads(supabase, input.projectId, input.message),
    }),
};
