import { isStage, stages, taskStates, type TaskState } from '@/lib/domain';
import { parseReasons } from '@/lib/schedule-reasons';
import type { Json } from '@/types/database';

export { parseReasons };

export {
  deadlineColumns,
  fundingColumns,
  overviewDashboardColumns,
  reviewColumns,
  statusDueColumns,
} from './columns';
import {
  scheduleStates,
  type AreaFigures,
  type DashboardSummary,
  type FilterOptions,
  type Headline,
} from './summary';
import type {
  DashboardDeadline,
  DashboardDeadlinesRow,
  DashboardFunding,
  DashboardProject,
  Freshness,
  FundingAwaitingDecisionRow,
  OverviewDashboardRow,
  ReviewChange,
  ReviewChangeKind,
  ReviewChangesRow,
  ScheduleState,
  DashboardStatusDue,
  StatusCadence,
  StatusUpdateDueRow,
} from './types';

/*
 * View rows (every column nullable, jsonb untyped) to the dashboard's own types. Rows without
 * their key columns are dropped; unknown reason codes are skipped rather than guessed.
 */

const isScheduleState = (v: string | null): v is ScheduleState =>
  (scheduleStates as readonly (string | null)[]).includes(v);
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
  'status_update_posted',
];
const cadences: readonly string[] = ['weekly', 'monthly', 'quarterly'];

function isRecord(value: Json | undefined): value is { [key: string]: Json | undefined } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: Json | undefined): string | null {
  return typeof value === 'string' ? value : null;
}

export function toDashboardProject(row: OverviewDashboardRow): DashboardProject | null {
  if (!row.id || !row.slug || !row.name || !isStage(row.stage)) return null;
  const state = row.schedule_state;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameSv: row.name_sv,
    nameEn: row.name_en,
    growthAreaId: row.growth_area_id,
    growthAreaName: row.growth_area_name,
    growthAreaColor: row.growth_area_color,
    growthAreaSortOrder: row.growth_area_sort_order,
    leadPersonId: row.lead_person_id,
    leadName: row.lead_name,
    stage: row.stage,
    state: isScheduleState(state) ? state : 'on_schedule',
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
    projectNameSv: row.project_name_sv,
    projectNameEn: row.project_name_en,
    growthAreaId: row.growth_area_id,
    leadPersonId: row.lead_person_id,
    leadName: row.lead_name,
    title: row.title,
    titleSv: row.title_sv,
    titleEn: row.title_en,
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
    projectNameSv: row.project_name_sv,
    projectNameEn: row.project_name_en,
    growthAreaId: row.growth_area_id,
    leadPersonId: row.lead_person_id,
    leadName: row.lead_name,
    instrument: row.instrument,
    amount: row.amount,
    appliedOn: row.applied_on,
    followUpName: row.follow_up_name,
    followUpNameSv: row.follow_up_name_sv,
    followUpNameEn: row.follow_up_name_en,
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

export function toStatusDue(row: StatusUpdateDueRow): DashboardStatusDue | null {
  if (!row.project_id || !row.project_slug || !row.project_name) return null;
  return {
    id: row.project_id,
    projectSlug: row.project_slug,
    projectName: row.project_name,
    projectNameSv: row.project_name_sv,
    projectNameEn: row.project_name_en,
    growthAreaId: row.growth_area_id,
    cadence:
      row.cadence && cadences.includes(row.cadence) ? (row.cadence as StatusCadence) : 'monthly',
    lastUpdateAt: row.last_update_at,
    dueOn: row.next_due_on,
  };
}

export function compact<T>(items: readonly (T | null)[]): T[] {
  return items.filter((item): item is T => item !== null);
}

// dashboard_summary() ---------------------------------------------------------------------------

type JsonRecord = { [key: string]: Json | undefined };

function record(value: Json | undefined): JsonRecord {
  return isRecord(value) ? value : {};
}

function num(value: Json | undefined): number | null {
  return typeof value === 'number' ? value : null;
}

function bool(value: Json | undefined): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function list(value: Json | undefined): JsonRecord[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function counts<K extends string>(value: Json | undefined, keys: readonly K[]): Record<K, number> {
  const rec = record(value);
  return Object.fromEntries(keys.map((k) => [k, num(rec[k]) ?? 0])) as Record<K, number>;
}

function overviewRow(r: JsonRecord): OverviewDashboardRow {
  const stage = str(r.stage);
  return {
    id: str(r.id),
    slug: str(r.slug),
    name: str(r.name),
    growth_area_id: str(r.growth_area_id),
    stage: isStage(stage) ? stage : null,
    schedule_status_is_manual: bool(r.schedule_status_is_manual),
    starts_on: str(r.starts_on),
    ends_on: str(r.ends_on),
    published: bool(r.published),
    last_activity_at: str(r.last_activity_at),
    schedule_state: str(r.schedule_state),
    schedule_reasons: r.schedule_reasons ?? null,
    computed_schedule_state: str(r.computed_schedule_state),
    computed_schedule_reasons: r.computed_schedule_reasons ?? null,
    days_since_update: num(r.days_since_update),
    freshness: str(r.freshness),
    is_stale: bool(r.is_stale),
    ends_this_year: bool(r.ends_this_year),
    growth_area_name: str(r.growth_area_name),
    growth_area_color: str(r.growth_area_color),
    growth_area_sort_order: num(r.growth_area_sort_order),
    lead_person_id: str(r.lead_person_id),
    lead_name: str(r.lead_name),
    name_sv: str(r.name_sv),
    name_en: str(r.name_en),
  };
}

function deadlineRow(r: JsonRecord): DashboardDeadlinesRow {
  const state = str(r.state);
  return {
    id: str(r.id),
    project_id: str(r.project_id),
    project_slug: str(r.project_slug),
    project_name: str(r.project_name),
    growth_area_id: str(r.growth_area_id),
    project_published: bool(r.project_published),
    lead_person_id: str(r.lead_person_id),
    lead_name: str(r.lead_name),
    title: str(r.title),
    due_on: str(r.due_on),
    state: isTaskState(state) ? state : null,
    is_milestone: bool(r.is_milestone),
    assignee_person_id: str(r.assignee_person_id),
    assignee_name: str(r.assignee_name),
    is_overdue: bool(r.is_overdue),
    days_late: num(r.days_late),
    project_name_sv: str(r.project_name_sv),
    project_name_en: str(r.project_name_en),
    title_sv: str(r.title_sv),
    title_en: str(r.title_en),
  };
}

function fundingRow(r: JsonRecord): FundingAwaitingDecisionRow {
  return {
    id: str(r.id),
    project_id: str(r.project_id),
    project_slug: str(r.project_slug),
    project_name: str(r.project_name),
    growth_area_id: str(r.growth_area_id),
    project_published: bool(r.project_published),
    lead_person_id: str(r.lead_person_id),
    lead_name: str(r.lead_name),
    instrument: str(r.instrument),
    amount: num(r.amount),
    applied_on: str(r.applied_on),
    follow_up_id: str(r.follow_up_id),
    follow_up_name: str(r.follow_up_name),
    note: str(r.note),
    days_waiting: num(r.days_waiting),
    project_name_sv: str(r.project_name_sv),
    project_name_en: str(r.project_name_en),
    follow_up_name_sv: str(r.follow_up_name_sv),
    follow_up_name_en: str(r.follow_up_name_en),
  };
}

/** Checks what public.dashboard_summary() returned. */
export function parseSummary(value: Json | null): DashboardSummary {
  const root = record(value ?? undefined);
  const h = record(root.headline);
  const headline: Headline = {
    projects: num(h.projects) ?? 0,
    stages: counts(h.stages, stages),
    states: counts(h.states, scheduleStates),
    overdueTasks: num(h.overdue_tasks) ?? 0,
    upcomingTasks: num(h.upcoming_tasks) ?? 0,
    staleProjects: num(h.stale_projects) ?? 0,
    endingThisYear: num(h.ending_this_year) ?? 0,
    fundingAwaiting: num(h.funding_awaiting) ?? 0,
  };
  const areas: AreaFigures[] = list(root.areas).map((a) => ({
    id: str(a.id),
    name: str(a.name),
    color: str(a.color),
    total: num(a.total) ?? 0,
    stages: counts(a.stages, stages),
    states: counts(a.states, scheduleStates),
  }));
  const o = record(root.filter_options);
  const named = (items: JsonRecord[]) =>
    items.flatMap((i) => {
      const id = str(i.id);
      const name = str(i.name);
      return id && name ? [{ id, name }] : [];
    });
  const options: FilterOptions = {
    areas: named(list(o.areas)),
    hasOther: bool(o.has_other) ?? false,
    leads: named(list(o.leads)),
  };
  return {
    today: str(root.today),
    headline,
    options,
    areas,
    late: compact(list(root.late).map((r) => toDashboardProject(overviewRow(r)))),
    overdue: compact(list(root.overdue).map((r) => toDashboardDeadline(deadlineRow(r)))),
    upcoming: compact(list(root.upcoming).map((r) => toDashboardDeadline(deadlineRow(r)))),
    stale: compact(list(root.stale).map((r) => toDashboardProject(overviewRow(r)))),
    endingThisYear: compact(
      list(root.ending_this_year).map((r) => toDashboardProject(overviewRow(r))),
    ),
    funding: compact(list(root.funding).map((r) => toDashboardFunding(fundingRow(r)))),
  };
}
