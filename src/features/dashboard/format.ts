import { formatDate, formatDateTime } from '@/lib/dates';
import { isScheduleStatus, isStage } from '@/lib/domain';
import type { Language } from '@/lib/language';
import type { DashboardT } from './strings';
import type { ReviewChange, ScheduleReason } from './types';

/** One reason as a sentence fragment: "3 tehtävää myöhässä (vanhin määräaika 10.11.2026)". */
export function reasonText(reason: ScheduleReason, t: DashboardT, lang: Language): string {
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

export function reasonsText(
  reasons: readonly ScheduleReason[],
  t: DashboardT,
  lang: Language,
): string {
  return reasons.map((r) => reasonText(r, t, lang)).join('; ');
}

/** The reasons as one sentence, capitalised: "3 tehtävää myöhässä …" → "3 tehtävää …". */
export function reasonSentence(
  reasons: readonly ScheduleReason[],
  t: DashboardT,
  lang: Language,
): string {
  const text = reasonsText(reasons, t, lang);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

export function dateOrDash(value: string | null, t: DashboardT, lang: Language): string {
  return value ? formatDate(value, lang) : t('unknown');
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function valueText(value: string | null, t: DashboardT, lang: Language): string {
  if (value === null) return t('statusComputed');
  if (isStage(value)) return t(`stage_${value}`);
  if (isScheduleStatus(value)) return t(`state_${value}`);
  if (isoDate.test(value)) return formatDate(value, lang);
  return value;
}

/** What happened, e.g. "Määräaika siirretty: 30.11.2026 → 18.12.2026". */
export function changeText(change: ReviewChange, t: DashboardT, lang: Language): string {
  const from = valueText(change.oldValue, t, lang);
  const to = valueText(change.newValue, t, lang);
  switch (change.kind) {
    case 'task_added':
      return change.newValue ? t('change_task_added', { to }) : t('change_task_added_undated');
    case 'stage_changed':
    case 'schedule_status_changed':
    case 'task_rescheduled':
    case 'task_completed':
      return t(`change_${change.kind}`, { from, to });
    default:
      return t(`change_${change.kind}`);
  }
}

export function changeWhen(change: ReviewChange, lang: Language): string {
  return formatDateTime(change.occurredAt, lang);
}
