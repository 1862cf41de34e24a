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

/** A programme's growth areas and project cards: what the front page shows below its intro. */
export interface ProgrammeContents {
  growthAreas: GrowthAreaSummary[];
  projects: ProjectCardData[];
}

export interface Portfolio extends ProgrammeContents {
  programme: ProgrammeSummary;
  programmes: ProgrammeSummary[];
}

/** The programme a slug names, or the first one (the front page without ?programme=). */
export function pickProgramme(
  programmes: ProgrammeSummary[],
  slug: string | null,
): ProgrammeSummary | null {
  return (slug ? programmes.find((p) => p.slug === slug) : programmes[0]) ?? null;
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
  /**
   * A programme's growth areas and project cards, by the programme's id: a query of its own, so
   * the page shows the programme (the programme list is enough) without waiting for them.
   */
  contents: (programmeId: string) =>
    queryOptions({
      queryKey: [...portfolioQueries.all(), 'contents', programmeId] as const,
      queryFn: async (): Promise<ProgrammeContents> => {
        const [areas, overview, progress] = await Promise.all([
          supabase
            .from('growth_areas')
            .select(growthAreaColumns)
            .eq('programme_id', programmeId)
            .order('sort_order')
            .throwOnError(),
          supabase
            .from('project_overview')
            .select(overviewColumns)
            .eq('programme_id', programmeId)
            .order('name')
            .throwOnError(),
          // project_progress has no programme column: every readable project's percent.
          supabase.from('project_progress').select(progressColumns).throwOnError(),
        ]);
        return {
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
