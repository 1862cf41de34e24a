import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { NotTranslated } from '@/components/translated';
import { formatDateTime } from '@/lib/dates';
import { localize, useContentLanguage, type Localized } from '@/lib/translated';
import { updatesNamespace } from '@/lib/updates-texts';
import type { ReminderLogEntry } from './queries';

const shownAtFirst = 20;
const taskless: Localized = { text: '', lang: 'fi', fallback: false };

const rules = [
  'task_due_soon',
  'task_late',
  'project_not_updated',
  'status_update_due',
  'followed_stage_changed',
  'followed_became_late',
  'followed_milestone_completed',
  'followed_published',
  'portfolio_late',
  'portfolio_stale',
  'nudge',
] as const;
type Rule = (typeof rules)[number];
const isRule = (value: string): value is Rule => (rules as readonly string[]).includes(value);

/** Where the task's title goes in the sentence (a private-use character, never text). */
const SLOT = '\uE000';

/**
 * A sentence with the task's title in it: plain text when the title is in the reader's language;
 * a Finnish title standing in for a translation is its own span with lang="fi" followed by the
 * quiet "not translated" marker (#14 §1, WCAG 3.1.2).
 */
function WithTask({ sentence, task }: { sentence: (title: string) => string; task: Localized }) {
  if (!task.fallback) return <>{sentence(task.text)}</>;
  const [before = '', after = ''] = sentence(SLOT).split(SLOT);
  return (
    <>
      {before}
      <span lang={task.lang}>{task.text}</span> <NotTranslated />
      {after}
    </>
  );
}

/** "Muistutusloki": who was told what about the project, when, whether they read it and the mail. */
export function ReminderLog({ entries }: { entries: readonly ReminderLogEntry[] }) {
  const { t, i18n } = useTranslation(updatesNamespace);
  const lng = i18n.language;
  const content = useContentLanguage();
  const id = useId();
  const [all, setAll] = useState(false);
  if (entries.length === 0) return <p className="empty">{t('logEmpty')}</p>;
  const shown = all ? entries : entries.slice(0, shownAtFirst);
  const mail = (e: ReminderLogEntry) => {
    if (e.mail_sent_at) return t('mail_sent', { date: formatDateTime(e.mail_sent_at, lng) });
    if (e.mail_failed_at) return t('mail_failed', { date: formatDateTime(e.mail_failed_at, lng) });
    if (e.mail_state === 'queued' || e.mail_state === 'skipped') return t(`mail_${e.mail_state}`);
    return t('mail_pending');
  };
  return (
    <>
      <div className="table-scroll">
        <table className="reminder-log">
          <caption className="visually-hidden" id={id}>
            {t('logHeading')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('colWhen')}</th>
              <th scope="col">{t('colRecipient')}</th>
              <th scope="col">{t('colWhat')}</th>
              <th scope="col">{t('colRead')}</th>
              <th scope="col">{t('colMail')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((e) => (
              <tr key={`${e.notification_id}`}>
                <td>
                  <time dateTime={e.notified_at}>{formatDateTime(e.notified_at, lng)}</time>
                </td>
                <td>{e.recipient_name}</td>
                <td>
                  {isRule(e.rule) ? t(`rule_${e.rule}`) : e.rule}
                  {e.task_title && (
                    <>
                      {' — '}
                      <WithTask
                        sentence={(title) => t('logTask', { title })}
                        task={localize(e, 'task_title', content) ?? taskless}
                      />
                    </>
                  )}
                </td>
                <td>
                  {e.read_at ? t('readAt', { date: formatDateTime(e.read_at, lng) }) : t('unread')}
                </td>
                <td>{mail(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!all && entries.length > shownAtFirst && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setAll(true)}
        >
          {t('logShowAll', { count: entries.length })}
        </button>
      )}
    </>
  );
}
