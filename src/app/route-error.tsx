/**
 * The error pages (route-error-page.tsx: failed loads, missing pages, an expired session) load
 * when a page fails, not with every first visit; `preloadRouteError` fetches them once the
 * browser is idle, so a page that fails because the network went away can still say so.
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const load = () => import('./route-error-page');
const ErrorPage = lazy(() => load().then((m) => ({ default: m.RouteError })));
const NotFoundPage = lazy(() => load().then((m) => ({ default: m.NotFound })));

/** Downloads the error pages (for when the browser is idle). */
export function preloadRouteError(): void {
  load().catch(() => undefined);
}

/** The error boundary of every route: failed loads, missing pages, an expired session. */
export function RouteError() {
  return (
    <Suspense fallback={null}>
      <ErrorPage />
    </Suspense>
  );
}

/** A page-level "not found", thrown by loaders as a 404 route response. */
export function NotFound(props: ComponentProps<typeof NotFoundPage>) {
  return (
    <Suspense fallback={null}>
      <NotFoundPage {...props} />
    </Suspense>
  );
}
