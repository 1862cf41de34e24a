import { translator } from '@/lib/translator';
import { formatDate } from './dates';
import type { Language } from './language';
import { isScheduleStatus, type ScheduleStatus } from './domain';
import type { Json } from '@/types/database';

/*
 * Why a project has its schedule status, as project_overview.schedule_reasons returns it — the
 * one definition of the rule lives in SQL (the schedule_status migration); the UI only words it,
 * here, once: the schedule badge, the timeline and the dashboard all say the same sentence.
 */

/** One reason of project_overview.schedule_reasons (see the schedule_status migration). */
export type ScheduleReason =
  | { code: 'manual'; status: ScheduleStatus; note: string | null }
  | { code: 'overdue_tasks'; count: number; oldest_due_on: string }
  | { code: 'end_date_passed'; ends_on: string }
  | { code: 'not_started'; starts_on: string | null }
  | { code: 'completed' }
  | { code: 'on_track'; next_due_on: string | null };

function isRecord(value: Json | undefined): value is { [key: string]: Json | undefined } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

/** Parses project_overview.schedule_reasons. */
export function parseReasons(value: Json | null): ScheduleReason[] {
  if (!Array.isArray(value)) return [];
  const reasons: ScheduleReason[] = [];
  for (const item of value) {
    if (!isRecord(item)) continue;
    switch (item.code) {
      case 'manual': {
        const status = item.status;
        if (isScheduleStatus(status))
          reasons.push({ code: 'manual', status, note: str(item.note) });
        break;
      }
      case 'overdue_tasks': {
        const date = str(item.oldest_due_on);
        if (typeof item.count === 'number' && date)
          reasons.push({ code: 'overdue_tasks', count: item.count, oldest_due_on: date });
        break;
      }
      case 'end_date_passed': {
        const date = str(item.ends_on);
        if (date) reasons.push({ code: 'end_date_passed', ends_on: date });
        break;
      }
      case 'not_started':
        reasons.push({ code: 'not_started', starts_on: str(item.starts_on) });
        break;
      case 'completed':
        reasons.push({ code: 'completed' });
        break;
      case 'on_track':
        reasons.push({ code: 'on_track', next_due_on: str(item.next_due_on) });
        break;
      default:
        break;
    }
  }
  return reasons;
}

/** One reason as a sentence fragment: "3 tehtävää myöhässä (vanhin määräaika 10.11.2026)". */
export function reasonText(reason: ScheduleReason, lang: Language): string {
  // The wording lives in locales/*.json under `dashboard`, where the dashboard first needed it.
  const t = translator.getFixedT(lang, 'translation', 'dashboard');
  switch (reason.code) {
    case 'manual': {
      const status = t(`state_${reason.status}`);
      return reason.note
        ? t('reason_manual', { status, note: reason.note })
        : t('reason_manualNoNote', { status });
    }
    case 'overdue_tasks':
      return t('reason_overdue_tasks', {
        count: reason.count,
        date: formatDate(reason.oldest_due_on, lang),
      });
    case 'end_date_passed':
      return t('reason_end_date_passed', { date: formatDate(reason.ends_on, lang) });
    case 'not_started':
      return reason.starts_on
        ? t('reason_not_started', { date: formatDate(reason.starts_on, lang) })
        : t('reason_not_started_undated');
    case 'completed':
      return t('reason_completed');
    case 'on_track':
      return reason.next_due_on
        ? t('reason_on_track', { date: formatDate(reason.next_due_on, lang) })
        : t('reason_on_track_undated');
  }
}

/** Every reason, joined: "3 tehtävää myöhässä …; päättymispäivä ohitettu 31.12.2025". */
export function reasonsText(reasons: readonly ScheduleReason[], lang: Language): string {
  return reasons.map((r) => reasonText(r, lang)).join('; ');
}

/** The reasons as one sentence, capitalised: "3 tehtävää myöhässä …" → "3 tehtävää …". */
export function reasonSentence(reasons: readonly ScheduleReason[], lang: Language): string {
  const text = reasonsText(reasons, lang);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
