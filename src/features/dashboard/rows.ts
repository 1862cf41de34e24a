import { isScheduleStatus, isStage, taskStates, type TaskState } from '@/lib/domain';
import type { Json } from '@/types/database';
import type {
  DashboardDeadline,
  DashboardDeadlinesRow,
  DashboardFunding,
  DashboardProject,
  Freshness,
  FundingAwaitingDecisionRow,
  ProjectOverviewDashboardColumns,
  ReviewChange,
  ReviewChangeKind,
  ReviewChangesRow,
  ScheduleReason,
  ScheduleState,
} from './types';

/*
 * View rows (every column nullable, jsonb untyped) to the dashboard's own types. Rows without
 * their key columns are dropped; unknown reason codes are skipped rather than guessed.
 */

export type OverviewDashboardRow = ProjectOverviewDashboardColumns & {
  id: string | null;
  slug: string | null;
  name: string | null;
  growth_area_id: string | null;
  stage: string | null;
  schedule_status_is_manual: boolean | null;
  starts_on: string | null;
  ends_on: string | null;
  published: boolean | null;
  last_activity_at: string | null;
};

export const overviewDashboardColumns =
  'id, slug, name, growth_area_id, stage, schedule_status_is_manual, starts_on, ends_on, published, last_activity_at, schedule_state, schedule_reasons, computed_schedule_state, computed_schedule_reasons, days_since_update, freshness, is_stale, ends_this_year, growth_area_name, growth_area_color, growth_area_sort_order, lead_person_id, lead_name';

export const deadlineColumns =
  'id, project_id, project_slug, project_name, growth_area_id, project_published, lead_person_id, lead_name, title, due_on, state, is_milestone, assignee_person_id, assignee_name, is_overdue, days_late';

export const fundingColumns =
  'id, project_id, project_slug, project_name, growth_area_id, project_published, lead_person_id, lead_name, instrument, amount, applied_on, follow_up_id, follow_up_name, note, days_waiting';

export const reviewColumns =
  'audit_id, kind, occurred_at, actor_id, actor_name, project_id, project_slug, project_name, growth_area_id, growth_area_name, task_id, task_title, old_value, new_value, note';

const scheduleStates: readonly string[] = ['on_schedule', 'late', 'not_pursued', 'not_started'];
const freshnessBands: readonly string[] = ['fresh', 'aging', 'old'];
const reviewKinds: readonly string[] = [
  'project_created',
  'project_published',
  'stage_changed',
  'schedule_status_changed',
  'task_added',
  'task_started',
  'task_completed',
  'task_rescheduled',
];

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

export function toDashboardProject(row: OverviewDashboardRow): DashboardProject | null {
  if (!row.id || !row.slug || !row.name || !isStage(row.stage)) return null;
  const state = row.schedule_state;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    growthAreaId: row.growth_area_id,
    growthAreaName: row.growth_area_name,
    growthAreaColor: row.growth_area_color,
    growthAreaSortOrder: row.growth_area_sort_order,
    leadPersonId: row.lead_person_id,
    leadName: row.lead_name,
    stage: row.stage,
    state: state && scheduleStates.includes(state) ? (state as ScheduleState) : 'on_schedule',
    manual: row.schedule_status_is_manual ?? false,
    reasons: parseReasons(row.schedule_reasons),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    published: row.published ?? false,
    lastActivityAt: row.last_activity_at,
    daysSinceUpdate: row.days_since_update,
    freshness:
      row.freshness && freshnessBands.includes(row.freshness) ? (row.freshness as Freshness) : null,
    stale: row.is_stale ?? false,
    endsThisYear: row.ends_this_year ?? false,
  };
}

function isTaskState(value: unknown): value is TaskState {
  return typeof value === 'string' && (taskStates as readonly string[]).includes(value);
}

export function toDashboardDeadline(row: DashboardDeadlinesRow): DashboardDeadline | null {
  if (!row.id || !row.project_slug || !row.project_name || !row.title || !row.due_on) return null;
  return {
    id: row.id,
    projectSlug: row.project_slug,
    projectName: row.project_name,
    growthAreaId: row.growth_area_id,
    leadPersonId: row.lead_person_id,
    leadName: row.lead_name,
    title: row.title,
    dueOn: row.due_on,
    state: isTaskState(row.state) ? row.state : 'not_started',
    milestone: row.is_milestone ?? false,
    assigneeName: row.assignee_name,
    overdue: row.is_overdue ?? false,
    daysLate: row.days_late ?? 0,
  };
}

export function toDashboardFunding(row: FundingAwaitingDecisionRow): DashboardFunding | null {
  if (!row.id || !row.project_slug || !row.project_name || !row.instrument) return null;
  return {
    id: row.id,
    projectSlug: row.project_slug,
    projectName: row.project_name,
    growthAreaId: row.growth_area_id,
    leadPersonId: row.lead_person_id,
    leadName: row.lead_name,
    instrument: row.instrument,
    amount: row.amount,
    appliedOn: row.applied_on,
    followUpName: row.follow_up_name,
    daysWaiting: row.days_waiting,
  };
}

export function toReviewChange(row: ReviewChangesRow): ReviewChange | null {
  if (row.audit_id === null || !row.kind || !row.occurred_at || !reviewKinds.includes(row.kind))
    return null;
  return {
    auditId: row.audit_id,
    kind: row.kind as ReviewChangeKind,
    occurredAt: row.occurred_at,
    actorName: row.actor_name,
    projectId: row.project_id,
    projectSlug: row.project_slug,
    projectName: row.project_name,
    growthAreaId: row.growth_area_id,
    growthAreaName: row.growth_area_name,
    taskTitle: row.task_title,
    oldValue: row.old_value,
    newValue: row.new_value,
    note: row.note,
  };
}

export function compact<T>(items: readonly (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}
