import type { ScheduleStatus, Stage } from './domain';
import { parseReasons, type ScheduleReason } from './schedule-reasons';
import type { Json } from '@/types/database';

/** A project as its portfolio card shows it (from the project_overview view). */
export interface ProjectCardData {
  id: string;
  slug: string;
  name: string;
  /** The name in Swedish and English; null = not translated. */
  name_sv?: string | null;
  name_en?: string | null;
  growth_area_id: string | null;
  stage: Stage;
  status: ScheduleStatus;
  manual: boolean;
  /** Why the status is what it is, as the database works it out (schedule_reasons). */
  reasons: ScheduleReason[];
  schedule_note: string | null;
  starts_on: string | null;
  ends_on: string | null;
  published: boolean;
  next_due_on: string | null;
  oldest_overdue_on: string | null;
  overdue_task_count: number;
  open_task_count: number;
  last_activity_at: string | null;
  /** Progress in percent (project_progress: manual, else from the tasks); null without tasks. */
  progress?: number | null;
}

export type OverviewRow = {
  id: string | null;
  slug: string | null;
  name: string | null;
  name_sv: string | null;
  name_en: string | null;
  growth_area_id: string | null;
  stage: Stage | null;
  effective_schedule_status: ScheduleStatus | null;
  schedule_status_is_manual: boolean | null;
  schedule_reasons: Json | null;
  schedule_note: string | null;
  starts_on: string | null;
  ends_on: string | null;
  published: boolean | null;
  next_due_on: string | null;
  oldest_overdue_on: string | null;
  overdue_task_count: number | null;
  open_task_count: number | null;
  last_activity_at: string | null;
};

export const overviewColumns =
  'id, slug, name, name_sv, name_en, growth_area_id, stage, effective_schedule_status, schedule_status_is_manual, schedule_reasons, schedule_note, starts_on, ends_on, published, next_due_on, oldest_overdue_on, overdue_task_count, open_task_count, last_activity_at';

/** Turns a view row (every column nullable) into a card; rows without an id are dropped. */
export function toProjectCard(row: OverviewRow): ProjectCardData | null {
  if (!row.id || !row.slug || !row.name) return null;
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    name_sv: row.name_sv,
    name_en: row.name_en,
    growth_area_id: row.growth_area_id,
    stage: row.stage ?? 'not_started',
    status: row.effective_schedule_status ?? 'on_schedule',
    manual: row.schedule_status_is_manual ?? false,
    reasons: parseReasons(row.schedule_reasons),
    schedule_note: row.schedule_note,
    starts_on: row.starts_on,
    ends_on: row.ends_on,
    published: row.published ?? false,
    next_due_on: row.next_due_on,
    oldest_overdue_on: row.oldest_overdue_on,
    overdue_task_count: row.overdue_task_count ?? 0,
    open_task_count: row.open_task_count ?? 0,
    last_activity_at: row.last_activity_at,
  };
}

/** project_progress's percent per project id, for the cards (one request beside the overview). */
export const progressColumns = 'id, progress';

export function withProgress(
  cards: ProjectCardData[],
  rows: readonly { id: string | null; progress: number | null }[] | null,
): ProjectCardData[] {
  const byId = new Map((rows ?? []).map((r) => [r.id, r.progress]));
  return cards.map((card) => ({ ...card, progress: byId.get(card.id) ?? null }));
}
