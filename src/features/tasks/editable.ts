import type { TaskState } from '@/lib/domain';

/** A task as its edit form reads and writes it (no zod here: the project page imports this). */
export interface EditableTask {
  id: string;
  project_id: string;
  version: number;
  title: string;
  details: string | null;
  /** Translations; NULL = not translated (optional: rows read elsewhere may leave them out). */
  title_sv?: string | null;
  title_en?: string | null;
  details_sv?: string | null;
  details_en?: string | null;
  due_on: string | null;
  state: TaskState;
  completed_on: string | null;
  is_milestone: boolean;
  assignee_person_id: string | null;
}

export const editableTaskColumns =
  'id, project_id, version, title, details, title_sv, title_en, details_sv, details_en, due_on, state, completed_on, is_milestone, assignee_person_id';
