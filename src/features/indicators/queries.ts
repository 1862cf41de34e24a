import { queryOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import { supabase } from '@/lib/supabase';
import type { Database } from '@/types/database';
import type { EditableIndicator } from './mutations';
import {
  attentionColumns,
  parseDrift,
  parsePage,
  statusColumns,
  toListItem,
  type IndicatorListItem,
  type IndicatorPageData,
  type ProgressData,
} from './model';

type Client = SupabaseClient<Database>;

/** The columns an indicator's edit starts from (the form's version-checked write returns them too). */
export const editableIndicatorColumns =
  'id, version, programme_id, growth_area_id, project_id, name, name_sv, name_en, description, description_sv, description_en, unit, direction, decimals, source, cadence, published, tolerance_percent, baseline_value, baseline_on, sort_order';

/** The projects feeding an indicator that the user can read, by id. */
export async function readContributing(client: Client, indicatorId: string): Promise<string[]> {
  const { data } = await client
    .from('indicator_projects')
    .select('project_id')
    .eq('indicator_id', indicatorId)
    .order('project_id')
    .throwOnError();
  return (data ?? []).map((r) => r.project_id);
}

/** indicator_page(id): the whole page in one request (null = missing or not readable). */
export async function fetchIndicatorPage(
  client: Client,
  id: string,
): Promise<IndicatorPageData | null> {
  const { data } = await client.rpc('indicator_page', { p_indicator_id: id }).throwOnError();
  return parsePage(data);
}

const compact = (rows: Parameters<typeof toListItem>[0][] | null) =>
  (rows ?? []).map(toListItem).filter((r): r is IndicatorListItem => r !== null);

const listQuery = () => supabase.from('indicator_status').select(statusColumns);

/** One request to indicator_status, narrowed by the caller, in the directors' order. */
async function fetchList(
  narrow: (q: ReturnType<typeof listQuery>) => ReturnType<typeof listQuery>,
): Promise<IndicatorListItem[]> {
  const { data } = await narrow(listQuery()).order('sort_order').order('name').throwOnError();
  return compact(data);
}

/** Per growth area: how many of its indicators (directly or through its projects) are in each state. */
export type AreaHealth = Map<
  string,
  { on_track: number; behind: number; no_recent_value: number; unknown: number }
>;

async function fetchHealth(): Promise<AreaHealth> {
  const { data } = await supabase
    .from('indicator_status')
    .select('scope_growth_area_id, status')
    .throwOnError();
  const health: AreaHealth = new Map();
  for (const row of data ?? []) {
    if (!row.scope_growth_area_id) continue;
    const counts = health.get(row.scope_growth_area_id) ?? {
      on_track: 0,
      behind: 0,
      no_recent_value: 0,
      unknown: 0,
    };
    counts[row.status ?? 'unknown'] += 1;
    health.set(row.scope_growth_area_id, counts);
  }
  return health;
}

/**
 * A project's progress and drift, by its slug (project_progress_by_slug): the project page asks
 * for it beside the project itself, without waiting to learn the project's id.
 */
export async function fetchProjectProgress(client: Client, slug: string) {
  const { data } = await client
    .rpc('project_progress_by_slug', { p_slug: slug })
    .select(
      'progress, progress_is_manual, progress_note, done_task_count, counted_task_count, drift_basis',
    )
    .maybeSingle()
    .throwOnError();
  if (!data) return null;
  return {
    progress: data.progress,
    manual: data.progress_is_manual ?? false,
    note: data.progress_note,
    done: data.done_task_count ?? 0,
    total: data.counted_task_count ?? 0,
    projects: null,
    drift: parseDrift(data.drift_basis),
  } satisfies ProgressData;
}

async function fetchAreaProgress(areaId: string): Promise<ProgressData | null> {
  const { data } = await supabase
    .from('growth_area_progress')
    .select('progress, projects_with_progress, drift_basis')
    .eq('id', areaId)
    .maybeSingle()
    .throwOnError();
  if (!data) return null;
  return {
    progress: data.progress,
    manual: false,
    note: null,
    done: 0,
    total: 0,
    projects: data.projects_with_progress ?? 0,
    drift: parseDrift(data.drift_basis),
  };
}

/** An indicator's columns as the edit form starts from them (null = missing or not readable). */
export async function fetchEditableIndicator(
  client: Client,
  id: string,
): Promise<EditableIndicator | null> {
  const { data } = await client
    .from('indicators')
    .select(editableIndicatorColumns)
    .eq('id', id)
    .maybeSingle()
    .throwOnError();
  return data;
}

export interface ScopeOption {
  id: string;
  name: string;
}

/** What an indicator can belong to: the programmes, growth areas and projects the user can read. */
export interface ScopeOptions {
  programmes: ScopeOption[];
  growthAreas: ScopeOption[];
  projects: ScopeOption[];
}

async function fetchScopes(): Promise<ScopeOptions> {
  const [programmes, growthAreas, projects] = await Promise.all([
    supabase.from('programmes').select('id, name').order('name').throwOnError(),
    supabase.from('growth_areas').select('id, name').order('sort_order').throwOnError(),
    supabase.from('projects').select('id, name').order('name').throwOnError(),
  ]);
  return {
    programmes: programmes.data ?? [],
    growthAreas: growthAreas.data ?? [],
    projects: projects.data ?? [],
  };
}

export const indicatorQueries = {
  all: () => ['indicators'] as const,
  page: (id: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'page', id] as const,
      queryFn: () => fetchIndicatorPage(supabase, id),
    }),
  /** The indicator form's starting point (directors). */
  editable: (id: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'editable', id] as const,
      queryFn: () => fetchEditableIndicator(supabase, id),
    }),
  /** The projects feeding an indicator (ids), for the directors' form. */
  contributing: (id: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'contributing', id] as const,
      queryFn: () => readContributing(supabase, id),
    }),
  /** The scopes the indicator form offers. */
  scopes: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'scopes'] as const,
      queryFn: fetchScopes,
    }),
  /** A growth area's indicators: its own and its projects'. */
  forArea: (areaId: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'list', 'area', areaId] as const,
      queryFn: () => fetchList((q) => q.eq('scope_growth_area_id', areaId)),
    }),
  /**
   * A project's indicators, its own and those it contributes to, by the project's slug
   * (project_indicator_status_by_slug): the project page asks beside the project itself.
   */
  forProject: (slug: string) =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'list', 'project', slug] as const,
      queryFn: async () => {
        const { data } = await supabase
          .rpc('project_indicator_status_by_slug', { p_slug: slug })
          .select(statusColumns)
          .order('sort_order')
          .order('name')
          .throwOnError();
        return compact(data);
      },
    }),
  /** Indicator health per growth area, for the portfolio (one request). */
  health: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'health'] as const,
      queryFn: fetchHealth,
      staleTime: 60_000,
    }),
  /**
   * The dashboard's lists: behind and without a recent value, with reasons and the leads whose
   * projects feed each (one request; the dashboard's filters narrow it in the browser).
   */
  attention: () =>
    queryOptions({
      queryKey: [...indicatorQueries.all(), 'attention'] as const,
      queryFn: async () => {
        const { data } = await supabase
          .from('indicator_status')
          .select(attentionColumns)
          .in('status', ['behind', 'no_recent_value'])
          .order('sort_order')
          .order('name')
          .throwOnError();
        return compact(data);
      },
      staleTime: 60_000,
    }),
};

/** Progress and drift: under 'projects', so every task and project write refreshes them. */
export const progressQueries = {
  /** A project's, by its slug (the project page's URL). */
  project: (slug: string) =>
    queryOptions({
      queryKey: ['projects', 'progress', slug] as const,
      queryFn: () => fetchProjectProgress(supabase, slug),
    }),
  area: (areaId: string) =>
    queryOptions({
      queryKey: ['projects', 'area-progress', areaId] as const,
      queryFn: () => fetchAreaProgress(areaId),
    }),
};
