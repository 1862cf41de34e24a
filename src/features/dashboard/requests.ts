import type { SupabaseClient } from '@supabase/supabase-js';
import type { Database } from '../../types/database';

type DashboardSummaryArgs = Database['public']['Functions']['dashboard_summary']['Args'];

/** How many rows of each list the dashboard shows; the CSV export fetches the rest. */
export const listLimit = 50;

/**
 * The dashboard's first request asks for the figures only (no lists): the headline shows as soon
 * as they come, and the lists follow in a second call of the same function.
 */
export const figuresOnly = 0;

/**
 * The dashboard's request: public.dashboard_summary(), with `figuresOnly` for the headline and
 * `listLimit` for the lists. Only relative and type imports, so bench/dashboard.ts sends exactly
 * these through the local gateway. Undefined arguments are left out of the JSON body, so the
 * function's defaults apply.
 */
export function dashboardRequest(
  db: SupabaseClient<Database>,
  growthAreaId: string | undefined,
  leadPersonId: string | undefined,
  otherProjects: boolean | undefined,
  limit: number = listLimit,
) {
  const args: DashboardSummaryArgs = {
    p_list_limit: limit,
    p_growth_area_id: growthAreaId,
    p_lead_person_id: leadPersonId,
    p_other_projects: otherProjects,
  };
  return db.rpc('dashboard_summary', args).throwOnError();
}
