import type { ScheduleStatus, Stage, TaskState } from '@/lib/domain';
import type { Views } from '@/lib/supabase';

/** What the UI shows: the manual status if set, else the computed one (incl. not_started). */
export type ScheduleState = ScheduleStatus | 'not_started';
export type Freshness = 'fresh' | 'aging' | 'old';

import type { ScheduleReason } from '@/lib/schedule-reasons';

export type { ScheduleReason };

/** The columns the dashboard reads (./columns), typed as generated: every column nullable. */
export type OverviewDashboardRow = Pick<
  Views<'project_overview'>,
  | 'id'
  | 'slug'
  | 'name'
  | 'growth_area_id'
  | 'stage'
  | 'schedule_status_is_manual'
  | 'starts_on'
  | 'ends_on'
  | 'published'
  | 'last_activity_at'
  | 'schedule_state'
  | 'schedule_reasons'
  | 'computed_schedule_state'
  | 'computed_schedule_reasons'
  | 'days_since_update'
  | 'freshness'
  | 'is_stale'
  | 'ends_this_year'
  | 'growth_area_name'
  | 'growth_area_color'
  | 'growth_area_sort_order'
  | 'lead_person_id'
  | 'lead_name'
  | 'name_sv'
  | 'name_en'
>;
export type DashboardDeadlinesRow = Pick<
  Views<'dashboard_deadlines'>,
  | 'id'
  | 'project_id'
  | 'project_slug'
  | 'project_name'
  | 'growth_area_id'
  | 'project_published'
  | 'lead_person_id'
  | 'lead_name'
  | 'title'
  | 'due_on'
  | 'state'
  | 'is_milestone'
  | 'assignee_person_id'
  | 'assignee_name'
  | 'is_overdue'
  | 'days_late'
  | 'project_name_sv'
  | 'project_name_en'
  | 'title_sv'
  | 'title_en'
>;
export type FundingAwaitingDecisionRow = Pick<
  Views<'funding_awaiting_decision'>,
  | 'id'
  | 'project_id'
  | 'project_slug'
  | 'project_name'
  | 'growth_area_id'
  | 'project_published'
  | 'lead_person_id'
  | 'lead_name'
  | 'instrument'
  | 'amount'
  | 'applied_on'
  | 'follow_up_id'
  | 'follow_up_name'
  | 'note'
  | 'days_waiting'
  | 'project_name_sv'
  | 'project_name_en'
  | 'follow_up_name_sv'
  | 'follow_up_name_en'
>;
export type ReviewChangesRow = Pick<
  Views<'review_changes'>,
  | 'audit_id'
  | 'kind'
  | 'occurred_at'
  | 'actor_id'
  | 'actor_name'
  | 'project_id'
  | 'project_slug'
  | 'project_name'
  | 'growth_area_id'
  | 'growth_area_name'
  | 'task_id'
  | 'task_title'
  | 'old_value'
  | 'new_value'
  | 'note'
>;

export type ReviewChangeKind =
  | 'project_created'
  | 'project_published'
  | 'stage_changed'
  | 'schedule_status_changed'
  | 'task_added'
  | 'task_started'
  | 'task_completed'
  | 'task_rescheduled'
  | 'status_update_posted';

export type StatusUpdateDueRow = Pick<
  Views<'status_update_due'>,
  | 'project_id'
  | 'project_slug'
  | 'project_name'
  | 'growth_area_id'
  | 'cadence'
  | 'last_update_at'
  | 'since_on'
  | 'next_due_on'
  | 'is_due'
  | 'project_name_sv'
  | 'project_name_en'
>;

export type StatusCadence = 'weekly' | 'monthly' | 'quarterly';

// ---------------------------------------------------------------------------------------------
// What the dashboard works with once rows are checked.

export interface DashboardProject {
  id: string;
  slug: string;
  name: string;
  /** The name in Swedish and English (null: not translated; the Finnish name stands in). */
  nameSv?: string | null;
  nameEn?: string | null;
  growthAreaId: string | null;
  growthAreaName: string | null;
  growthAreaColor: string | null;
  growthAreaSortOrder: number | null;
  leadPersonId: string | null;
  leadName: string | null;
  stage: Stage;
  state: ScheduleState;
  manual: boolean;
  reasons: ScheduleReason[];
  startsOn: string | null;
  endsOn: string | null;
  published: boolean;
  lastActivityAt: string | null;
  daysSinceUpdate: number | null;
  freshness: Freshness | null;
  stale: boolean;
  endsThisYear: boolean;
}

export interface DashboardDeadline {
  id: string;
  projectSlug: string;
  projectName: string;
  /** The project's name in Swedish and English (null: not translated). */
  projectNameSv?: string | null;
  projectNameEn?: string | null;
  growthAreaId: string | null;
  leadPersonId: string | null;
  leadName: string | null;
  title: string;
  titleSv?: string | null;
  titleEn?: string | null;
  dueOn: string;
  state: TaskState;
  milestone: boolean;
  assigneeName: string | null;
  overdue: boolean;
  /** Positive: days late; 0: due today; negative: days left. */
  daysLate: number;
}

export interface DashboardFunding {
  id: string;
  projectSlug: string;
  projectName: string;
  /** The project's name in Swedish and English (null: not translated). */
  projectNameSv?: string | null;
  projectNameEn?: string | null;
  growthAreaId: string | null;
  leadPersonId: string | null;
  leadName: string | null;
  instrument: string;
  amount: number | null;
  appliedOn: string | null;
  followUpName: string | null;
  /** The follow-up's name in Swedish and English (null: not translated). */
  followUpNameSv?: string | null;
  followUpNameEn?: string | null;
  daysWaiting: number | null;
}

/** A project whose last status update (or its start) is older than its programme's cadence. */
export interface DashboardStatusDue {
  id: string;
  projectSlug: string;
  projectName: string;
  /** The project's name in Swedish and English (null: not translated). */
  projectNameSv?: string | null;
  projectNameEn?: string | null;
  growthAreaId: string | null;
  cadence: StatusCadence;
  /** When the last update was posted; null when there is none yet. */
  lastUpdateAt: string | null;
  /** The day the next update was due. */
  dueOn: string | null;
}

export interface ReviewChange {
  auditId: number;
  kind: ReviewChangeKind;
  occurredAt: string;
  actorName: string | null;
  projectId: string | null;
  projectSlug: string | null;
  projectName: string | null;
  growthAreaId: string | null;
  growthAreaName: string | null;
  taskTitle: string | null;
  oldValue: string | null;
  newValue: string | null;
  note: string | null;
}
