import { useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import { subDays } from 'date-fns';
import { useId } from 'react';
import { Link } from 'react-router';
import { formatDate, formatDateTime, todayIso } from '@/lib/dates';
import { changeText, noteText } from './format';
import { dashboardMutations } from './mutations';
import { dashboardQueries, reviewRowLimit } from './queries';
import { groupReviewChanges } from './summary';
import type { Language } from '@/lib/language';
import type { DashboardT } from './strings';
import type { ReviewChange } from './types';

/** The start of review mode: the chosen day, else the previous review, else 30 days ago. */
export function reviewSince(
  chosenDay: string | null,
  lastReview: string | null,
  now = new Date(),
): string {
  if (chosenDay) return new Date(`${chosenDay}T00:00:00`).toISOString();
  if (lastReview) return lastReview;
  const start = subDays(now, 30);
  start.setHours(0, 0, 0, 0);
  return start.toISOString();
}

export function ReviewChanges({
  changes,
  t,
  lang,
}: {
  changes: readonly ReviewChange[];
  t: DashboardT;
  lang: Language;
}) {
  if (changes.length === 0) return <p>{t('reviewEmpty')}</p>;
  const groups = groupReviewChanges(changes);
  return (
    <div className="dashboard-review">
      <p>
        {t('reviewCount', { count: changes.length })}
        {changes.length >= reviewRowLimit
          ? ` ${t('reviewTruncated', { count: changes.length })}`
          : ''}
      </p>
      {groups.map((g) => (
        <section
          key={g.growthAreaId ?? 'other'}
          aria-label={g.growthAreaName ?? t('otherProjects')}
        >
          <h3>{g.growthAreaName ?? t('otherProjects')}</h3>
          {g.projects.map((p) => (
            <article key={p.projectId ?? 'none'} className="dashboard-review__project">
              <h4>
                {p.projectSlug ? (
                  <Link to={`/projects/${p.projectSlug}`}>{p.projectName ?? p.projectSlug}</Link>
                ) : (
                  (p.projectName ?? t('unknown'))
                )}
              </h4>
              <ul>
                {p.changes.map((c) => (
                  <li key={`${c.auditId}-${c.kind}`}>
                    <time dateTime={c.occurredAt}>{formatDateTime(c.occurredAt, lang)}</time>{' '}
                    <strong>{changeText(c, t, lang)}</strong>
                    {c.taskTitle ? <> — {t('reviewTask', { title: c.taskTitle })}</> : null}
                    {c.note ? <> — “{noteText(c.note)}”</> : null}
                    <span className="dashboard-review__actor">
                      {' '}
                      ({c.actorName ? t('reviewBy', { name: c.actorName }) : t('reviewBySystem')})
                    </span>
                  </li>
                ))}
              </ul>
            </article>
          ))}
        </section>
      ))}
    </div>
  );
}

function ReviewBody({
  query,
  t,
  lang,
}: {
  query: UseQueryResult<ReviewChange[]>;
  t: DashboardT;
  lang: Language;
}) {
  if (query.isPending) return <p role="status">{t('loading')}</p>;
  if (query.isError) return <p role="alert">{t('loadFailed')}</p>;
  return <ReviewChanges changes={query.data} t={t} lang={lang} />;
}

/** Review mode for directors: pick a date (default: the previous review) and see what changed. */
export function ReviewMode({
  userId,
  chosenDay,
  onChooseDay,
  t,
  lang,
}: {
  userId: string;
  chosenDay: string | null;
  onChooseDay: (day: string | null) => void;
  t: DashboardT;
  lang: Language;
}) {
  const inputId = useId();
  const lastReview = useQuery(dashboardQueries.lastReview(userId));
  const since =
    lastReview.isPending && !chosenDay ? null : reviewSince(chosenDay, lastReview.data ?? null);
  const changes = useQuery({ ...dashboardQueries.changes(since ?? ''), enabled: since !== null });
  const queryClient = useQueryClient();
  const mark = useMutation(dashboardMutations.markReviewed(queryClient, userId));
  const shownDay = since ? todayIso(new Date(since)) : '';
  return (
    <div>
      <p>{t('reviewIntro')}</p>
      <p>
        {lastReview.data
          ? t('reviewPrevious', { date: formatDateTime(lastReview.data, lang) })
          : t('reviewNoPrevious')}
      </p>
      <div className="dashboard-review__controls">
        <label htmlFor={inputId}>{t('reviewSince')}</label>
        <input
          id={inputId}
          type="date"
          value={shownDay}
          max={todayIso()}
          onChange={(e) => onChooseDay(e.target.value || null)}
        />
        <button
          type="button"
          className="button button--small"
          disabled={mark.isPending}
          onClick={() => mark.mutate(new Date().toISOString())}
        >
          {t('reviewMark')}
        </button>
      </div>
      <div aria-live="polite">
        {mark.isSuccess ? (
          <p role="status">{t('reviewMarked', { date: formatDate(mark.data, lang) })}</p>
        ) : null}
        {mark.isError ? <p role="alert">{t('reviewMarkFailed')}</p> : null}
      </div>
      {since ? (
        <ReviewBody query={changes} t={t} lang={lang} />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </div>
  );
}
