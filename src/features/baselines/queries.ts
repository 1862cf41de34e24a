import { queryOptions } from '@tanstack/react-query';
import { readAll } from '@/lib/read-all';
import { supabase } from '@/lib/supabase';
import type { Stage, TaskState } from '@/lib/domain';

export interface Programme {
  id: string;
  slug: string;
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface Baseline {
  id: string;
  programmeId: string;
  name: string;
  takenAt: string;
  projectCount: number;
  taskCount: number;
}

export type BaselineChangeKind =
  | 'project_added'
  | 'project_removed'
  | 'stage_changed'
  | 'schedule_changed'
  | 'start_moved'
  | 'end_moved'
  | 'deadline_moved'
  | 'task_added';

const changeKinds: readonly BaselineChangeKind[] = [
  'project_added',
  'project_removed',
  'stage_changed',
  'schedule_changed',
  'start_moved',
  'end_moved',
  'deadline_moved',
  'task_added',
];

/** One row of public.baseline_changes(): what moved since the baseline, and by how many days. */
export interface BaselineChange {
  kind: BaselineChangeKind;
  projectId: string;
  projectSlug: string | null;
  projectName: string | null;
  growthAreaId: string | null;
  growthAreaName: string | null;
  taskId: string | null;
  taskTitle: string | null;
  oldValue: string | null;
  newValue: string | null;
  /** New date minus old date: positive = later. */
  slipDays: number | null;
}

/** A baseline's recorded plan, by live project and task id, for the timeline overlay. */
export interface BaselineSnapshot {
  projects: ReadonlyMap<
    string,
    { startsOn: string | null; endsOn: string | null; stage: Stage; scheduleState: string }
  >;
  tasks: ReadonlyMap<string, { dueOn: string | null; state: TaskState }>;
}

/** The programme by slug, else the first one (as the timeline picks it). */
async function fetchProgramme(slug: string | null): Promise<Programme | null> {
  let query = supabase
    .from('programmes')
    .select('id, slug, name, starts_on, ends_on')
    .order('sort_order')
    .limit(1);
  if (slug) query = query.eq('slug', slug);
  const { data } = await query.throwOnError();
  const row = data?.[0];
  return row
    ? { id: row.id, slug: row.slug, name: row.name, startsOn: row.starts_on, endsOn: row.ends_on }
    : null;
}

async function fetchBaselines(programmeId: string): Promise<Baseline[]> {
  const { data } = await supabase
    .from('baselines')
    .select('id, programme_id, name, taken_at, project_count, task_count')
    .eq('programme_id', programmeId)
    .order('taken_at', { ascending: false })
    .order('name')
    .throwOnError();
  return (data ?? []).map((b) => ({
    id: b.id,
    programmeId: b.programme_id,
    name: b.name,
    takenAt: b.taken_at,
    projectCount: b.project_count,
    taskCount: b.task_count,
  }));
}

async function fetchSnapshot(baselineId: string): Promise<BaselineSnapshot> {
  const [projects, tasks] = await Promise.all([
    readAll((from, to) =>
      supabase
        .from('baseline_projects')
        .select('project_id, starts_on, ends_on, stage, schedule_state')
        .eq('baseline_id', baselineId)
        .order('project_id')
        .range(from, to)
        .throwOnError(),
    ),
    readAll((from, to) =>
      supabase
        .from('baseline_tasks')
        .select('task_id, due_on, state')
        .eq('baseline_id', baselineId)
        .order('task_id')
        .range(from, to)
        .throwOnError(),
    ),
  ]);
  return {
    projects: new Map(
      projects.map((p) => [
        p.project_id,
        {
          startsOn: p.starts_on,
          endsOn: p.ends_on,
          stage: p.stage,
          scheduleState: p.schedule_state,
        },
      ]),
    ),
    tasks: new Map(tasks.map((t) => [t.task_id, { dueOn: t.due_on, state: t.state }])),
  };
}

function isKind(value: unknown): value is BaselineChangeKind {
  return typeof value === 'string' && (changeKinds as readonly string[]).includes(value);
}

/** Rows of baseline_changes() or report_changes() (the same columns) as BaselineChanges. */
export function parseChanges(
  rows: readonly {
    kind: string;
    project_id: string | null;
    project_slug: string | null;
    project_name: string | null;
    growth_area_id: string | null;
    growth_area_name: string | null;
    task_id: string | null;
    task_title: string | null;
    old_value: string | null;
    new_value: string | null;
    slip_days: number | null;
  }[],
): BaselineChange[] {
  const out: BaselineChange[] = [];
  for (const r of rows) {
    if (!isKind(r.kind) || !r.project_id) continue;
    out.push({
      kind: r.kind,
      projectId: r.project_id,
      projectSlug: r.project_slug,
      projectName: r.project_name,
      growthAreaId: r.growth_area_id,
      growthAreaName: r.growth_area_name,
      taskId: r.task_id,
      taskTitle: r.task_title,
      oldValue: r.old_value,
      newValue: r.new_value,
      slipDays: r.slip_days,
    });
  }
  return out;
}

async function fetchChanges(baselineId: string): Promise<BaselineChange[]> {
  const rows = await readAll((from, to) =>
    supabase.rpc('baseline_changes', { p_baseline_id: baselineId }).range(from, to).throwOnError(),
  );
  return parseChanges(rows);
}

export const baselineQueries = {
  all: () => ['baselines'] as const,
  programme: (slug: string | null) =>
    queryOptions({
      queryKey: [...baselineQueries.all(), 'programme', slug] as const,
      queryFn: () => fetchProgramme(slug),
      staleTime: 5 * 60_000,
    }),
  /** A programme's baselines, newest first (viewers, directors and admins; others get none). */
  list: (programmeId: string) =>
    queryOptions({
      queryKey: [...baselineQueries.all(), 'list', programmeId] as const,
      queryFn: () => fetchBaselines(programmeId),
    }),
  /** The recorded plan; a baseline never changes, so it is read once. */
  snapshot: (baselineId: string) =>
    queryOptions({
      queryKey: [...baselineQueries.all(), 'snapshot', baselineId] as const,
      queryFn: () => fetchSnapshot(baselineId),
      staleTime: Infinity,
    }),
  /** What moved since the baseline: changes whenever a project or task does (key under 'projects'). */
  changes: (baselineId: string) =>
    queryOptions({
      queryKey: ['projects', 'baseline-changes', baselineId] as const,
      queryFn: () => fetchChanges(baselineId),
    }),
};
