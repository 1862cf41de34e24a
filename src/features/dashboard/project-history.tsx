import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { formatDateTime } from '@/lib/dates';
import { changeText, noteText } from './format';
import { dashboardQueries, reviewRowLimit } from './queries';
import { useDashboardT } from './strings';

const shownAtFirst = 10;

/**
 * "Muutoshistoria" on a project page: every change of the project and its tasks from the audit
 * trail, newest first, with who and when. Only for those who may read the audit trail (directors
 * and admins; row-level security returns nothing to anyone else, and the page does not ask).
 */
export function ProjectHistory({ projectId }: { projectId: string }) {
  const { t, lang } = useDashboardT();
  const id = useId();
  const [all, setAll] = useState(false);
  const history = useQuery(dashboardQueries.projectHistory(projectId));
  const changes = history.data ?? [];
  const shown = all ? changes : changes.slice(0, shownAtFirst);
  return (
    <section aria-labelledby={id} className="project-history">
      <h2 id={id}>{t('historyHeading')}</h2>
      {history.isPending ? (
        <p aria-live="polite">{t('historyLoading')}</p>
      ) : history.isError ? (
        <p className="notice notice--error">{t('historyFailed')}</p>
      ) : changes.length === 0 ? (
        <p className="empty">{t('historyEmpty')}</p>
      ) : (
        <>
          <ol className="plain-list project-history__list">
            {shown.map((c) => (
              <li key={`${c.auditId}-${c.kind}`}>
                <time dateTime={c.occurredAt}>{formatDateTime(c.occurredAt, lang)}</time>{' '}
                <strong>{changeText(c, t, lang)}</strong>
                {c.taskTitle ? <> — {t('reviewTask', { title: c.taskTitle })}</> : null}
                {c.note ? <> — “{noteText(c.note)}”</> : null}{' '}
                <span className="muted">
                  ({c.actorName ? t('reviewBy', { name: c.actorName }) : t('reviewBySystem')})
                </span>
              </li>
            ))}
          </ol>
          {changes.length > shownAtFirst && !all && (
            <button type="button" className="button button--secondary" onClick={() => setAll(true)}>
              {t('historyShowAll', { count: changes.length })}
            </button>
          )}
          {all && changes.length >= reviewRowLimit && (
            <p className="muted">{t('historyTruncated', { count: changes.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
