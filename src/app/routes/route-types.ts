import type { LoaderFunction, ShouldRevalidateFunction } from 'react-router';
import type { ReactNode } from 'react';

/** What a route module contributes; the router decides where it sits. */
export interface PageRoute {
  loader?: LoaderFunction;
  shouldRevalidate?: ShouldRevalidateFunction;
  element: ReactNode;
  errorElement?: ReactNode;
}
