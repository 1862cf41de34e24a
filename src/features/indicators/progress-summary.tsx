import { formatDate } from '@/lib/dates';
import type { ProgressData } from './model';
import { useIndicatorT } from './texts';
import { driftText, elapsedPercent, roundPercent } from './wording';

/**
 * Progress (manual or from the tasks, as project_progress decides) beside the time gone, and
 * deadline drift with the forecast end in words. Growth areas show the mean of their projects.
 */
export function ProgressSummary({
  data,
  headingId,
  startsOn = null,
  endsOn = null,
  today,
}: {
  data: ProgressData | null;
  headingId: string;
  startsOn?: string | null;
  endsOn?: string | null;
  today: string;
}) {
  const { t, lang } = useIndicatorT();
  const percent = data?.progress == null ? null : roundPercent(data.progress);
  const elapsed = elapsedPercent(startsOn, endsOn, today);
  const drift = data ? driftText(data.drift, t, lang) : null;
  const forecast = data?.drift?.forecast_end_on ?? null;
  const planned = data?.drift?.planned_end_on ?? null;
  return (
    <section aria-labelledby={headingId} className="progress-summary">
      <h2 id={headingId}>{t('progress.heading')}</h2>
      {percent === null || !data ? (
        <p className="empty">{t('progress.none')}</p>
      ) : (
        <>
          <p className="progress-summary__value">
            <span className="meter" aria-hidden="true">
              <span className="meter__fill" style={{ width: `${percent}%` }} />
            </span>{' '}
            <strong>
              {t('progress.label')}: {t('progress.value', { percent })}
            </strong>
          </p>
          <p className="muted">
            {data.projects !== null
              ? t('progress.areaMean', { count: data.projects })
              : data.manual
                ? t('progress.manual', { note: data.note ?? '' })
                : t('progress.computed', { done: data.done, total: data.total })}
          </p>
          {elapsed !== null ? <p>{t('progress.vsTime', { progress: percent, elapsed })}</p> : null}
        </>
      )}
      {drift ? (
        <>
          <h3>{t('progress.drift.heading')}</h3>
          <p>{drift}</p>
          {forecast && planned ? (
            <dl className="facts">
              <div>
                <dt>{t('progress.drift.planned')}</dt>
                <dd>{formatDate(planned, lang)}</dd>
              </div>
              <div>
                <dt>{t('progress.drift.forecast')}</dt>
                <dd>{formatDate(forecast, lang)}</dd>
              </div>
            </dl>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
