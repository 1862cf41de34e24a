import { z } from 'zod';
import { languages } from '@/lib/language';
import { digestCadences, type NotificationPreferences } from './queries';

/** The e-mail preferences form: one checkbox per kind, the cadence and the language. */
export const preferenceFields = [
  'email_reminders',
  'email_follows',
  'email_portfolio',
  'email_nudges',
  'digest_cadence',
  'email_locale',
] as const;

export interface PreferenceValues {
  email_reminders: boolean;
  email_follows: boolean;
  email_portfolio: boolean;
  email_nudges: boolean;
  digest_cadence: string;
  email_locale: string;
}

/** The same choices as the table's CHECKs (notification_preferences). */
export const preferencesSchema: z.ZodType<NotificationPreferences> = z.object({
  email_reminders: z.boolean(),
  email_follows: z.boolean(),
  email_portfolio: z.boolean(),
  email_nudges: z.boolean(),
  digest_cadence: z.enum(digestCadences as [string, ...string[]], { message: 'edit.required' }),
  email_locale: z.enum(languages, { message: 'edit.required' }),
}) as z.ZodType<NotificationPreferences>;

/** The form's values: a language not chosen yet is the UI language (`uiLanguage`). */
export function toPreferenceValues(
  p: NotificationPreferences,
  uiLanguage: string,
): PreferenceValues {
  return { ...p, email_locale: p.email_locale ?? uiLanguage };
}

/** Constraint → field: what the database would refuse, said beside the field. */
export const preferenceConstraintFields = {
  notification_preferences_digest_cadence: 'digest_cadence',
  notification_preferences_email_locale: 'email_locale',
} as const;
