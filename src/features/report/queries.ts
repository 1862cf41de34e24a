import { queryOptions } from '@tanstack/react-query';
import { isStage, type Stage } from '@/lib/domain';
import { readAll } from '@/lib/read-all';
import { parseReasons, type ScheduleReason } from '@/lib/schedule-reasons';
import { supabase } from '@/lib/supabase';
import { parseChanges, type BaselineChange } from '@/features/baselines/public';

export type ReportState = 'on_schedule' | 'late' | 'not_pursued' | 'not_started';

export interface ReportProject {
  id: string;
  slug: string;
  name: string;
  growthAreaId: string | null;
  stage: Stage;
  state: ReportState;
  reasons: ScheduleReason[];
  startsOn: string | null;
  endsOn: string | null;
  overdueTasks: number;
}

export interface ReportArea {
  id: string | null;
  name: string | null;
  color: string | null;
}

export interface ReportUpdate {
  id: string;
  projectId: string;
  createdAt: string;
  happened: string;
  nextSteps: string | null;
  risks: string | null;
}

export interface ReportIndicator {
  id: string;
  name: string;
  unit: string | null;
  decimals: number;
  /** A programme-wide indicator (else it belongs to growthAreaId). */
  programmeWide: boolean;
  growthAreaId: string | null;
  latestValue: number | null;
  latestOn: string | null;
  goalValue: number | null;
  goalOn: string | null;
  status: 'on_track' | 'behind' | 'no_recent_value' | null;
}

export interface ReportData {
  /** The date the report is computed for. */
  date: string;
  programme: { id: string; slug: string; name: string; startsOn: string; endsOn: string } | null;
  /** Growth areas in their order, then "other projects" when there are any. */
  areas: ReportArea[];
  projects: ReportProject[];
  /** Newest first. */
  updates: ReportUpdate[];
  indicators: ReportIndicator[];
}

const states: readonly string[] = ['on_schedule', 'late', 'not_pursued', 'not_started'];
const isState = (v: unknown): v is ReportState => typeof v === 'string' && states.includes(v);

/** The first moment after `date` (local midnight), as an ISO timestamp: "written by that day". */
export function endOfDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + 1).toISOString();
}

/**
 * Everything the report shows on `date`, read as the signed-in user (row-level security applies):
 * the projects as public.report_plan gives them for that date (the plan then from the audit trail
 * for a past date, directors only; the plan now counted from a later date), the status updates
 * written by the end of that day, the indicators' status on that day (values measured by then).
 */
async function fetchReport(programmeSlug: string | null, date: string): Promise<ReportData> {
  let q = supabase
    .from('programmes')
    .select('id, slug, name, starts_on, ends_on')
    .order('sort_order')
    .limit(1);
  if (programmeSlug) q = q.eq('slug', programmeSlug);
  const row = (await q.throwOnError()).data?.[0];
  if (!row) return { date, programme: null, areas: [], projects: [], updates: [], indicators: [] };
  const programme = {
    id: row.id,
    slug: row.slug,
    name: row.name,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
  };

  const [areas, overview, updates, indicators, indicatorsOn] = await Promise.all([
    supabase
      .from('growth_areas')
      .select('id, name, color, sort_order')
      .eq('programme_id', programme.id)
      .order('sort_order')
      .order('name')
      .throwOnError(),
    readAll((from, to) =>
      supabase
        .rpc('report_plan', { p_programme_id: programme.id, p_on: date })
        .select(
          'id, slug, name, growth_area_id, stage, schedule_state, schedule_reasons, starts_on, ends_on, overdue_task_count',
        )
        .order('starts_on', { nullsFirst: false })
        .order('name')
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
    supabase
      .from('status_updates')
      .select(
        'id, project_id, created_at, happened, next_steps, risks, projects!inner(programme_id)',
      )
      .eq('projects.programme_id', programme.id)
      .lt('created_at', endOfDay(date))
      .order('created_at', { ascending: false })
      .limit(200)
      .throwOnError(),
    supabase
      .from('indicator_status')
      .select('id, name, unit, decimals, programme_id, scope_growth_area_id, sort_order')
      .order('sort_order')
      .order('name')
      .throwOnError(),
    supabase.rpc('indicator_status_at', { p_on: date }).throwOnError(),
  ]);
  const statusOn = new Map((indicatorsOn.data ?? []).map((i) => [i.indicator_id, i]));

  const areaList: ReportArea[] = (areas.data ?? []).map((a) => ({
    id: a.id,
    name: a.name,
    color: a.color,
  }));
  const areaIds = new Set(areaList.map((a) => a.id));
  const projects: ReportProject[] = [];
  for (const p of overview) {
    if (!p.id || !p.slug || !p.name || !isStage(p.stage) || !isState(p.schedule_state)) continue;
    projects.push({
      id: p.id,
      slug: p.slug,
      name: p.name,
      growthAreaId: p.growth_area_id && areaIds.has(p.growth_area_id) ? p.growth_area_id : null,
      stage: p.stage,
      state: p.schedule_state,
      reasons: parseReasons(p.schedule_reasons),
      startsOn: p.starts_on,
      endsOn: p.ends_on,
      overdueTasks: p.overdue_task_count ?? 0,
    });
  }
  if (projects.some((p) => p.growthAreaId === null)) {
    areaList.push({ id: null, name: null, color: null });
  }

  return {
    date,
    programme,
    areas: areaList,
    projects,
    updates: (updates.data ?? []).map((u) => ({
      id: u.id,
      projectId: u.project_id,
      createdAt: u.created_at,
      happened: u.happened,
      nextSteps: u.next_steps,
      risks: u.risks,
    })),
    indicators: (indicators.data ?? []).flatMap((i) =>
      i.id &&
      i.name &&
      (i.programme_id === programme.id ||
        (i.scope_growth_area_id !== null && areaIds.has(i.scope_growth_area_id)))
        ? [
            {
              id: i.id,
              name: i.name,
              unit: i.unit,
              decimals: i.decimals ?? 0,
              programmeWide: i.programme_id === programme.id,
              growthAreaId: i.scope_growth_area_id,
              latestValue: statusOn.get(i.id)?.latest_value ?? null,
              latestOn: statusOn.get(i.id)?.latest_on ?? null,
              goalValue: statusOn.get(i.id)?.goal_value ?? null,
              goalOn: statusOn.get(i.id)?.goal_on ?? null,
              status: statusOn.get(i.id)?.status ?? null,
            },
          ]
        : [],
    ),
  };
}

/** What the report compares with: a baseline, or the plan on an earlier date (the previous report). */
export type ReportComparison = { baselineId: string } | { since: string };

async function fetchChanges(
  programmeId: string,
  date: string,
  compare: ReportComparison,
): Promise<BaselineChange[]> {
  const rows = await readAll((from, to) =>
    supabase
      .rpc('report_changes', {
        p_programme_id: programmeId,
        p_on: date,
        ...('baselineId' in compare
          ? { p_baseline_id: compare.baselineId }
          : { p_since: compare.since }),
      })
      .range(from, to)
      .throwOnError(),
  );
  return parseChanges(rows);
}

export const reportQueries = {
  /** Under 'dashboard': every project and task write makes the report stale, as the dashboard. */
  programme: (slug: string | null, date: string) =>
    queryOptions({
      queryKey: ['dashboard', 'report', slug, date] as const,
      queryFn: () => fetchReport(slug, date),
    }),
  /** What changed by the report's date since a baseline or an earlier date (under 'projects'). */
  changes: (programmeId: string, date: string, compare: ReportComparison) =>
    queryOptions({
      queryKey: ['projects', 'report-changes', programmeId, date, compare] as const,
      queryFn: () => fetchChanges(programmeId, date, compare),
    }),
};
