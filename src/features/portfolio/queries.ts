import { queryOptions } from '@tanstack/react-query';
import { supabase, type Tables } from '@/lib/supabase';
import {
  overviewColumns,
  progressColumns,
  toProjectCard,
  withProgress,
  type ProjectCardData,
} from '@/lib/project-overview';

export type { ProjectCardData };

export type ProgrammeSummary = Pick<
  Tables<'programmes'>,
  'id' | 'slug' | 'name' | 'description' | 'starts_on' | 'ends_on' | 'published'
> &
  Partial<Pick<Tables<'programmes'>, 'name_sv' | 'name_en' | 'description_sv' | 'description_en'>>;

export type GrowthAreaSummary = Pick<
  Tables<'growth_areas'>,
  'id' | 'slug' | 'name' | 'color' | 'sort_order'
> &
  Partial<Pick<Tables<'growth_areas'>, 'name_sv' | 'name_en'>> & {
    lead: Pick<Tables<'people'>, 'id' | 'full_name' | 'title'> | null;
  };

export interface Portfolio {
  programme: ProgrammeSummary;
  programmes: ProgrammeSummary[];
  growthAreas: GrowthAreaSummary[];
  projects: ProjectCardData[];
}

const programmeColumns =
  'id, slug, name, description, name_sv, name_en, description_sv, description_en, starts_on, ends_on, published';

async function fetchProgrammes(): Promise<ProgrammeSummary[]> {
  const { data } = await supabase
    .from('programmes')
    .select(programmeColumns)
    .order('sort_order')
    .order('starts_on', { ascending: false })
    .throwOnError();
  return data ?? [];
}

export const growthAreaColumns =
  'id, slug, name, name_sv, name_en, color, sort_order, lead:people!growth_areas_lead_person_id_fkey(id, full_name, title)';

export const portfolioQueries = {
  all: () => ['projects', 'portfolio'] as const,
  programmes: () =>
    queryOptions({
      queryKey: [...portfolioQueries.all(), 'programmes'] as const,
      queryFn: fetchProgrammes,
    }),
  /** The programme (by slug, or the first one) with its growth areas and project cards. */
  programme: (slug: string | null) =>
    queryOptions({
      queryKey: [...portfolioQueries.all(), 'programme', slug] as const,
      queryFn: async (): Promise<Portfolio | null> => {
        const programmes = await fetchProgrammes();
        const programme = slug ? programmes.find((p) => p.slug === slug) : programmes[0];
        if (!programme) return null;
        const [areas, overview, progress] = await Promise.all([
          supabase
            .from('growth_areas')
            .select(growthAreaColumns)
            .eq('programme_id', programme.id)
            .order('sort_order')
            .throwOnError(),
          supabase
            .from('project_overview')
            .select(overviewColumns)
            .eq('programme_id', programme.id)
            .order('name')
            .throwOnError(),
          // project_progress has no programme column: every readable project's percent.
          supabase.from('project_progress').select(progressColumns).throwOnError(),
        ]);
        return {
          programme,
          programmes,
          growthAreas: areas.data ?? [],
          projects: withProgress(
            (overview.data ?? [])
              .map(toProjectCard)
              .filter((p): p is ProjectCardData => p !== null),
            progress.data,
          ),
        };
      },
    }),
};
