import { queryOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import type { TaskState } from '@/lib/domain';
import { supabase } from '@/lib/supabase';
import type { Database, Json } from '@/types/database';

/*
 * A person's notifications, follows and e-mail preferences (issue #11). Each read takes any
 * supabase-js client (the app's own, or a test's signed in to the local stack); RLS shows
 * everyone only their own rows. What the rules said and to whom is the database's to decide
 * (public.record_notifications); the app only words it (./describe).
 */
type Client = SupabaseClient<Database>;

export type NotificationKind = 'reminders' | 'follows' | 'portfolio' | 'nudges';
export const notificationKinds: readonly NotificationKind[] = [
  'reminders',
  'follows',
  'portfolio',
  'nudges',
];

export interface AppNotification {
  id: string;
  rule: string;
  kind: NotificationKind;
  created_at: string;
  read_at: string | null;
  project_id: string | null;
  task_id: string | null;
  payload: Record<string, Json | undefined>;
  /** The task a task reminder is about, as it is now (null when gone or not a task reminder). */
  task: {
    id: string;
    version: number;
    state: TaskState;
    title: string;
    /** The title's translations (NULL or absent: not translated; #14 §1). */
    title_sv?: string | null;
    title_en?: string | null;
  } | null;
  /** The project it is about, as it is now, with its name's translations (#14 §1); null when
   * it is about no project or the reader may no longer read it (the recorded name stands in). */
  project?: { name: string; name_sv: string | null; name_en: string | null } | null;
}

export interface Follow {
  id: string;
  project_id: string | null;
  project_slug: string | null;
  project_name: string | null;
  growth_area_id: string | null;
  growth_area_name: string | null;
  created_at: string;
  /** The names' translations (NULL: not translated; #14 §1). */
  project_name_sv?: string | null;
  project_name_en?: string | null;
  growth_area_name_sv?: string | null;
  growth_area_name_en?: string | null;
}

export type DigestCadence = 'immediately' | 'daily' | 'weekly' | 'never';
export const digestCadences: readonly DigestCadence[] = ['immediately', 'daily', 'weekly', 'never'];

export interface NotificationPreferences {
  email_reminders: boolean;
  email_follows: boolean;
  email_portfolio: boolean;
  email_nudges: boolean;
  digest_cadence: DigestCadence;
  /** fi, sv or en; null = not chosen (the database then uses the UI language, else Finnish). */
  email_locale: 'fi' | 'sv' | 'en' | null;
}

/** What a person without a preferences row gets (the table's defaults). */
export const defaultPreferences: NotificationPreferences = {
  email_reminders: true,
  email_follows: true,
  email_portfolio: true,
  email_nudges: true,
  digest_cadence: 'daily',
  email_locale: null,
};

/** How many notifications the page shows: the newest this many. */
export const notificationPageSize = 100;

const notificationColumns =
  'id, rule, kind, created_at, read_at, project_id, task_id, payload, task:tasks(id, version, state, title, title_sv, title_en), project:projects(name, name_sv, name_en)';

const isRecord = (v: unknown): v is Record<string, Json | undefined> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const asKind = (v: string): NotificationKind =>
  (notificationKinds as readonly string[]).includes(v) ? (v as NotificationKind) : 'reminders';

/** The caller's notifications, newest first. */
export async function listNotifications(client: Client): Promise<AppNotification[]> {
  const { data } = await client
    .from('notifications')
    .select(notificationColumns)
    .order('created_at', { ascending: false })
    .order('id')
    .limit(notificationPageSize)
    .throwOnError();
  return (data ?? []).map((n) => ({
    id: n.id,
    rule: n.rule,
    kind: asKind(n.kind),
    created_at: n.created_at,
    read_at: n.read_at,
    project_id: n.project_id,
    task_id: n.task_id,
    payload: isRecord(n.payload) ? n.payload : {},
    task: n.task ?? null,
    project: n.project ?? null,
  }));
}

/** The number on the bell (public.unread_notification_count()). */
export async function unreadCount(client: Client): Promise<number> {
  const { data } = await client.rpc('unread_notification_count').throwOnError();
  return data ?? 0;
}

const followColumns =
  'id, project_id, project_slug, project_name, growth_area_id, growth_area_name, created_at, project_name_sv, project_name_en, growth_area_name_sv, growth_area_name_en';

/** What the caller follows (public.my_follows), newest first. */
export async function listFollows(client: Client): Promise<Follow[]> {
  const { data } = await client
    .from('my_follows')
    .select(followColumns)
    .order('created_at', { ascending: false })
    .throwOnError();
  return (data ?? []).flatMap((f) =>
    f.id && f.created_at ? [{ ...f, id: f.id, created_at: f.created_at }] : [],
  );
}

const cadenceOf = (v: string): DigestCadence =>
  (digestCadences as readonly string[]).includes(v) ? (v as DigestCadence) : 'daily';
const localeOf = (v: string | null): NotificationPreferences['email_locale'] =>
  v === 'fi' || v === 'sv' || v === 'en' ? v : null;

/** The caller's e-mail preferences; the defaults when they have never saved any. */
export async function getPreferences(client: Client): Promise<NotificationPreferences> {
  const { data } = await client
    .from('notification_preferences')
    .select(
      'email_reminders, email_follows, email_portfolio, email_nudges, digest_cadence, email_locale',
    )
    .maybeSingle()
    .throwOnError();
  if (!data) return defaultPreferences;
  return {
    ...data,
    digest_cadence: cadenceOf(data.digest_cadence),
    email_locale: localeOf(data.email_locale),
  };
}

/** Keys under 'notifications', per signed-in user (another user never sees a cached list). */
export const notificationQueries = {
  all: () => ['notifications'] as const,
  /** The bell polls this; a new notification arrives without a reload. */
  unreadCount: (userId: string) =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'unread', userId] as const,
      queryFn: () => unreadCount(supabase),
      refetchInterval: 60_000,
      staleTime: 30_000,
    }),
  list: (userId: string) =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'list', userId] as const,
      queryFn: () => listNotifications(supabase),
    }),
  follows: (userId: string) =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'follows', userId] as const,
      queryFn: () => listFollows(supabase),
    }),
  preferences: (userId: string) =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'preferences', userId] as const,
      queryFn: () => getPreferences(supabase),
    }),
};
