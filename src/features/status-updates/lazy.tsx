import { lazy, Suspense } from 'react';

/** The texts of following and status updates, fetched beside the part that shows them. */
const texts = () => import('@/lib/updates-texts').then((m) => m.loadUpdatesTexts());

// The project page's status updates load after the page with their texts, so the first
// download of /projects/:slug stays within its budget. (The directors' reminder tools load with
// the page's signed-in parts: src/app/project-signed-in.tsx.)
const StatusUpdatesSection = lazy(async () => {
  const [module] = await Promise.all([import('./status-updates-section'), texts()]);
  return { default: module.StatusUpdatesSection };
});

export function LazyStatusUpdates(props: { projectId: string }) {
  return (
    <Suspense fallback={null}>
      <StatusUpdatesSection {...props} />
    </Suspense>
  );
}
