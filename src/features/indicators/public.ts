// What the indicators feature lends to other features and pages. The portfolio and the
// project page import this module lazily (import()), so its sections, their strings
// (locales/indicators) and recharts never weigh on those pages' first download; each section
// waits for its strings itself (useIndicatorTexts).
import type { QueryClient } from '@tanstack/react-query';
import { indicatorQueries, progressQueries } from './queries';
import { loadIndicatorTexts } from './texts';

export { AreaHealth, AreaOutcomes, ProjectOutcomes } from './outcomes';
export { DashboardIndicators } from './dashboard-indicators';
export { loadIndicatorTexts };

/**
 * For route loaders: start a section's reads and strings beside the page's own. Settles when
 * they are there (a read that fails is left to the section), for a loader that shows the
 * section with the page.
 */
export async function prefetchOutcomes(
  queryClient: QueryClient,
  target: { projectSlug: string } | { areaId: string } | 'health' | 'attention',
): Promise<void> {
  const texts = loadIndicatorTexts().catch(() => undefined);
  const reads =
    target === 'health'
      ? [queryClient.prefetchQuery(indicatorQueries.health())]
      : target === 'attention'
        ? [queryClient.prefetchQuery(indicatorQueries.attention())]
        : 'projectSlug' in target
          ? [
              queryClient.prefetchQuery(progressQueries.project(target.projectSlug)),
              queryClient.prefetchQuery(indicatorQueries.forProject(target.projectSlug)),
            ]
          : [
              queryClient.prefetchQuery(progressQueries.area(target.areaId)),
              queryClient.prefetchQuery(indicatorQueries.forArea(target.areaId)),
            ];
  await Promise.all([texts, ...reads]);
}
