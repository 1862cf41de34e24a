import { useId, useState } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { formatDate } from '@/lib/dates';
import { updatesNamespace } from '@/lib/updates-texts';
import type { StatusUpdate } from './queries';

const shownAtFirst = 3;

function UpdateItem({ update }: { update: StatusUpdate }) {
  const { t, i18n } = useTranslation(updatesNamespace);
  const { t: tMain } = useTranslation();
  const id = useId();
  const date = formatDate(update.created_at, i18n.language);
  const parts = [
    { label: t('happened'), text: update.happened },
    { label: t('nextSteps'), text: update.next_steps },
    { label: t('risks'), text: update.risks },
  ].filter((p): p is { label: string; text: string } => !!p.text);
  return (
    <li>
      <article className="status-update" aria-labelledby={id}>
        <h3 id={id} className="status-update__title">
          <time dateTime={update.created_at}>
            {update.authorName ? t('byline', { date, name: update.authorName }) : date}
          </time>
        </h3>
        <dl className="status-update__parts">
          {parts.map((p) => (
            <div key={p.label}>
              <dt>{p.label}</dt>
              <dd className="prose">{p.text}</dd>
            </div>
          ))}
        </dl>
        {update.proposed_schedule_status && (
          <p className="status-update__proposal">
            {t('proposedValue', { status: tMain(`schedule.${update.proposed_schedule_status}`) })}
          </p>
        )}
      </article>
    </li>
  );
}

/** A project's status updates, newest first: the latest few, the rest on request. */
export function StatusUpdateList({ updates }: { updates: readonly StatusUpdate[] }) {
  const { t } = useTranslation(updatesNamespace);
  const [all, setAll] = useState(false);
  if (updates.length === 0) return <p className="empty">{t('empty')}</p>;
  const shown = all ? updates : updates.slice(0, shownAtFirst);
  return (
    <>
      <ol className="plain-list status-updates__list">
        {shown.map((u) => (
          <UpdateItem key={u.id} update={u} />
        ))}
      </ol>
      {!all && updates.length > shownAtFirst && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setAll(true)}
        >
          {t('showAll', { count: updates.length })}
        </button>
      )}
    </>
  );
}
