import { queryOptions } from '@tanstack/react-query';
import { supabase } from '@/lib/supabase';
import { overviewColumns, toProjectCard } from '@/lib/project-overview';

const detailColumns = `
  id, slug, name, summary, official_description, name_sv, name_en, summary_sv, summary_en,
  official_description_sv, official_description_en, stage, schedule_status, schedule_note,
  starts_on, ends_on, published, updated_at, updated_by, version, growth_area_id, programme_id,
  progress_manual, progress_note,
  growth_area:growth_areas(id, slug, name, name_sv, name_en, color),
  programme:programmes(id, slug, name, name_sv, name_en),
  tasks(id, project_id, title, details, title_sv, title_en, details_sv, details_en, due_on, state, completed_on, is_milestone, sort_order,
        assignee_person_id,
        version, updated_at, assignee:people(id, full_name)),
  contacts:project_contacts(id, version, is_primary, role, role_sv, role_en, sort_order,
        person:people(id, full_name, title, organisation)),
  partners:project_partners(role, role_sv, role_en, sort_order,
        organisation:organisations(id, name, short_name, website)),
  follow_ups:project_follow_ups!project_follow_ups_project_id_fkey(id, name, name_sv, name_en, note, note_sv, note_en, sort_order,
        follow_up:projects!project_follow_ups_follow_up_project_id_fkey(slug, name, name_sv, name_en)),
  funding:project_funding(id, instrument, state, amount, applied_on, decided_on, note, note_sv, note_en,
        follow_up_id)
`;

async function fetchDetail(slug: string) {
  const [project, overview] = await Promise.all([
    supabase.from('projects').select(detailColumns).eq('slug', slug).maybeSingle().throwOnError(),
    supabase
      .from('project_overview')
      .select(`${overviewColumns}, updated_by_name`)
      .eq('slug', slug)
      .maybeSingle()
      .throwOnError(),
  ]);
  const row = project.data;
  if (!row) return null;
  return {
    ...row,
    overview: overview.data ? toProjectCard(overview.data) : null,
    /** Who saved last ("päivittäjä"), by name only; shown to everyone who sees the project. */
    updatedByName: overview.data?.updated_by_name ?? null,
  };
}

export type ProjectDetail = NonNullable<Awaited<ReturnType<typeof fetchDetail>>>;

/** The main contact (Pääyhteyshenkilö) first, then in their order (the page and its editor). */
export function sortContacts(contacts: readonly ProjectDetail['contacts'][number][]) {
  return [...contacts].sort(
    (a, b) => Number(b.is_primary) - Number(a.is_primary) || a.sort_order - b.sort_order,
  );
}

export const projectQueries = {
  all: () => ['projects'] as const,
  details: () => [...projectQueries.all(), 'detail'] as const,
  detail: (slug: string) =>
    queryOptions({
      queryKey: [...projectQueries.details(), slug] as const,
      queryFn: () => fetchDetail(slug),
    }),
  /** Programmes with their growth areas, for creating a project. */
  programmeOptions: () =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'programme-options'] as const,
      queryFn: async () => {
        const { data } = await supabase
          .from('programmes')
          .select('id, name, growth_areas(id, name, sort_order)')
          .order('sort_order')
          .throwOnError();
        return (data ?? []).map((p) => ({
          ...p,
          growth_areas: [...p.growth_areas].sort((a, b) => a.sort_order - b.sort_order),
        }));
      },
    }),
  /** The growth areas a project of this programme can be moved to. */
  growthAreaOptions: (programmeId: string) =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'growth-area-options', programmeId] as const,
      queryFn: async () => {
        const { data } = await supabase
          .from('growth_areas')
          .select('id, name')
          .eq('programme_id', programmeId)
          .order('sort_order')
          .throwOnError();
        return data ?? [];
      },
    }),
};

/** Who leads or edits a project (directors read every membership). */
export const memberQueries = {
  forProject: (projectId: string) =>
    queryOptions({
      queryKey: [...projectQueries.all(), 'members', projectId] as const,
      queryFn: async () => {
        const { data } = await supabase
          .from('project_members')
          .select('user_id, role')
          .eq('project_id', projectId)
          .throwOnError();
        return data ?? [];
      },
    }),
};

/** A funding row as its notes editor needs it (the version for the version-checked write). */
export interface FundingNotesRow {
  id: string;
  version: number;
  instrument: string;
  state: 'applied' | 'granted' | 'rejected';
  note: string | null;
  note_sv: string | null;
  note_en: string | null;
}

export const fundingNotesColumns = 'id, version, instrument, state, note, note_sv, note_en';

export const fundingQueries = {
  /** A project's funding rows with their notes in every language (directors edit them). */
  notes: (projectId: string) =>
    queryOptions({
      queryKey: ['projects', 'funding', projectId] as const,
      queryFn: async (): Promise<FundingNotesRow[]> => {
        const { data } = await supabase
          .from('project_funding')
          .select(fundingNotesColumns)
          .eq('project_id', projectId)
          .order('applied_on', { nullsFirst: false })
          .order('id')
          .throwOnError();
        return data ?? [];
      },
    }),
};

/** A partner's role as its editor needs it (the version for the version-checked write). */
export interface PartnerRoleRow {
  id: string;
  version: number;
  role: string | null;
  role_sv: string | null;
  role_en: string | null;
}

export const partnerRoleColumns = 'id, version, role, role_sv, role_en';

/** A follow-up application's texts in every language, as their editor needs them. */
export interface FollowUpTextsRow {
  id: string;
  version: number;
  follow_up_project_id: string | null;
  name: string | null;
  name_sv: string | null;
  name_en: string | null;
  note: string | null;
  note_sv: string | null;
  note_en: string | null;
}

export const followUpTextsColumns =
  'id, version, follow_up_project_id, name, name_sv, name_en, note, note_sv, note_en';

/** The partner and follow-up texts of a project, with what names each row in the editor. */
export interface LinkTexts {
  partners: (PartnerRoleRow & { organisation: { name: string } | null })[];
  followUps: (FollowUpTextsRow & { follow_up: { name: string } | null })[];
}

export const linkTextQueries = {
  /** A project's partner roles and follow-up texts in every language (directors edit them). */
  forProject: (projectId: string) =>
    queryOptions({
      queryKey: ['projects', 'linkTexts', projectId] as const,
      queryFn: async (): Promise<LinkTexts> => {
        const [partners, followUps] = await Promise.all([
          supabase
            .from('project_partners')
            .select(`${partnerRoleColumns}, organisation:organisations(name)`)
            .eq('project_id', projectId)
            .order('sort_order')
            .order('id')
            .throwOnError(),
          supabase
            .from('project_follow_ups')
            .select(
              `${followUpTextsColumns}, follow_up:projects!project_follow_ups_follow_up_project_id_fkey(name)`,
            )
            .eq('project_id', projectId)
            .order('sort_order')
            .order('id')
            .throwOnError(),
        ]);
        return { partners: partners.data ?? [], followUps: followUps.data ?? [] };
      },
    }),
};
