import { queryOptions } from '@tanstack/react-query';
import { overviewColumns, toProjectCard, type ProjectCardData } from '@/lib/project-overview';
import { supabase } from '@/lib/supabase';

async function fetchGrowthArea(programmeSlug: string, areaSlug: string) {
  const { data: area } = await supabase
    .from('growth_areas')
    .select(
      `id, slug, name, description, color, sort_order,
       programme:programmes!inner(id, slug, name),
       lead:people!growth_areas_lead_person_id_fkey(id, full_name, title, organisation),
       staff:growth_area_people(role, sort_order, person:people(id, full_name, title, organisation))`,
    )
    .eq('slug', areaSlug)
    .eq('programme.slug', programmeSlug)
    .maybeSingle()
    .throwOnError();
  if (!area) return null;
  const { data: overview } = await supabase
    .from('project_overview')
    .select(overviewColumns)
    .eq('growth_area_id', area.id)
    .order('name')
    .throwOnError();
  return {
    ...area,
    staff: [...area.staff].sort((a, b) => a.sort_order - b.sort_order),
    projects: (overview ?? []).map(toProjectCard).filter((p): p is ProjectCardData => p !== null),
  };
}

export type GrowthAreaDetail = NonNullable<Awaited<ReturnType<typeof fetchGrowthArea>>>;

export const growthAreaQueries = {
  all: () => ['projects', 'growth-area'] as const,
  detail: (programmeSlug: string, areaSlug: string) =>
    queryOptions({
      queryKey: [...growthAreaQueries.all(), programmeSlug, areaSlug] as const,
      queryFn: () => fetchGrowthArea(programmeSlug, areaSlug),
    }),
};
