import { queryOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { supabase, type Tables } from '@/lib/supabase';
import type { Database } from '@/types/database';

type Client = SupabaseClient<Database>;

const updateColumns =
  'id, project_id, author_id, happened, next_steps, risks, proposed_schedule_status, created_at';

export type StatusUpdate = Pick<
  Tables<'status_updates'>,
  | 'id'
  | 'project_id'
  | 'author_id'
  | 'happened'
  | 'next_steps'
  | 'risks'
  | 'proposed_schedule_status'
  | 'created_at'
> & {
  /** The author's name from the people directory; null for visitors (it is not public). */
  authorName: string | null;
};

/** The page's bound: a project writes about one update a month, so years fit. */
export const statusUpdateLimit = 200;

/**
 * A project's status updates, newest first. Row-level security decides who sees them: everyone
 * for a published project, signed-in readers of the project otherwise. Signed-in users also get
 * the authors' names (the directory is not open to visitors).
 */
export async function listStatusUpdates(
  client: Client,
  projectId: string,
): Promise<StatusUpdate[]> {
  const [{ data }, session] = await Promise.all([
    client
      .from('status_updates')
      .select(updateColumns)
      .eq('project_id', projectId)
      .order('created_at', { ascending: false })
      .order('id')
      .limit(statusUpdateLimit)
      .throwOnError(),
    client.auth.getSession(),
  ]);
  const rows = data ?? [];
  const authors = [...new Set(rows.flatMap((r) => (r.author_id ? [r.author_id] : [])))];
  const names = new Map<string, string>();
  if (session.data.session && authors.length > 0) {
    const { data: people } = await client
      .from('people')
      .select('user_id, full_name')
      .in('user_id', authors)
      .throwOnError();
    for (const p of people ?? []) if (p.user_id) names.set(p.user_id, p.full_name);
  }
  return rows.map((r) => ({
    ...r,
    authorName: r.author_id ? (names.get(r.author_id) ?? null) : null,
  }));
}

type ReminderLogRow = Database['public']['Functions']['project_reminder_log']['Returns'][number];
type Nullable =
  | 'task_id'
  | 'task_title'
  | 'task_title_sv'
  | 'task_title_en'
  | 'read_at'
  | 'mail_sent_at'
  | 'mail_failed_at';

/** A row of the log; the generated type misses that a task, a read and a mail may be absent. */
export type ReminderLogEntry = Omit<ReminderLogRow, Nullable> & {
  [K in Nullable]: ReminderLogRow[K] | null;
};

/** Directors: who was reminded of what about the project, newest first (empty for others). */
export async function readReminderLog(
  client: Client,
  projectId: string,
): Promise<ReminderLogEntry[]> {
  const { data } = await client
    .rpc('project_reminder_log', { p_project_id: projectId })
    .throwOnError();
  return data ?? [];
}

export const statusUpdateQueries = {
  all: () => ['status'] as const,
  forProject: (projectId: string) =>
    queryOptions({
      queryKey: [...statusUpdateQueries.all(), 'updates', projectId] as const,
      queryFn: () => listStatusUpdates(supabase, projectId),
    }),
  reminderLog: (projectId: string) =>
    queryOptions({
      queryKey: [...statusUpdateQueries.all(), 'reminder-log', projectId] as const,
      queryFn: () => readReminderLog(supabase, projectId),
    }),
};
