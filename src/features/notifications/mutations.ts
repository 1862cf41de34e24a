import { mutationOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { ZeroRowsError } from '@/lib/errors';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database';
import type { NotificationPreferences } from './queries';

/*
 * A person's writes on their own notifications, follows and preferences, on any supabase-js
 * client. RLS lets nobody touch another's rows; a write that changed nothing is an error the
 * user sees. What each write makes stale is declared once, in lib/invalidation.
 */
type Client = SupabaseClient<Database>;

/**
 * Marks the given notifications read (public.mark_notifications_read), or all of them without
 * ids; returns how many changed. Zero for given ids means they were read already, or not the
 * caller's: an error, never silence.
 */
export async function markRead(client: Client, ids: string[] | null): Promise<number> {
  const { data } = await client
    .rpc('mark_notifications_read', ids ? { p_ids: ids } : {})
    .throwOnError();
  const changed = data ?? 0;
  if (ids && changed === 0) throw new ZeroRowsError('notifications');
  return changed;
}

/** Saves the caller's e-mail preferences (one row per user, upserted on user_id). */
export async function savePreferences(
  client: Client,
  input: { userId: string; preferences: NotificationPreferences },
): Promise<NotificationPreferences> {
  const { data } = await client
    .from('notification_preferences')
    .upsert({ user_id: input.userId, ...input.preferences }, { onConflict: 'user_id' })
    .select(
      'email_reminders, email_follows, email_portfolio, email_nudges, digest_cadence, email_locale',
    )
    .throwOnError();
  const row = data?.[0];
  if (!row) throw new ZeroRowsError('notification_preferences');
  return { ...input.preferences, ...row } as NotificationPreferences;
}

/**
 * Remembers the user's UI language (user_settings.locale), which their e-mails use until they
 * choose an e-mail language of their own (private.mail_recipients()).
 */
export async function rememberUiLanguage(
  client: Client,
  input: { userId: string; locale: 'fi' | 'sv' | 'en' },
): Promise<void> {
  const { data } = await client
    .from('user_settings')
    .upsert({ user_id: input.userId, locale: input.locale }, { onConflict: 'user_id' })
    .select('user_id')
    .throwOnError();
  if (!data?.length) throw new ZeroRowsError('user_settings');
}

export const notificationMutations = {
  /** Some (ids) or all (null) of the caller's notifications read. */
  markRead: () =>
    mutationOptions({
      mutationKey: ['notifications', 'mark-read'],
      mutationFn: (ids: string[] | null) => markRead(supabase, ids),
    }),
  rememberUiLanguage: () =>
    mutationOptions({
      mutationKey: ['notifications', 'ui-language'],
      mutationFn: (input: { userId: string; locale: 'fi' | 'sv' | 'en' }) =>
        rememberUiLanguage(supabase, input),
    }),
  savePreferences: () =>
    mutationOptions({
      mutationKey: ['notifications', 'preferences'],
      mutationFn: (input: { userId: string; preferences: NotificationPreferences }) =>
        savePreferences(supabase, input),
    }),
};
