import { AccessibilityStatement } from '@/features/about/accessibility-statement';
import { loadAboutTexts } from '@/features/about/texts';
import type { PageRoute } from './route-types';

/** The accessibility statement: static text, loaded with the page. */
export function accessibilityRoute(): PageRoute {
  return {
    loader: async () => {
      await loadAboutTexts();
      return null;
    },
    element: <AccessibilityStatement />,
  };
}
