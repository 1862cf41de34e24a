/**
 * Plain data the timeline draws. Field names follow the database rows (snake_case) so the
 * wiring layer can pass `select(...)` results through with at most a rename.
 * Dates are ISO calendar dates ('2025-12-31'), exactly as PostgREST returns `date` columns.
 */

export const STAGES = ['not_started', 'planning', 'implementation', 'completed'] as const;
export type Stage = (typeof STAGES)[number];

export const SCHEDULE_STATUSES = ['on_schedule', 'late', 'not_pursued'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

export const TASK_STATES = ['not_started', 'in_progress', 'done', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export interface TimelineGrowthArea {
  id: string;
  name: string;
  /** CSS colour of the growth area, used only as an accent next to its name. */
  color?: string | null;
  sort_order?: number | null;
  /** 'fi' when the name is the Finnish original standing in for a missing translation. */
  lang?: string;
  /** The name in every language, for the text filter (the name alone when absent). */
  search_text?: string;
}

export interface TimelineProject {
  id: string;
  slug: string;
  name: string;
  /** null: the project belongs to the "other projects" portfolio. */
  growth_area_id: string | null;
  starts_on: string | null;
  ends_on: string | null;
  stage: Stage;
  schedule_status: ScheduleStatus;
  /** Why the status is what it is (computed reason or the manual override's reason). */
  schedule_reason?: string | null;
  /** Person ids of the project's leads, for the lead filter. */
  lead_ids?: readonly string[];
  /** Optimistic-concurrency version, echoed back in reschedule callbacks. */
  version: number;
  /** Progress in percent (project_progress), drawn as the bar's filled part; null = unknown. */
  progress?: number | null;
  /** Public (published); embeds show only these. */
  published?: boolean;
  /** 'fi' when the name is the Finnish original standing in for a missing translation. */
  lang?: string;
  /** The name in every language, for the text filter (the name alone when absent). */
  search_text?: string;
}

export interface TimelineTask {
  id: string;
  project_id: string;
  title: string;
  due_on: string | null;
  state: TaskState;
  completed_on: string | null;
  is_milestone: boolean;
  version: number;
  /** 'fi' when the title is the Finnish original standing in for a missing translation. */
  lang?: string;
  /** The title in every language, for the text filter (the title alone when absent). */
  search_text?: string;
}

export interface TimelineData {
  growthAreas: readonly TimelineGrowthArea[];
  projects: readonly TimelineProject[];
  tasks: readonly TimelineTask[];
}

export interface TimelineFilters {
  growthAreaIds: readonly string[];
  stages: readonly Stage[];
  scheduleStatuses: readonly ScheduleStatus[];
  leadIds: readonly string[];
  text: string;
}

export const EMPTY_FILTERS: TimelineFilters = {
  growthAreaIds: [],
  stages: [],
  scheduleStatuses: [],
  leadIds: [],
  text: '',
};

/**
 * Which rows are open. `all: false` → `keys` are the open rows; `all: true` → every row is
 * open except `keys`. Keys are row keys (`area:<id>`, `project:<id>`).
 */
export interface ExpandState {
  all: boolean;
  keys: ReadonlySet<string>;
}

/** 'fit' fits the programme span (or the data) into the viewport width. */
export const ZOOMS = ['fit', 'years', 'quarters', 'months', 'weeks'] as const;
export type Zoom = (typeof ZOOMS)[number];

export interface TimelineViewState {
  filters: TimelineFilters;
  expand: ExpandState;
  zoom: Zoom;
}

/** Id of the pseudo growth area that holds projects without one. */
export const OTHER_AREA_ID = '__other__';

export type RescheduleChange =
  | {
      kind: 'project';
      id: string;
      version: number;
      starts_on: string;
      ends_on: string;
    }
  | { kind: 'task'; id: string; version: number; due_on: string };
