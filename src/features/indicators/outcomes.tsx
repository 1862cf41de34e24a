import { usePrefetchQuery, useSuspenseQuery } from '@tanstack/react-query';
import { todayIso } from '@/lib/dates';
import { IndicatorList } from './indicator-list';
import { indicatorQueries, progressQueries } from './queries';
import { ProgressSummary } from './progress-summary';
import { useIndicatorT, useIndicatorTexts } from './texts';
import './indicators.css';

/**
 * The project page's progress, drift and indicators (two requests, made together, by the
 * project's slug: the page's loader starts them beside the project's own read, prefetchOutcomes).
 */
export function ProjectOutcomes({
  slug,
  startsOn,
  endsOn,
}: {
  slug: string;
  startsOn: string | null;
  endsOn: string | null;
}) {
  // Both reads start at once, beside the texts (if the loader has not started them already):
  // waiting for one before asking for the next would delay the section.
  usePrefetchQuery(progressQueries.project(slug));
  usePrefetchQuery(indicatorQueries.forProject(slug));
  useIndicatorTexts();
  const { t } = useIndicatorT();
  const { data: progress } = useSuspenseQuery(progressQueries.project(slug));
  const { data: indicators } = useSuspenseQuery(indicatorQueries.forProject(slug));
  return (
    <div className="outcomes">
      <ProgressSummary
        data={progress}
        headingId="project-progress"
        startsOn={startsOn}
        endsOn={endsOn}
        today={todayIso()}
      />
      <IndicatorList
        indicators={indicators}
        headingId="project-indicators"
        heading={t('heading')}
      />
    </div>
  );
}

/** A growth area's progress (the mean of its projects), drift and indicators. */
export function AreaOutcomes({ areaId }: { areaId: string }) {
  useIndicatorTexts();
  const { t } = useIndicatorT();
  const { data: progress } = useSuspenseQuery(progressQueries.area(areaId));
  const { data: indicators } = useSuspenseQuery(indicatorQueries.forArea(areaId));
  return (
    <div className="outcomes">
      <ProgressSummary data={progress} headingId="area-progress" today={todayIso()} />
      <IndicatorList indicators={indicators} headingId="area-indicators" heading={t('heading')} />
    </div>
  );
}

/** The portfolio's indicator health of one growth area, at a glance (one request for all areas). */
export function AreaHealth({ areaId }: { areaId: string }) {
  useIndicatorTexts();
  const { t } = useIndicatorT();
  const { data: health } = useSuspenseQuery(indicatorQueries.health());
  const counts = health.get(areaId);
  if (!counts) return <span className="area-health muted">{t('health.none')}</span>;
  return (
    <span className="area-health">
      {counts.behind > 0 ? (
        <span className="area-health__flag" aria-hidden="true">
          !{' '}
        </span>
      ) : null}
      {t('health.summary', counts)}
    </span>
  );
}
