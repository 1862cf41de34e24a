import { mutationOptions, type QueryClient } from '@tanstack/react-query';
import { ZeroRowsError } from '@/lib/errors';
import { updateVersioned } from '@/lib/versioned-update';
import type { TaskState } from '@/lib/domain';
import { supabase } from '@/lib/supabase';
import { editableTaskColumns, type EditableTask } from './editable';
import type { toTaskPatch } from './schema';

export interface TaskStateChange {
  task: { id: string; version: number; title: string };
  state: TaskState;
  /** Required exactly when state is 'done' (the database's check). */
  completed_on: string | null;
}

type TaskShaped = { id: string; state: TaskState; completed_on: string | null };

function patchTask<T>(data: T, change: TaskStateChange): T {
  const apply = (task: TaskShaped): TaskShaped =>
    task.id === change.task.id
      ? { ...task, state: change.state, completed_on: change.completed_on }
      : task;
  if (Array.isArray(data)) return data.map(apply) as T;
  if (data && typeof data === 'object' && 'tasks' in data && Array.isArray(data.tasks)) {
    return { ...data, tasks: data.tasks.map(apply) };
  }
  return data;
}

// Every cached view that lists tasks: project pages and "my tasks".
const taskLists = [['projects', 'detail'], ['tasks']] as const;

export const taskMutations = {
  /**
   * Start, complete or reopen a task. Sends the version it started from; zero rows back is
   * an error (someone saved first, or the user may not). Optimistic: the task moves at once.
   */
  setState: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['tasks', 'set-state'],
      mutationFn: async (change: TaskStateChange) => {
        const { data } = await supabase
          .from('tasks')
          .update({ state: change.state, completed_on: change.completed_on })
          .eq('id', change.task.id)
          .eq('version', change.task.version)
          .select('id, version, state, completed_on')
          .throwOnError();
        const row = data?.[0];
        if (!row) throw new ZeroRowsError('tasks');
        return row;
      },
      onMutate: async (change) => {
        await Promise.all(
          taskLists.map((queryKey) => queryClient.cancelQueries({ queryKey: [...queryKey] })),
        );
        const snapshots = taskLists.flatMap((queryKey) =>
          queryClient.getQueriesData({ queryKey: [...queryKey] }),
        );
        for (const [key, data] of snapshots) {
          queryClient.setQueryData(key, patchTask(data, change));
        }
        return { snapshots };
      },
      onError: (_error, _change, context) => {
        for (const [key, data] of context?.snapshots ?? []) queryClient.setQueryData(key, data);
        void queryClient.invalidateQueries({ queryKey: ['tasks'] });
        void queryClient.invalidateQueries({ queryKey: ['projects'] });
      },
    }),
};

type Sortable = { id: string; sort_order: number };

/** The cached project page with its tasks renumbered in the given order. */
function renumber<T>(data: T, ids: readonly string[]): T {
  if (data && typeof data === 'object' && 'tasks' in data && Array.isArray(data.tasks)) {
    const tasks = (data.tasks as Sortable[]).map((task) => {
      const at = ids.indexOf(task.id);
      return at < 0 ? task : { ...task, sort_order: at + 1 };
    });
    return { ...data, tasks };
  }
  return data;
}

export const taskOrderMutations = {
  /**
   * Renumbers a group of one project's tasks (reorder_tasks RPC, one transaction). Optimistic:
   * the project page shows the new order at once and goes back if the database refuses.
   */
  reorder: (queryClient: QueryClient) =>
    mutationOptions({
      mutationKey: ['tasks', 'reorder'],
      mutationFn: async (v: { projectId: string; taskIds: string[]; title: string }) => {
        const { data } = await supabase
          .rpc('reorder_tasks', { project_id: v.projectId, task_ids: v.taskIds })
          .throwOnError();
        return data;
      },
      onMutate: async (v) => {
        const queryKey = ['projects', 'detail'];
        await queryClient.cancelQueries({ queryKey });
        const snapshots = queryClient.getQueriesData({ queryKey });
        for (const [key, data] of snapshots)
          queryClient.setQueryData(key, renumber(data, v.taskIds));
        return { snapshots };
      },
      onError: (_error, _v, context) => {
        for (const [key, data] of context?.snapshots ?? []) queryClient.setQueryData(key, data);
      },
    }),
};

export const taskFormMutations = {
  create: () =>
    mutationOptions({
      mutationKey: ['tasks', 'create'],
      mutationFn: async (input: { project_id: string; patch: ReturnType<typeof toTaskPatch> }) => {
        const { data } = await supabase
          .from('tasks')
          .insert({ project_id: input.project_id, ...input.patch })
          .select(editableTaskColumns)
          .single()
          .throwOnError();
        return data;
      },
    }),
  /** Version-checked update; a newer saved version is a VersionConflictError. */
  update: () =>
    mutationOptions({
      mutationKey: ['tasks', 'update'],
      mutationFn: async (input: {
        id: string;
        version: number;
        patch: ReturnType<typeof toTaskPatch>;
      }) =>
        updateVersioned<EditableTask, 'tasks'>(supabase, {
          table: 'tasks',
          columns: editableTaskColumns,
          ...input,
        }),
    }),
};
