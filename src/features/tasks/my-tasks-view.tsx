import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { isOpen, sortForMyTasks } from './grouping';
import { toLanguage, type Language } from '@/lib/language';
import { buildIcs } from './ics';
import type { MyTask } from './queries';
import { TaskButtons, useTaskActions } from './task-actions';
import { TaskItem } from './task-groups';
import { saveFile } from '@/lib/download';

function downloadIcs(tasks: MyTask[], fileName: string, calendarName: string, lang: Language) {
  const ics = buildIcs(tasks, { calendarName, origin: window.location.origin, lang });
  saveFile(new Blob([ics], { type: 'text/calendar;charset=utf-8' }), fileName);
}

interface Props {
  tasks: MyTask[];
  today: string;
}

/** Open tasks of my projects and those assigned to me: overdue first, then by deadline. */
export function MyTasksView({ tasks, today }: Props) {
  const { t, i18n } = useTranslation();
  const actions = useTaskActions();
  // The list holds open tasks only; the state filter keeps a task just marked done (optimistic,
  // before the list is read again) out of view.
  const open = sortForMyTasks(tasks.filter(isOpen), today);
  const groups = [
    {
      key: 'overdue',
      title: t('myTasks.overdue'),
      tasks: open.filter((x) => x.is_overdue),
    },
    {
      key: 'upcoming',
      title: t('myTasks.upcoming'),
      tasks: open.filter((x) => x.due_on && !x.is_overdue),
    },
    { key: 'none', title: t('myTasks.noDue'), tasks: open.filter((x) => !x.due_on) },
  ];
  const withDeadline = open.filter((x) => x.due_on);

  return (
    <section>
      <PageTitle title={t('myTasks.title')} />
      <h1>{t('myTasks.title')}</h1>
      <p>{t('myTasks.intro')}</p>
      {withDeadline.length > 0 && (
        <p>
          <button
            type="button"
            className="button button--secondary"
            onClick={() =>
              downloadIcs(
                withDeadline,
                t('myTasks.icsFileName'),
                t('myTasks.title'),
                toLanguage(i18n.language),
              )
            }
          >
            {t('myTasks.downloadIcs')}
          </button>
        </p>
      )}
      {open.length === 0 ? (
        <p className="empty empty--large">{t('myTasks.empty')}</p>
      ) : (
        groups.map(
          (group) =>
            group.tasks.length > 0 && (
              <section key={group.key} className="task-group" aria-labelledby={`my-${group.key}`}>
                <h2 id={`my-${group.key}`}>
                  {group.title} <span className="muted">({group.tasks.length})</span>
                </h2>
                <ul className="task-list">
                  {group.tasks.map((task) => (
                    <TaskItem
                      key={task.id}
                      task={task}
                      today={today}
                      context={
                        <>
                          <Link to={`/projects/${task.project.slug}`}>
                            {t('myTasks.project', { name: task.project.name })}
                          </Link>
                          {task.assigned_to_me && (
                            <span className="badge badge--neutral">
                              {t('myTasks.assignedToMe')}
                            </span>
                          )}
                        </>
                      }
                      actions={<TaskButtons task={task} actions={actions} />}
                    />
                  ))}
                </ul>
              </section>
            ),
        )
      )}
    </section>
  );
}
