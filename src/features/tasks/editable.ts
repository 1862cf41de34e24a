import type { TaskState } from '@/lib/domain';

/** A task as its edit form reads and writes it (no zod here: the project page imports this). */
export interface EditableTask {
  id: string;
  project_id: string;
  version: number;
  title: string;
  details: string | null;
  due_on: string | null;
  state: TaskState;
  completed_on: string | null;
  is_milestone: boolean;
  assignee_person_id: string | null;
}

export const editableTaskColumns =
  'id, project_id, version, title, details, due_on, state, completed_on, is_milestone, assignee_person_id';
