import { useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import { NotTranslated, Translated } from '@/components/translated';
import { formatDateTime } from '@/lib/dates';
import { ZeroRowsError } from '@/lib/errors';
import { useContentLanguage } from '@/lib/translated';
import {
  describeNotification,
  isOpenTaskReminder,
  notificationHref,
  notificationProject,
  notificationTask,
} from './describe';
import type { AppNotification } from './queries';
import { notificationsNamespace } from './texts';

export interface NotificationActions {
  markRead: (n: AppNotification) => Promise<unknown>;
  /** Resolves with how many were marked. */
  markAllRead: () => Promise<number>;
  /** Completes the reminder's task (and marks the reminder read). */
  markDone: (
    n: AppNotification & { task: NonNullable<AppNotification['task']> },
  ) => Promise<unknown>;
}

type Message = { tone: 'success' | 'error'; text: string };

/** Where the task's title goes in the sentence (a private-use character, never text). */
const SLOT = '\uE000';

const itemId = (n: AppNotification) => `notification-${n.id}`;

/** After the button pressed went away (read, done), focus stays on its notification. */
function focusItem(n: AppNotification) {
  requestAnimationFrame(() => document.getElementById(itemId(n))?.focus());
}

/**
 * The notifications, newest first: what each is about in the reader's language, a link to its
 * task or project, read or unread in words (not only in style), "mark read", "mark all read",
 * and "mark done" on a reminder whose task is still open. Outcomes are said in a status line;
 * a refusal (zero rows) is said as an error, never swallowed.
 */
export function NotificationList({
  notifications,
  actions,
}: {
  notifications: AppNotification[];
  actions: NotificationActions;
}) {
  const { t, i18n } = useTranslation(notificationsNamespace);
  const { t: tApp } = useTranslation();
  const content = useContentLanguage();
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const unread = notifications.filter((n) => !n.read_at).length;
  const stageName = (stage: 'not_started' | 'planning' | 'implementation' | 'completed') =>
    tApp(`stage.${stage}`);

  const run = async (key: string, work: () => Promise<Message>) => {
    setBusy(key);
    setMessage(null);
    try {
      setMessage(await work());
    } finally {
      setBusy(null);
    }
  };

  const failure = (error: unknown, text: string): Message => ({
    tone: 'error',
    text: error instanceof ZeroRowsError ? `${text} ${tApp('edit.zeroRows')}` : text,
  });

  return (
    <>
      <div className="button-row notifications__toolbar">
        {unread > 0 && (
          <button
            type="button"
            className="button button--secondary"
            disabled={busy !== null}
            onClick={() =>
              void run('all', async () => {
                try {
                  const count = await actions.markAllRead();
                  return { tone: 'success', text: t('allRead', { count }) };
                } catch (error) {
                  return failure(error, t('markReadFailed'));
                }
              })
            }
          >
            {t('markAllRead')}
          </button>
        )}
      </div>
      <div className="notifications__status" role="status" aria-live="polite">
        {message?.tone === 'success' && <p className="notice notice--success">{message.text}</p>}
      </div>
      {message?.tone === 'error' && (
        <div className="notice notice--error" role="alert">
          <p>{message.text}</p>
        </div>
      )}
      {notifications.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ol className="notifications" aria-label={t('listLabel')}>
          {notifications.map((n) => {
            const taskTitle = notificationTask(n, content);
            const text = describeNotification(n, t, stageName, i18n.language, taskTitle?.text);
            // A Finnish title standing in for a translation: its own span, lang="fi", marked.
            const [before, after] = taskTitle?.fallback
              ? describeNotification(n, t, stageName, i18n.language, SLOT).split(SLOT)
              : [];
            const href = notificationHref(n);
            const name = notificationProject(n, content);
            const task = n.task;
            return (
              <li
                key={n.id}
                id={itemId(n)}
                tabIndex={-1}
                className={n.read_at ? 'notification' : 'notification notification--unread'}
              >
                <p className="notification__meta">
                  <span className="notification__state">{n.read_at ? t('read') : t('unread')}</span>
                  {' · '}
                  {t(`kind.${n.kind}`)}
                  {' · '}
                  <time dateTime={n.created_at}>{formatDateTime(n.created_at, i18n.language)}</time>
                </p>
                <p className="notification__text">
                  {name && (
                    <>
                      {href ? (
                        <Translated value={name} as={Link} to={href} />
                      ) : (
                        <Translated value={name} />
                      )}
                      :{' '}
                    </>
                  )}
                  {taskTitle?.fallback && after !== undefined ? (
                    <>
                      {before}
                      <span lang={taskTitle.lang}>{taskTitle.text}</span> <NotTranslated />
                      {after}
                    </>
                  ) : (
                    text
                  )}
                </p>
                <div className="button-row">
                  {task && isOpenTaskReminder(n) && (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('markDoneLabel', { title: taskTitle?.text ?? task.title })}
                      disabled={busy !== null}
                      onClick={() =>
                        void run(n.id, async () => {
                          try {
                            await actions.markDone({ ...n, task });
                            focusItem(n);
                            return {
                              tone: 'success',
                              text: t('taskDone', { title: taskTitle?.text ?? task.title }),
                            };
                          } catch (error) {
                            return failure(
                              error,
                              t('taskFailed', { title: taskTitle?.text ?? task.title }),
                            );
                          }
                        })
                      }
                    >
                      <span aria-hidden="true">✓ </span>
                      {t('markDone')}
                    </button>
                  )}
                  {task?.state === 'done' &&
                    (n.rule === 'task_due_soon' || n.rule === 'task_late') && (
                      <span className="notification__done">{t('taskIsDone')}</span>
                    )}
                  {!n.read_at && (
                    <button
                      type="button"
                      className="button button--small button--secondary"
                      aria-label={t('markReadLabel', {
                        text: name ? `${name.text}: ${text}` : text,
                      })}
                      disabled={busy !== null}
                      onClick={() =>
                        void run(n.id, async () => {
                          try {
                            await actions.markRead(n);
                            focusItem(n);
                            return { tone: 'success', text: t('markedRead') };
                          } catch (error) {
                            return failure(error, t('markReadFailed'));
                          }
                        })
                      }
                    >
                      {t('markRead')}
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
