import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from '@/lib/use-translation';
import { useToast } from '@/components/toast';
import { todayIso } from '@/lib/dates';
import { ZeroRowsError, errorMessage } from '@/lib/errors';
import type { TaskState } from '@/lib/domain';
import { moveWithinTies, type TaskLike } from './grouping';
import { taskMutations, taskOrderMutations, type TaskStateChange } from './mutations';

export interface ActionableTask {
  id: string;
  title: string;
  version: number;
  state: TaskState;
}

/**
 * Start and complete tasks in one tap, optimistically, with "undo" in the toast that
 * confirms it. One mutation observer serves the whole list, so every toast fires.
 */
export function useTaskActions() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const options = taskMutations.setState(queryClient);
  const mutation = useMutation({
    ...options,
    onSuccess: (row, change: TaskStateChange & { previous?: TaskState; isUndo?: boolean }) => {
      if (change.isUndo) {
        toast({ message: t('task.undone', { title: change.task.title }), tone: 'info' });
        focusMarkDone(change.task.id);
        return;
      }
      if (row.state !== 'done') return;
      const previous = change.previous ?? 'not_started';
      toast({
        message: t('task.markedDone', { title: change.task.title }),
        tone: 'success',
        focusAction: true,
        action: {
          label: t('task.undo'),
          ariaLabel: t('task.undoLabel', { title: change.task.title }),
          onClick: () =>
            mutation.mutate({
              task: { id: row.id, version: row.version, title: change.task.title },
              state: previous,
              completed_on: null,
              isUndo: true,
            }),
        },
      });
    },
    onError: (error, change, context, ctx) => {
      options.onError?.(error, change, context, ctx);
      toast({
        message:
          error instanceof ZeroRowsError
            ? `${t('task.failed', { title: change.task.title })} ${t('edit.zeroRows')}`
            : t('task.failed', { title: change.task.title }),
        tone: 'error',
      });
    },
  });

  return {
    pendingId: mutation.isPending ? mutation.variables?.task.id : undefined,
    markDone: (task: ActionableTask) =>
      mutation.mutate({
        task,
        state: 'done',
        completed_on: todayIso(),
        previous: task.state,
      }),
    start: (task: ActionableTask) =>
      mutation.mutate({ task, state: 'in_progress', completed_on: null }),
  };
}

/**
 * The undo button went away with its toast: give focus back to the task, open again, instead of
 * leaving a keyboard user at the top of the document. Only when focus is nowhere else.
 */
function focusMarkDone(taskId: string, frames = 30) {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const button = document.querySelector<HTMLButtonElement>(`button[data-mark-done="${taskId}"]`);
    // Disabled until the mutation settles and the list re-renders; a disabled button takes no focus.
    if (button && !button.disabled) button.focus();
    else if (frames > 0) focusMarkDone(taskId, frames - 1);
  });
}

/** The buttons beside one open task. */
export function TaskButtons({
  task,
  actions,
}: {
  task: ActionableTask;
  actions: ReturnType<typeof useTaskActions>;
}) {
  const { t } = useTranslation();
  if (task.state !== 'not_started' && task.state !== 'in_progress') return null;
  const busy = actions.pendingId === task.id;
  return (
    <>
      <button
        type="button"
        className="button button--small"
        aria-label={t('task.markDoneLabel', { title: task.title })}
        data-mark-done={task.id}
        disabled={busy}
        onClick={() => actions.markDone(task)}
      >
        <span aria-hidden="true">✓ </span>
        {t('task.markDone')}
      </button>
      {task.state === 'not_started' && (
        <button
          type="button"
          className="button button--small button--secondary"
          aria-label={t('task.startLabel', { title: task.title })}
          disabled={busy}
          onClick={() => actions.start(task)}
        >
          {t('task.start')}
        </button>
      )}
    </>
  );
}

/** Puts focus back on a move button of the task once the list has re-rendered. */
function focusMove(taskId: string, preferred: 'up' | 'down', frames = 30) {
  requestAnimationFrame(() => {
    const buttons = [preferred, preferred === 'up' ? 'down' : 'up'].map((d) =>
      document.querySelector<HTMLButtonElement>(`button[data-move="${taskId}-${d}"]`),
    );
    const button = buttons.find((b) => b && !b.disabled);
    if (button) button.focus();
    else if (frames > 0) focusMove(taskId, preferred, frames - 1);
  });
}

/** Moving tasks up and down among those due the same day (one renumbering per move). */
export function useTaskReorder(projectId: string) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const toast = useToast();
  const mutation = useMutation({
    ...taskOrderMutations.reorder(queryClient),
    onError: (error, v) =>
      toast({
        message: `${t('task.moveFailed', { title: v.title })} ${errorMessage(error)}`,
        tone: 'error',
      }),
  });
  return {
    busy: mutation.isPending,
    move: <T extends Pick<TaskLike, 'id' | 'due_on' | 'title'>>(
      task: T,
      group: readonly T[],
      direction: -1 | 1,
    ) => {
      const taskIds = moveWithinTies(group, task.id, direction);
      if (!taskIds) return;
      // The pressed button may vanish (a task moved to the top cannot go up): focus follows the
      // task to a move button that remains, once the list has settled.
      const byKeyOrPointer = document.activeElement instanceof HTMLButtonElement;
      mutation.mutate(
        { projectId, taskIds, title: task.title },
        {
          onSuccess: () =>
            toast({
              message: t(direction < 0 ? 'task.movedUp' : 'task.movedDown', { title: task.title }),
              tone: 'info',
            }),
          onSettled: () => {
            if (byKeyOrPointer) focusMove(task.id, direction < 0 ? 'up' : 'down');
          },
        },
      );
    },
  };
}

const moves = [
  { direction: -1, key: 'up', icon: '↑', text: 'task.moveUp', label: 'task.moveUpLabel' },
  { direction: 1, key: 'down', icon: '↓', text: 'task.moveDown', label: 'task.moveDownLabel' },
] as const;

/** "Move up" and "Move down", shown only where the deadline leaves the order to the lead. */
export function MoveButtons<T extends Pick<TaskLike, 'id' | 'due_on' | 'title'>>({
  task,
  group,
  reorder,
}: {
  task: T;
  group: readonly T[];
  reorder: ReturnType<typeof useTaskReorder>;
}) {
  const { t } = useTranslation();
  return (
    <>
      {moves
        .filter((m) => moveWithinTies(group, task.id, m.direction) !== null)
        .map((m) => (
          <button
            key={m.key}
            type="button"
            className="button button--small button--secondary"
            aria-label={t(m.label, { title: task.title })}
            data-move={`${task.id}-${m.key}`}
            disabled={reorder.busy}
            onClick={() => reorder.move(task, group, m.direction)}
          >
            <span aria-hidden="true">{m.icon} </span>
            {t(m.text)}
          </button>
        ))}
    </>
  );
}
