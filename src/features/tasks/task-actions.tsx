import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useToast } from '@/components/toast';
import { todayIso } from '@/lib/dates';
import { ZeroRowsError } from '@/lib/errors';
import type { TaskState } from '@/lib/domain';
import { taskMutations, type TaskStateChange } from './mutations';

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
