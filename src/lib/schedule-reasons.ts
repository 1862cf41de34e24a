import { isScheduleStatus, type ScheduleStatus } from './domain';
import type { Json } from '@/types/database';

/*
 * Why a project has its schedule status, as project_overview.schedule_reasons returns it — the
 * one definition of the rule lives in SQL (the schedule_status migration); the UI only words it.
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
