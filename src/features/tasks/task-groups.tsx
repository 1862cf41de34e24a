import type { ReactNode } from 'react';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Translated } from '@/components/translated';
import { formatDate } from '@/lib/dates';
import { localize, useContentLanguage } from '@/lib/translated';
import { daysOverdue, groupTasks, type TaskLike } from './grouping';

export interface DisplayTask extends TaskLike {
  details: string | null;
  /** Translations (NULL = not translated: the Finnish text shows, marked). */
  title_sv?: string | null;
  title_en?: string | null;
  details_sv?: string | null;
  details_en?: string | null;
  is_milestone: boolean;
  assignee?: { full_name: string } | null;
}

interface ItemProps<T extends DisplayTask> {
  task: T;
  today: string;
  actions?: ReactNode;
  /** Shown above the title, e.g. the project on "my tasks". */
  context?: ReactNode;
}

/** One task: its date, an overdue flag in words, title, note and the actions the user may take. */
export function TaskItem<T extends DisplayTask>({ task, today, actions, context }: ItemProps<T>) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const content = useContentLanguage();
  const late = daysOverdue(task, today);
  const dueToday = task.state !== 'done' && task.due_on === today;
  const item = useRef<HTMLLIElement>(null);
  const anchor = `task-${task.id}`;
  // A link to #task-<id> (a reminder, a mail) lands on the task: focus after the layout has
  // focused the page's heading, whose effect runs after this one.
  useEffect(() => {
    if (window.location.hash !== `#${anchor}`) return;
    const frame = requestAnimationFrame(() => item.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, [anchor]);
  return (
    <li id={anchor} ref={item} tabIndex={-1} className={`task${late > 0 ? ' task--overdue' : ''}`}>
      <p className="task__date">
        {task.state === 'done' && task.completed_on ? (
          <span>{t('task.completedOn', { date: formatDate(task.completed_on, lng) })}</span>
        ) : task.due_on ? (
          <span>{t('task.due', { date: formatDate(task.due_on, lng) })}</span>
        ) : (
          <span className="muted">{t('task.noDue')}</span>
        )}
        {late > 0 && (
          <span className="badge badge--late">
            <span className="badge__icon" aria-hidden="true">
              !
            </span>
            {t('task.overdueBy', { count: late })}
          </span>
        )}
        {dueToday && <span className="badge badge--neutral">{t('task.dueToday')}</span>}
        {task.is_milestone && (
          <span className="badge badge--neutral">
            <span aria-hidden="true">◆ </span>
            {t('task.milestone')}
          </span>
        )}
      </p>
      {context && <p className="task__project">{context}</p>}
      <p className="task__title">
        <Translated value={localize(task, 'title', content)} />
      </p>
      <Translated as="p" className="task__details" value={localize(task, 'details', content)} />
      {task.assignee && (
        <p className="task__meta">{t('task.assignee', { name: task.assignee.full_name })}</p>
      )}
      {actions && <div className="task__actions">{actions}</div>}
    </li>
  );
}

function Group<T extends DisplayTask>({
  title,
  empty,
  tasks,
  today,
  renderActions,
}: {
  title: string;
  empty: string;
  tasks: T[];
  today: string;
  renderActions?: (task: T, group: readonly T[]) => ReactNode;
}) {
  const id = useId();
  return (
    <section className="task-group" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {tasks.length > 0 ? (
        <ul className="task-list">
          {tasks.map((task) => (
            <TaskItem
              key={task.id}
              task={task}
              today={today}
              actions={renderActions?.(task, tasks)}
            />
          ))}
        </ul>
      ) : (
        <p className="empty">{empty}</p>
      )}
    </section>
  );
}

interface Props<T extends DisplayTask> {
  tasks: readonly T[];
  today: string;
  /**
   * Buttons for one task (given with the group it is listed in), when the user may edit; the
   * groups themselves are read-only.
   */
  renderActions?: (task: T, group: readonly T[]) => ReactNode;
}

/** Tehtävät: "Mitä on tehtävä?", "Mitä nyt tehdään?" and "Mitä on tehty?". */
export function TaskGroups<T extends DisplayTask>({ tasks, today, renderActions }: Props<T>) {
  const { t } = useTranslation();
  const groups = groupTasks(tasks);
  return (
    <>
      <Group
        title={t('tasks.todo')}
        empty={t('tasks.emptyTodo')}
        tasks={groups.todo}
        today={today}
        renderActions={renderActions}
      />
      <Group
        title={t('tasks.inProgress')}
        empty={t('tasks.emptyInProgress')}
        tasks={groups.inProgress}
        today={today}
        renderActions={renderActions}
      />
      <Group
        title={t('tasks.done')}
        empty={t('tasks.emptyDone')}
        tasks={groups.done}
        today={today}
        renderActions={renderActions}
      />
      {groups.cancelled.length > 0 && (
        <Group
          title={t('tasks.cancelled')}
          empty=""
          tasks={groups.cancelled}
          today={today}
          renderActions={renderActions}
        />
      )}
    </>
  );
}
