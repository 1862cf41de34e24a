import { AccessibilityStatement } from '@/features/about/accessibility-statement';
import type { PageRoute } from './route-types';

/** The accessibility statement: static text, no data to load. */
export function accessibilityRoute(): PageRoute {
  return { element: <AccessibilityStatement /> };
}
