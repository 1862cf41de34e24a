import { queryOptions } from '@tanstack/react-query';
import type { Access } from '@/lib/session';
import { supabase } from '@/lib/supabase';

const myTaskColumns =
  'id, project_id, title, details, due_on, state, completed_on, is_milestone, sort_order, version, assignee_person_id, project:projects(id, slug, name)';

async function fetchMyTasks(access: Access) {
  const projectIds = access.memberships.map((m) => m.projectId);
  const conditions = [
    ...(projectIds.length ? [`project_id.in.(${projectIds.join(',')})`] : []),
    ...(access.personId ? [`assignee_person_id.eq.${access.personId}`] : []),
  ];
  if (conditions.length === 0) return [];
  const { data } = await supabase
    .from('tasks')
    .select(myTaskColumns)
    .in('state', ['not_started', 'in_progress'])
    .or(conditions.join(','))
    .order('due_on', { nullsFirst: false })
    .throwOnError();
  return data ?? [];
}

export type MyTask = Awaited<ReturnType<typeof fetchMyTasks>>[number];

export const taskQueries = {
  all: () => ['tasks'] as const,
  mine: (access: Access) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'mine', access] as const,
      queryFn: () => fetchMyTasks(access),
    }),
};
