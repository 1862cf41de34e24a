import { queryOptions } from '@tanstack/react-query';
import { readAll } from '@/lib/read-all';
import { parseReasons, type ScheduleReason } from '@/lib/schedule-reasons';
import { supabase } from '@/lib/supabase';
import type { Translatable } from '@/lib/translated';
import type { TimelineGrowthArea, TimelineProject, TimelineTask } from './model';

const overviewColumns =
  'id, slug, name, name_sv, name_en, growth_area_id, starts_on, ends_on, stage, effective_schedule_status, schedule_reasons, lead_person_id, lead_name, version, published';

export interface TimelineProgramme {
  id: string;
  slug: string;
  name: string;
  starts_on: string;
  ends_on: string;
}

/** The timeline's rows with their names in every language (the route picks one). */
export interface TimelineSource {
  growthAreas: readonly (TimelineGrowthArea & Translatable<'name'>)[];
  projects: readonly (TimelineProject & Translatable<'name'>)[];
  tasks: readonly (TimelineTask & Translatable<'title'>)[];
  programme: (TimelineProgramme & Translatable<'name'>) | null;
  /** Project leads (the main contact), for the lead filter. */
  leads: { id: string; name: string }[];
  /** Why each project has its status, as the database works it out (schedule_reasons). */
  reasons: Map<string, ScheduleReason[]>;
}

async function fetchTimeline(programmeSlug: string | null): Promise<TimelineSource> {
  let programmes = supabase
    .from('programmes')
    .select('id, slug, name, name_sv, name_en, starts_on, ends_on')
    .order('sort_order')
    .limit(1);
  if (programmeSlug) programmes = programmes.eq('slug', programmeSlug);
  const { data: found } = await programmes.throwOnError();
  const programme = found?.[0] ?? null;
  if (!programme) {
    return { programme, growthAreas: [], projects: [], tasks: [], leads: [], reasons: new Map() };
  }

  // Four reads at once (the tasks need only the programme), so the page waits one round trip.
  const [areas, overview, progress, programmeTasks] = await Promise.all([
    supabase
      .from('growth_areas')
      .select('id, name, name_sv, name_en, color, sort_order')
      .eq('programme_id', programme.id)
      .order('sort_order')
      .throwOnError(),
    readAll((from, to) =>
      supabase
        .from('project_overview')
        .select(overviewColumns)
        .eq('programme_id', programme.id)
        .order('name')
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
    readAll((from, to) =>
      supabase
        .from('project_progress')
        .select('id, progress')
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
    readAll((from, to) =>
      supabase
        .from('tasks')
        .select(
          'id, project_id, title, title_sv, title_en, due_on, state, completed_on, is_milestone, version, projects!inner(programme_id)',
        )
        .eq('projects.programme_id', programme.id)
        .not('due_on', 'is', null)
        .order('due_on')
        .order('id')
        .range(from, to)
        .throwOnError(),
    ),
  ]);
  const progressById = new Map(progress.map((r) => [r.id, r.progress]));

  const projects: (TimelineProject & Translatable<'name'>)[] = [];
  const reasons = new Map<string, ScheduleReason[]>();
  const leads = new Map<string, string>();
  for (const p of overview) {
    if (!p.id || !p.slug || !p.name || !p.stage || !p.effective_schedule_status) continue;
    projects.push({
      id: p.id,
      slug: p.slug,
      name: p.name,
      name_sv: p.name_sv,
      name_en: p.name_en,
      growth_area_id: p.growth_area_id,
      starts_on: p.starts_on,
      ends_on: p.ends_on,
      stage: p.stage,
      schedule_status: p.effective_schedule_status,
      lead_ids: p.lead_person_id ? [p.lead_person_id] : [],
      version: p.version ?? 1,
      progress: progressById.get(p.id) ?? null,
      published: p.published ?? false,
    });
    reasons.set(p.id, parseReasons(p.schedule_reasons));
    if (p.lead_person_id && p.lead_name) leads.set(p.lead_person_id, p.lead_name);
  }

  const projectIds = new Set(projects.map((p) => p.id));
  const tasks: (TimelineTask & Translatable<'title'>)[] = programmeTasks
    .filter((t) => projectIds.has(t.project_id))
    .map(({ projects: _project, ...task }) => task);

  return {
    programme,
    growthAreas: areas.data ?? [],
    projects,
    tasks,
    leads: [...leads]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
    reasons,
  };
}

export const timelineQueries = {
  all: () => ['projects', 'timeline'] as const,
  programme: (slug: string | null) =>
    queryOptions({
      queryKey: [...timelineQueries.all(), slug] as const,
      queryFn: () => fetchTimeline(slug),
    }),
};
