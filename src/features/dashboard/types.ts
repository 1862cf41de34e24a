import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database, Json } from '@/types/database';
import type { ScheduleStatus, Stage, TaskState } from '@/lib/domain';

/*
 * Row types of the dashboard's views, in the shape `supabase gen types typescript` emits for
 * views (every column nullable). Until src/types/database.ts is regenerated with them,
 * `DashboardDatabase` adds them to the generated type so queries stay typed.
 */

/** What the UI shows: the manual status if set, else the computed one (incl. not_started). */
export type ScheduleState = ScheduleStatus | 'not_started';
export type Freshness = 'fresh' | 'aging' | 'old';

import type { ScheduleReason } from '@/lib/schedule-reasons';

export type { ScheduleReason };

/** The columns the schedule_status migration appends to project_overview. */
export interface ProjectOverviewDashboardColumns {
  schedule_state: string | null;
  schedule_reasons: Json | null;
  computed_schedule_state: string | null;
  computed_schedule_reasons: Json | null;
  days_since_update: number | null;
  freshness: string | null;
  is_stale: boolean | null;
  ends_this_year: boolean | null;
  growth_area_name: string | null;
  growth_area_color: string | null;
  growth_area_sort_order: number | null;
  lead_person_id: string | null;
  lead_name: string | null;
}

export interface DashboardDeadlinesRow {
  id: string | null;
  project_id: string | null;
  project_slug: string | null;
  project_name: string | null;
  growth_area_id: string | null;
  project_published: boolean | null;
  lead_person_id: string | null;
  lead_name: string | null;
  title: string | null;
  due_on: string | null;
  state: TaskState | null;
  is_milestone: boolean | null;
  assignee_person_id: string | null;
  assignee_name: string | null;
  is_overdue: boolean | null;
  days_late: number | null;
}

export interface FundingAwaitingDecisionRow {
  id: string | null;
  project_id: string | null;
  project_slug: string | null;
  project_name: string | null;
  growth_area_id: string | null;
  project_published: boolean | null;
  lead_person_id: string | null;
  lead_name: string | null;
  instrument: string | null;
  amount: number | null;
  applied_on: string | null;
  follow_up_id: string | null;
  follow_up_name: string | null;
  note: string | null;
  days_waiting: number | null;
}

export interface DashboardSettingsRow {
  fresh_max_days: number | null;
  aging_max_days: number | null;
  stale_after_days: number | null;
  upcoming_days: number | null;
  updated_at: string | null;
  version: number | null;
}

export type ReviewChangeKind =
  | 'project_created'
  | 'project_published'
  | 'stage_changed'
  | 'schedule_status_changed'
  | 'task_added'
  | 'task_started'
  | 'task_completed'
  | 'task_rescheduled';

export interface ReviewChangesRow {
  audit_id: number | null;
  kind: string | null;
  occurred_at: string | null;
  actor_id: string | null;
  actor_name: string | null;
  project_id: string | null;
  project_slug: string | null;
  project_name: string | null;
  growth_area_id: string | null;
  growth_area_name: string | null;
  task_id: string | null;
  task_title: string | null;
  old_value: string | null;
  new_value: string | null;
  note: string | null;
}

type PublicSchema = Database['public'];
type OverviewView = PublicSchema['Views']['project_overview'];
type ReadOnlyView<Row> = { Row: Row; Relationships: [] };

/** Database plus the dashboard's views, until database.ts is regenerated. */
export type DashboardDatabase = Omit<Database, 'public'> & {
  public: Omit<PublicSchema, 'Views' | 'Functions'> & {
    Functions: Omit<PublicSchema['Functions'], 'dashboard_summary'> & {
      dashboard_summary: {
        Args: {
          p_growth_area_id?: string;
          p_lead_person_id?: string;
          p_other_projects?: boolean;
          p_list_limit?: number;
        };
        Returns: Json;
      };
    };
    Views: Omit<PublicSchema['Views'], 'project_overview'> & {
      project_overview: {
        Row: OverviewView['Row'] & ProjectOverviewDashboardColumns;
        Relationships: OverviewView['Relationships'];
      };
      dashboard_deadlines: ReadOnlyView<DashboardDeadlinesRow>;
      funding_awaiting_decision: ReadOnlyView<FundingAwaitingDecisionRow>;
      review_changes: ReadOnlyView<ReviewChangesRow>;
      dashboard_settings: {
        Row: DashboardSettingsRow;
        Update: {
          fresh_max_days?: number;
          aging_max_days?: number;
          stale_after_days?: number;
          upcoming_days?: number;
        };
        Relationships: [];
      };
    };
  };
};

export type DashboardClient = SupabaseClient<DashboardDatabase>;

// ---------------------------------------------------------------------------------------------
// What the dashboard works with once rows are checked.

export interface DashboardProject {
  id: string;
  slug: string;
  name: string;
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
  growthAreaId: string | null;
  leadPersonId: string | null;
  leadName: string | null;
  title: string;
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
  growthAreaId: string | null;
  leadPersonId: string | null;
  leadName: string | null;
  instrument: string;
  amount: number | null;
  appliedOn: string | null;
  followUpName: string | null;
  daysWaiting: number | null;
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
