import type { LoaderFunction } from 'react-router';
import type { ReactNode } from 'react';

/** What a route module contributes; the router decides where it sits. */
export interface PageRoute {
  loader?: LoaderFunction;
  element: ReactNode;
  errorElement?: ReactNode;
}
