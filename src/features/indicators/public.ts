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

/** For route loaders: start a section's reads and strings beside the page's own. */
export function prefetchOutcomes(
  queryClient: QueryClient,
  target: { projectId: string } | { areaId: string } | 'health' | 'attention',
): void {
  void loadIndicatorTexts();
  if (target === 'health') {
    void queryClient.prefetchQuery(indicatorQueries.health());
  } else if (target === 'attention') {
    void queryClient.prefetchQuery(indicatorQueries.attention());
  } else if ('projectId' in target) {
    void queryClient.prefetchQuery(progressQueries.project(target.projectId));
    void queryClient.prefetchQuery(indicatorQueries.forProject(target.projectId));
  } else {
    void queryClient.prefetchQuery(progressQueries.area(target.areaId));
    void queryClient.prefetchQuery(indicatorQueries.forArea(target.areaId));
  }
}
