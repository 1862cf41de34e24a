import { scheduleStatuses, type Stage } from '@/lib/domain';
import type {
  DashboardDeadline,
  DashboardFunding,
  DashboardProject,
  ReviewChange,
  ScheduleState,
} from './types';

/*
 * The dashboard's shapes and URL filters. The counting itself happens in the database
 * (public.dashboard_summary), so the numbers follow row-level security and one definition.
 */

/** The database's schedule statuses, then not started (what the UI shows before any). */
export const scheduleStates: readonly ScheduleState[] = [...scheduleStatuses, 'not_started'];

/** The dashboard's filters, kept in the URL (?area=<growth area id|other>&lead=<person id>). */
export interface DashboardFilters {
  area: string | null;
  lead: string | null;
}

export const OTHER_AREA = 'other';

export function parseDashboardFilters(params: URLSearchParams): DashboardFilters {
  return { area: params.get('area') || null, lead: params.get('lead') || null };
}

export function writeDashboardFilters(
  params: URLSearchParams,
  filters: DashboardFilters,
): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of [
    ['area', filters.area],
    ['lead', filters.lead],
  ] as const) {
    if (value) next.set(key, value);
    else next.delete(key);
  }
  return next;
}

export type StageCounts = Record<Stage, number>;
export type StateCounts = Record<ScheduleState, number>;

export interface AreaFigures {
  /** Growth area id, or null for the "other projects" portfolio. */
  id: string | null;
  name: string | null;
  color: string | null;
  total: number;
  stages: StageCounts;
  states: StateCounts;
}

export interface Headline {
  projects: number;
  stages: StageCounts;
  states: StateCounts;
  overdueTasks: number;
  upcomingTasks: number;
  staleProjects: number;
  endingThisYear: number;
  fundingAwaiting: number;
}

export interface FilterOptions {
  areas: { id: string; name: string }[];
  hasOther: boolean;
  leads: { id: string; name: string }[];
}

/** What dashboard_summary() returns, checked. Lists are cut; headline has the full counts. */
export interface DashboardSummary {
  today: string | null;
  headline: Headline;
  options: FilterOptions;
  areas: AreaFigures[];
  /** Late projects with their reasons (schedule_state = 'late'), most overdue work first. */
  late: DashboardProject[];
  overdue: DashboardDeadline[];
  upcoming: DashboardDeadline[];
  stale: DashboardProject[];
  endingThisYear: DashboardProject[];
  funding: DashboardFunding[];
}

const byName = (a: { name: string | null }, b: { name: string | null }) =>
  (a.name ?? '').localeCompare(b.name ?? '', 'fi');

export interface ReviewGroup {
  growthAreaId: string | null;
  growthAreaName: string | null;
  projects: {
    projectId: string | null;
    projectSlug: string | null;
    projectName: string | null;
    changes: ReviewChange[];
  }[];
}

/** Review changes per growth area (other projects last) and project, newest first within. */
export function groupReviewChanges(changes: readonly ReviewChange[]): ReviewGroup[] {
  const groups = new Map<string | null, ReviewGroup>();
  const sorted = [...changes].sort(
    (a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.auditId - a.auditId,
  );
  for (const c of sorted) {
    let group = groups.get(c.growthAreaId);
    if (!group) {
      group = { growthAreaId: c.growthAreaId, growthAreaName: c.growthAreaName, projects: [] };
      groups.set(c.growthAreaId, group);
    }
    let project = group.projects.find((p) => p.projectId === c.projectId);
    if (!project) {
      project = {
        projectId: c.projectId,
        projectSlug: c.projectSlug,
        projectName: c.projectName,
        changes: [],
      };
      group.projects.push(project);
    }
    project.changes.push(c);
  }
  return [...groups.values()]
    .map((g) => ({
      ...g,
      projects: [...g.projects].sort((a, b) =>
        byName({ name: a.projectName }, { name: b.projectName }),
      ),
    }))
    .sort((a, b) => {
      if (a.growthAreaId === null) return 1;
      if (b.growthAreaId === null) return -1;
      return byName({ name: a.growthAreaName }, { name: b.growthAreaName });
    });
}

/** The RPC's filter arguments for the URL filters. */
export function summaryArgs(filters: DashboardFilters) {
  return {
    p_growth_area_id: filters.area && filters.area !== OTHER_AREA ? filters.area : undefined,
    p_other_projects: filters.area === OTHER_AREA ? true : undefined,
    p_lead_person_id: filters.lead ?? undefined,
  };
}
