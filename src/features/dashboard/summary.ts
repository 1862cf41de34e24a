import type { Stage } from '@/lib/domain';
import type {
  DashboardData,
  DashboardDeadline,
  DashboardFunding,
  DashboardProject,
  ReviewChange,
  ScheduleState,
} from './types';

/*
 * Counting only: what "late", "stale" or "ending this year" means is decided by the database
 * (project_overview and the dashboard views); this module filters and tallies their rows.
 */

export const scheduleStates: readonly ScheduleState[] = [
  'on_schedule',
  'late',
  'not_pursued',
  'not_started',
];

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

interface Filterable {
  growthAreaId: string | null;
  leadPersonId: string | null;
}

export function matches(item: Filterable, filters: DashboardFilters): boolean {
  if (filters.area) {
    const area = item.growthAreaId ?? OTHER_AREA;
    if (area !== filters.area) return false;
  }
  if (filters.lead && item.leadPersonId !== filters.lead) return false;
  return true;
}

export function filterData(data: DashboardData, filters: DashboardFilters): DashboardData {
  return {
    projects: data.projects.filter((p) => matches(p, filters)),
    deadlines: data.deadlines.filter((d) => matches(d, filters)),
    funding: data.funding.filter((f) => matches(f, filters)),
  };
}

export type StageCounts = Record<Stage, number>;
export type StateCounts = Record<ScheduleState, number>;

function emptyStages(): StageCounts {
  return { not_started: 0, planning: 0, implementation: 0, completed: 0 };
}

function emptyStates(): StateCounts {
  return { on_schedule: 0, late: 0, not_pursued: 0, not_started: 0 };
}

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

export interface DashboardSummary {
  headline: Headline;
  areas: AreaFigures[];
  overdue: DashboardDeadline[];
  upcoming: DashboardDeadline[];
  stale: DashboardProject[];
  endingThisYear: DashboardProject[];
  funding: DashboardFunding[];
}

const byName = (a: { name: string | null }, b: { name: string | null }) =>
  (a.name ?? '').localeCompare(b.name ?? '', 'fi');

/** Headline figures, per growth area figures (other projects last) and the five lists. */
export function summarise(data: DashboardData): DashboardSummary {
  const headline: Headline = {
    projects: data.projects.length,
    stages: emptyStages(),
    states: emptyStates(),
    overdueTasks: 0,
    upcomingTasks: 0,
    staleProjects: 0,
    endingThisYear: 0,
    fundingAwaiting: data.funding.length,
  };
  const areas = new Map<string | null, AreaFigures & { order: number }>();
  for (const p of data.projects) {
    headline.stages[p.stage] += 1;
    headline.states[p.state] += 1;
    if (p.stale) headline.staleProjects += 1;
    if (p.endsThisYear) headline.endingThisYear += 1;
    let area = areas.get(p.growthAreaId);
    if (!area) {
      area = {
        id: p.growthAreaId,
        name: p.growthAreaName,
        color: p.growthAreaColor,
        order: p.growthAreaId === null ? Number.MAX_SAFE_INTEGER : (p.growthAreaSortOrder ?? 0),
        total: 0,
        stages: emptyStages(),
        states: emptyStates(),
      };
      areas.set(p.growthAreaId, area);
    }
    area.total += 1;
    area.stages[p.stage] += 1;
    area.states[p.state] += 1;
  }
  const overdue = data.deadlines
    .filter((d) => d.overdue)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'fi'));
  const upcoming = data.deadlines
    .filter((d) => !d.overdue)
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'fi'));
  headline.overdueTasks = overdue.length;
  headline.upcomingTasks = upcoming.length;
  return {
    headline,
    areas: [...areas.values()]
      .sort((a, b) => a.order - b.order || byName(a, b))
      .map(({ order: _order, ...rest }) => rest),
    overdue,
    upcoming,
    stale: data.projects
      .filter((p) => p.stale)
      .sort((a, b) => (b.daysSinceUpdate ?? 0) - (a.daysSinceUpdate ?? 0)),
    endingThisYear: data.projects
      .filter((p) => p.endsThisYear)
      .sort((a, b) => (a.endsOn ?? '').localeCompare(b.endsOn ?? '') || byName(a, b)),
    funding: [...data.funding].sort(
      (a, b) =>
        (a.appliedOn ?? '9999').localeCompare(b.appliedOn ?? '9999') ||
        a.projectName.localeCompare(b.projectName, 'fi'),
    ),
  };
}

/** The growth areas and leads that occur in the data, for the filter menus. */
export function filterOptions(projects: readonly DashboardProject[]) {
  const areas = new Map<string, { id: string; name: string; order: number }>();
  const leads = new Map<string, { id: string; name: string }>();
  let hasOther = false;
  for (const p of projects) {
    if (p.growthAreaId && p.growthAreaName)
      areas.set(p.growthAreaId, {
        id: p.growthAreaId,
        name: p.growthAreaName,
        order: p.growthAreaSortOrder ?? 0,
      });
    else if (!p.growthAreaId) hasOther = true;
    if (p.leadPersonId && p.leadName)
      leads.set(p.leadPersonId, { id: p.leadPersonId, name: p.leadName });
  }
  return {
    areas: [...areas.values()].sort((a, b) => a.order - b.order || byName(a, b)),
    hasOther,
    leads: [...leads.values()].sort(byName),
  };
}

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
