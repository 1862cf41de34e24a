// What the indicators feature lends to other features and pages. The sections are lazy: their
// code, their strings (locales/indicators) and recharts never weigh on a page's first download.
import { lazy } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { loadIndicatorTexts } from './texts';

/** A chunk whose strings arrive with it. */
function withTexts<T>(chunk: Promise<T>): Promise<T> {
  return Promise.all([chunk, loadIndicatorTexts()]).then(([module]) => module);
}

/** The project page's progress, drift and indicators. */
export const ProjectOutcomes = lazy(() =>
  withTexts(import('./outcomes')).then((m) => ({ default: m.ProjectOutcomes })),
);

/** A growth area's progress, drift and indicators. */
export const AreaOutcomes = lazy(() =>
  withTexts(import('./outcomes')).then((m) => ({ default: m.AreaOutcomes })),
);

/** One growth area's indicator health on the portfolio. */
export const AreaHealth = lazy(() =>
  withTexts(import('./outcomes')).then((m) => ({ default: m.AreaHealth })),
);

/** The dashboard's lists of indicators behind and without a recent value. */
export const DashboardIndicators = lazy(() =>
  withTexts(import('./dashboard-indicators')).then((m) => ({ default: m.DashboardIndicators })),
);

/** For route loaders: start a section's reads beside the page's own (not awaited). */
export function prefetchOutcomes(
  queryClient: QueryClient,
  target: { projectId: string } | { areaId: string } | 'health' | 'attention',
): void {
  void loadIndicatorTexts();
  void import('./queries').then(({ indicatorQueries, progressQueries }) => {
    const reads =
      target === 'health'
        ? [indicatorQueries.health()]
        : target === 'attention'
          ? [indicatorQueries.attention()]
          : 'projectId' in target
            ? [
                progressQueries.project(target.projectId),
                indicatorQueries.forProject(target.projectId),
              ]
            : [progressQueries.area(target.areaId), indicatorQueries.forArea(target.areaId)];
    for (const read of reads)
      void queryClient.prefetchQuery(read as Parameters<QueryClient['prefetchQuery']>[0]);
  });
}
