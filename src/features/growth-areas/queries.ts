import { queryOptions } from '@tanstack/react-query';
import type { SupabaseClient } from '@supabase/supabase-js';
import {
  overviewColumns,
  progressColumns,
  toProjectCard,
  withProgress,
  type ProjectCardData,
} from '@/lib/project-overview';
import { supabase, type Tables } from '@/lib/supabase';
import type { Database } from '@/types/database';

/** What the growth-area form edits; `version` is where the edit started. */
export type EditableGrowthArea = Pick<
  Tables<'growth_areas'>,
  | 'id'
  | 'version'
  | 'name'
  | 'color'
  | 'sort_order'
  | 'description'
  | 'lead_person_id'
  | 'name_sv'
  | 'name_en'
  | 'description_sv'
  | 'description_en'
>;

export const editableColumns =
  'id, version, name, color, sort_order, description, lead_person_id, name_sv, name_en, description_sv, description_en';

/** On any supabase-js client (the app's own, or a test's signed in to the local stack). */
export async function getEditableGrowthArea(
  client: SupabaseClient<Database>,
  id: string,
): Promise<EditableGrowthArea | null> {
  const { data } = await client
    .from('growth_areas')
    .select(editableColumns)
    .eq('id', id)
    .maybeSingle()
    .throwOnError();
  return data;
}

async function fetchGrowthArea(programmeSlug: string, areaSlug: string) {
  const { data: area } = await supabase
    .from('growth_areas')
    .select(
      `id, slug, name, description, name_sv, name_en, description_sv, description_en, color, sort_order,
       programme:programmes!inner(id, slug, name, name_sv, name_en),
       lead:people!growth_areas_lead_person_id_fkey(id, full_name, title, organisation),
       staff:growth_area_people(id, version, role, role_sv, role_en, sort_order, person:people(id, full_name, title, organisation))`,
    )
    .eq('slug', areaSlug)
    .eq('programme.slug', programmeSlug)
    .maybeSingle()
    .throwOnError();
  if (!area) return null;
  const [{ data: overview }, { data: progress }] = await Promise.all([
    supabase
      .from('project_overview')
      .select(overviewColumns)
      .eq('growth_area_id', area.id)
      .order('name')
      .throwOnError(),
    supabase
      .from('project_progress')
      .select(progressColumns)
      .eq('growth_area_id', area.id)
      .throwOnError(),
  ]);
  return {
    ...area,
    staff: [...area.staff].sort((a, b) => a.sort_order - b.sort_order),
    projects: withProgress(
      (overview ?? []).map(toProjectCard).filter((p): p is ProjectCardData => p !== null),
      progress,
    ),
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

export interface ProgrammeForNewArea {
  id: string;
  slug: string;
  name: string;
  /** The largest sort_order among its growth areas; the new one comes after. */
  lastOrder: number;
}

/** Directors' and admins' reads for editing growth areas. */
export const growthAreaEditQueries = {
  editable: (id: string) =>
    queryOptions({
      queryKey: [...growthAreaQueries.all(), 'editable', id] as const,
      queryFn: () => getEditableGrowthArea(supabase, id),
      staleTime: 0,
    }),
  /** The programme (drafts too, for directors) and where a new growth area would go. */
  newIn: (programmeSlug: string) =>
    queryOptions({
      queryKey: [...growthAreaQueries.all(), 'new', programmeSlug] as const,
      queryFn: async (): Promise<ProgrammeForNewArea | null> => {
        const { data } = await supabase
          .from('programmes')
          .select('id, slug, name, growth_areas(sort_order)')
          .eq('slug', programmeSlug)
          .maybeSingle()
          .throwOnError();
        if (!data) return null;
        const orders = data.growth_areas.map((a) => a.sort_order);
        return { id: data.id, slug: data.slug, name: data.name, lastOrder: Math.max(0, ...orders) };
      },
      staleTime: 0,
    }),
};

/** A programme's texts in every language, as the directors' editor needs them (#14). */
export interface EditableProgramme {
  id: string;
  slug: string;
  version: number;
  name: string;
  name_sv: string | null;
  name_en: string | null;
  description: string | null;
  description_sv: string | null;
  description_en: string | null;
}

export const programmeColumns =
  'id, slug, version, name, name_sv, name_en, description, description_sv, description_en';

export const programmeQueries = {
  /** The programme by its address name; null when there is none the caller may read. */
  editable: (slug: string) =>
    queryOptions({
      queryKey: ['projects', 'programme', slug] as const,
      queryFn: async (): Promise<EditableProgramme | null> => {
        const { data } = await supabase
          .from('programmes')
          .select(programmeColumns)
          .eq('slug', slug)
          .maybeSingle()
          .throwOnError();
        return data;
      },
    }),
};
