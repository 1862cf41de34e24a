import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import {
  compact,
  deadlineColumns,
  fundingColumns,
  overviewDashboardColumns,
  reviewColumns,
  toDashboardDeadline,
  toDashboardFunding,
  toDashboardProject,
  toReviewChange,
} from './rows';
import type { DashboardClient, DashboardData, ReviewChange } from './types';

// The app's client, typed with the dashboard's views until src/types/database.ts includes them
// (DashboardDatabase only adds views; every other table keeps its generated type).
const db = supabase as unknown as DashboardClient;

/**
 * The dashboard is three requests whatever the portfolio's size: project figures, deadlines
 * and funding, each a security-invoker view. Growth area and lead filters are applied in the
 * browser, so changing them costs no request.
 */
async function fetchDashboard(): Promise<DashboardData> {
  const [projects, deadlines, funding] = await Promise.all([
    db.from('project_overview').select(overviewDashboardColumns).order('name').throwOnError(),
    db.from('dashboard_deadlines').select(deadlineColumns).order('due_on').throwOnError(),
    db.from('funding_awaiting_decision').select(fundingColumns).order('applied_on').throwOnError(),
  ]);
  return {
    projects: compact((projects.data ?? []).map(toDashboardProject)),
    deadlines: compact((deadlines.data ?? []).map(toDashboardDeadline)),
    funding: compact((funding.data ?? []).map(toDashboardFunding)),
  };
}

/** PostgREST returns at most max_rows (1000) rows; review mode says so when it hits that. */
export const reviewRowLimit = 1000;

async function fetchChanges(filter: {
  since?: string;
  projectId?: string;
}): Promise<ReviewChange[]> {
  let query = db.from('review_changes').select(reviewColumns);
  if (filter.since) query = query.gte('occurred_at', filter.since);
  if (filter.projectId) query = query.eq('project_id', filter.projectId);
  const { data } = await query
    .order('occurred_at', { ascending: false })
    .order('audit_id', { ascending: false })
    .limit(reviewRowLimit)
    .throwOnError();
  return compact((data ?? []).map(toReviewChange));
}

export const dashboardQueries = {
  all: () => ['dashboard'] as const,
  /** Everything the dashboard shows (the signed-in user's row-level security applies). */
  data: () =>
    queryOptions({
      queryKey: [...dashboardQueries.all(), 'data'] as const,
      queryFn: fetchDashboard,
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

/** For the route loader: prefetch the dashboard (three requests). */
export async function loadDashboard(queryClient: QueryClient): Promise<null> {
  await queryClient.ensureQueryData(dashboardQueries.data());
  return null;
}
