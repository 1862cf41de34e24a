import { queryOptions } from '@tanstack/react-query';
import type { TaskState } from '@/lib/domain';
import { supabase } from '@/lib/supabase';

const myTaskColumns =
  'id, project_id, project_slug, project_name, title, details, due_on, state, completed_on, is_milestone, sort_order, version, assignee_person_id, assigned_to_me, is_overdue, project_name_sv, project_name_en, title_sv, title_en, details_sv, details_en';

export interface MyTask {
  id: string;
  project_id: string;
  title: string;
  details: string | null;
  /** Swedish and English (null: not translated); the .ics export speaks the UI language. */
  title_sv?: string | null;
  title_en?: string | null;
  details_sv?: string | null;
  details_en?: string | null;
  due_on: string | null;
  state: TaskState;
  completed_on: string | null;
  is_milestone: boolean;
  sort_order: number;
  version: number;
  assignee_person_id: string | null;
  project: {
    id: string;
    slug: string;
    name: string;
    name_sv?: string | null;
    name_en?: string | null;
  };
  /** The database's rules (public.my_tasks): assigned to this account's person; overdue. */
  assigned_to_me: boolean;
  is_overdue: boolean;
}

/**
 * The open tasks of the projects I lead or edit and those assigned to me: which tasks are mine
 * and which are overdue is public.my_tasks' to decide (as of private.today()), not the app's.
 */
async function fetchMyTasks(): Promise<MyTask[]> {
  const { data } = await supabase
    .from('my_tasks')
    .select(myTaskColumns)
    .eq('is_open', true)
    .order('due_on', { nullsFirst: false })
    .throwOnError();
  // A view's columns are all nullable in the generated types; these never are.
  return (data ?? []).flatMap((t) =>
    t.id && t.project_id && t.project_slug && t.project_name && t.title && t.state
      ? [
          {
            id: t.id,
            project_id: t.project_id,
            title: t.title,
            details: t.details,
            title_sv: t.title_sv,
            title_en: t.title_en,
            details_sv: t.details_sv,
            details_en: t.details_en,
            due_on: t.due_on,
            state: t.state,
            completed_on: t.completed_on,
            is_milestone: t.is_milestone ?? false,
            sort_order: t.sort_order ?? 0,
            version: t.version ?? 1,
            assignee_person_id: t.assignee_person_id,
            project: {
              id: t.project_id,
              slug: t.project_slug,
              name: t.project_name,
              name_sv: t.project_name_sv,
              name_en: t.project_name_en,
            },
            assigned_to_me: t.assigned_to_me ?? false,
            is_overdue: t.is_overdue ?? false,
          },
        ]
      : [],
  );
}

export const taskQueries = {
  all: () => ['tasks'] as const,
  /** Row-level security answers for the signed-in user; the key says whose list it is. */
  mine: (userId: string) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'mine', userId] as const,
      queryFn: fetchMyTasks,
    }),
};
