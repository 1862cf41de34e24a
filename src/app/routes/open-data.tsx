import { OpenDataPage } from '@/features/about/open-data-page';
import { loadAboutTexts } from '@/features/about/texts';
import type { PageRoute } from './route-types';

/** How to read the public data through the API: static text, loaded with the page. */
export function openDataRoute(): PageRoute {
  return {
    loader: async () => {
      await loadAboutTexts();
      return null;
    },
    element: <OpenDataPage />,
  };
}
