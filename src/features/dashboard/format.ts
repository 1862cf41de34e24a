import { formatDate } from '@/lib/dates';
import { isScheduleStatus, isStage } from '@/lib/domain';
import type { Language } from '@/lib/language';
import type { DashboardT } from './strings';
import type { ReviewChange } from './types';

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
    case 'status_update_posted':
      // new_value: the proposed schedule status, if the lead proposed one.
      return isScheduleStatus(change.newValue)
        ? t('change_status_update_posted_proposed', { to })
        : t('change_status_update_posted');
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

/** Longest note shown in a list of changes; a status update's text can run to 4,000 characters. */
const noteLength = 300;

/** A change's note as a list shows it: whole when short, else cut at a word with "…". */
export function noteText(note: string): string {
  if (note.length <= noteLength) return note;
  const cut = note.slice(0, noteLength);
  const space = cut.lastIndexOf(' ');
  return `${(space > noteLength / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
