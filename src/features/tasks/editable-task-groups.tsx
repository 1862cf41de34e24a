import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import {
  MoveButtons,
  TaskButtons,
  useTaskActions,
  useTaskReorder,
  type ActionableTask,
} from './task-actions';
import { TaskGroups, type DisplayTask } from './task-groups';

interface Props<T extends DisplayTask & ActionableTask> {
  projectId: string;
  projectSlug: string;
  tasks: readonly T[];
  today: string;
}

/**
 * A project's task groups with the buttons of those who may edit it: start, complete, move,
 * edit. A module of its own, loaded on demand, so a reader's project page does not download
 * the task writes (src/app/routes/project.tsx shows the read-only groups meanwhile).
 */
export function EditableTaskGroups<T extends DisplayTask & ActionableTask>({
  projectId,
  projectSlug,
  tasks,
  today,
}: Props<T>) {
  const { t } = useTranslation();
  const actions = useTaskActions();
  const reorder = useTaskReorder(projectId);
  return (
    <TaskGroups
      tasks={tasks}
      today={today}
      renderActions={(task, group) => (
        <>
          <TaskButtons task={task} actions={actions} />
          {task.state !== 'done' && <MoveButtons task={task} group={group} reorder={reorder} />}
          <Link
            className="button button--small button--secondary"
            to={`/projects/${projectSlug}/tasks/${task.id}/edit`}
            aria-label={t('taskForm.editLabel', { title: task.title })}
          >
            {t('taskForm.edit')}
          </Link>
        </>
      )}
    />
  );
}
