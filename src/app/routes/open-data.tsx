import { OpenDataPage } from '@/features/about/open-data-page';
import type { PageRoute } from './route-types';

/** How to read the public data through the API: static text, no data to load. */
export function openDataRoute(): PageRoute {
  return { element: <OpenDataPage /> };
}
