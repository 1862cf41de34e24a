import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { readAll } from '@/lib/read-all';
import { supabase } from '@/lib/supabase';
import { dashboardRequest, figuresOnly, listLimit } from './requests';
import {
  compact,
  deadlineColumns,
  fundingColumns,
  overviewDashboardColumns,
  parseSummary,
  reviewColumns,
  statusDueColumns,
  toStatusDue,
  toDashboardDeadline,
  toDashboardFunding,
  toDashboardProject,
  toReviewChange,
} from './rows';
import {
  OTHER_AREA,
  parseDashboardFilters,
  summaryArgs,
  type DashboardFilters,
  type DashboardSummary,
} from './summary';
import type {
  DashboardDeadline,
  DashboardFunding,
  DashboardProject,
  DashboardStatusDue,
  ReviewChange,
} from './types';

/**
 * The dashboard in two calls of public.dashboard_summary(), filtered in the database: the figures
 * first (no lists: the headline shows as soon as they come), then the same call with the lists
 * (late projects, deadlines, stale, ending this year, funding), which the page shows when they
 * come. The local database answers one request at a time, so the figures are asked first.
 */
async function fetchSummary(
  filters: DashboardFilters,
  limit: typeof figuresOnly | typeof listLimit,
): Promise<DashboardSummary> {
  const args = summaryArgs(filters);
  const { data } = await dashboardRequest(
    supabase,
    args.p_growth_area_id,
    args.p_lead_person_id,
    args.p_other_projects,
    limit,
  );
  return parseSummary(data);
}

function byFilters<
  Q extends {
    eq: (c: 'growth_area_id' | 'lead_person_id', v: string) => Q;
    is: (c: 'growth_area_id', v: null) => Q;
  },
>(query: Q, filters: DashboardFilters): Q {
  let q = query;
  if (filters.area === OTHER_AREA) q = q.is('growth_area_id', null);
  else if (filters.area) q = q.eq('growth_area_id', filters.area);
  if (filters.lead) q = q.eq('lead_person_id', filters.lead);
  return q;
}

/*
 * Whole lists for the CSV export, when the summary had to cut them (extra requests, only on
 * export, a page of 1,000 rows each). Same views, same order as dashboard_summary().
 */

export async function fetchAllDeadlines(
  kind: 'overdue' | 'upcoming',
  filters: DashboardFilters,
): Promise<DashboardDeadline[]> {
  const rows = await readAll((from, to) =>
    byFilters(supabase.from('dashboard_deadlines').select(deadlineColumns), filters)
      .eq('is_overdue', kind === 'overdue')
      .order('due_on')
      .order('title')
      .order('id')
      .range(from, to)
      .throwOnError(),
  );
  return compact(rows.map(toDashboardDeadline));
}

export async function fetchAllProjects(
  kind: 'late' | 'stale' | 'endingThisYear',
  filters: DashboardFilters,
  limit?: number,
): Promise<DashboardProject[]> {
  const base = byFilters(
    supabase.from('project_overview').select(overviewDashboardColumns),
    filters,
  );
  const query =
    kind === 'late'
      ? base.eq('schedule_state', 'late').order('oldest_overdue_on', { nullsFirst: false })
      : kind === 'stale'
        ? base.eq('is_stale', true).order('days_since_update', { ascending: false })
        : base.eq('ends_this_year', true).order('ends_on');
  const ordered = query.order('name').order('id');
  const rows = limit
    ? ((await ordered.limit(limit).throwOnError()).data ?? [])
    : await readAll((from, to) => ordered.range(from, to).throwOnError());
  return compact(rows.map(toDashboardProject));
}

export async function fetchAllFunding(filters: DashboardFilters): Promise<DashboardFunding[]> {
  const rows = await readAll((from, to) =>
    byFilters(supabase.from('funding_awaiting_decision').select(fundingColumns), filters)
      .order('applied_on', { nullsFirst: false })
      .order('project_name')
      .order('id')
      .range(from, to)
      .throwOnError(),
  );
  return compact(rows.map(toDashboardFunding));
}

/**
 * Projects whose status update is overdue (public.status_update_due, signed-in users: the view
 * follows their row-level security). The view names no lead, so a lead filter first reads the
 * lead's project ids from project_overview.
 */
export async function fetchStatusDue(filters: DashboardFilters): Promise<DashboardStatusDue[]> {
  const leadProjects = filters.lead
    ? (
        await readAll((from, to) =>
          byFilters(supabase.from('project_overview').select('id'), filters)
            .order('id')
            .range(from, to)
            .throwOnError(),
        )
      ).flatMap((r) => (r.id ? [r.id] : []))
    : null;
  const rows = await readAll((from, to) => {
    let query = supabase.from('status_update_due').select(statusDueColumns).eq('is_due', true);
    if (filters.area === OTHER_AREA) query = query.is('growth_area_id', null);
    else if (filters.area) query = query.eq('growth_area_id', filters.area);
    if (leadProjects) query = query.in('project_id', leadProjects);
    return query
      .order('next_due_on', { nullsFirst: false })
      .order('project_name')
      .order('project_id')
      .range(from, to)
      .throwOnError();
  });
  return compact(rows.map(toStatusDue));
}

/** PostgREST returns at most max_rows (1000) rows; review mode says so when it hits that. */
export const reviewRowLimit = 1000;

async function fetchChanges(filter: {
  since?: string;
  projectId?: string;
}): Promise<ReviewChange[]> {
  let query = supabase.from('review_changes').select(reviewColumns);
  if (filter.since) query = query.gte('occurred_at', filter.since);
  if (filter.projectId) query = query.eq('project_id', filter.projectId);
  const { data } = await query
    .order('occurred_at', { ascending: false })
    .order('audit_id', { ascending: false })
    .limit(reviewRowLimit)
    .throwOnError();
  return compact((data ?? []).map(toReviewChange));
}

export interface TranslationCoverageRow {
  language: 'sv' | 'en';
  kind: 'project' | 'growth_area' | 'task';
  total: number;
  translated: number;
}

/** How much published content has a Swedish and an English version, over every programme. */
async function fetchTranslationCoverage(): Promise<TranslationCoverageRow[]> {
  const { data } = await supabase
    .from('translation_coverage')
    .select('language, kind, total, translated')
    .throwOnError();
  const sums = new Map<string, TranslationCoverageRow>();
  for (const row of data ?? []) {
    const language = row.language === 'sv' || row.language === 'en' ? row.language : null;
    const kind =
      row.kind === 'project' || row.kind === 'growth_area' || row.kind === 'task' ? row.kind : null;
    if (!language || !kind) continue;
    const key = `${language}:${kind}`;
    const sum = sums.get(key) ?? { language, kind, total: 0, translated: 0 };
    sum.total += row.total ?? 0;
    sum.translated += row.translated ?? 0;
    sums.set(key, sum);
  }
  const kinds = ['project', 'growth_area', 'task'];
  return [...sums.values()].sort(
    (a, b) =>
      (a.language === b.language ? 0 : a.language === 'sv' ? -1 : 1) ||
      kinds.indexOf(a.kind) - kinds.indexOf(b.kind),
  );
}

export const dashboardQueries = {
  all: () => ['dashboard'] as const,
  /** Translation coverage per language (#14): directors' dashboard. */
  translationCoverage: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'translation-coverage'] as const,
      queryFn: fetchTranslationCoverage,
      staleTime: 60_000,
    }),
  /**
   * The dashboard's figures for these filters (row-level security applies): headline, growth
   * areas and filter options; the lists are empty here (see `lists`).
   */
  summary: (filters: DashboardFilters) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'summary', filters] as const,
      queryFn: () => fetchSummary(filters, figuresOnly),
      staleTime: 60_000,
    }),
  /** The same with the dashboard's lists, asked after the figures. */
  lists: (filters: DashboardFilters) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'lists', filters] as const,
      queryFn: () => fetchSummary(filters, listLimit),
      staleTime: 60_000,
    }),
  /** Review mode: changes since a date or timestamp (directors and admins; others get none). */
  changes: (since: string) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'changes', since] as const,
      queryFn: () => fetchChanges({ since }),
    }),
  /** One project's history, newest first, for the project page. */
  projectHistory: (projectId: string) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'history', projectId] as const,
      queryFn: () => fetchChanges({ projectId }),
    }),
  /** Projects with no status update within their cadence (signed-in users only). */
  statusDue: (filters: DashboardFilters) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'status-due', filters] as const,
      queryFn: () => fetchStatusDue(filters),
      staleTime: 60_000,
    }),
  /** When this user last marked a review done (user_settings.last_reviewed_at). */
  lastReview: (userId: string) =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'last-review', userId] as const,
      queryFn: async (): Promise<string | null> => {
        const { data } = await supabase
          .from('user_settings')
          .select('last_reviewed_at')
          .eq('user_id', userId)
          .maybeSingle()
          .throwOnError();
        return data?.last_reviewed_at ?? null;
      },
    }),
};

/** For the route loader: the figures for the URL's filters (one request), awaited. */
export async function loadDashboard(queryClient: QueryClient, url: URL): Promise<null> {
  await queryClient.ensureQueryData(
    dashboardQueries.summary(parseDashboardFilters(url.searchParams)),
  );
  return null;
}

/**
 * For the route loader, once the figures (and everything else the first paint needs) are in: ask
 * for the lists (the second request, not awaited; the page shows them when they come).
 */
export function prefetchDashboardLists(queryClient: QueryClient, url: URL): void {
  void queryClient.prefetchQuery(dashboardQueries.lists(parseDashboardFilters(url.searchParams)));
}
