import { lazy, Suspense } from 'react';
import { loadUpdatesTexts } from '@/lib/updates-texts';

// The project page's status updates and the directors' reminder tools load after the page with
// their texts, so the first download of /projects/:slug stays within its budget.
const StatusUpdatesSection = lazy(async () => {
  const [module] = await Promise.all([import('./status-updates-section'), loadUpdatesTexts()]);
  return { default: module.StatusUpdatesSection };
});

const DirectorTools = lazy(async () => {
  const [module] = await Promise.all([import('./director-tools'), loadUpdatesTexts()]);
  return { default: module.DirectorTools };
});

export function LazyStatusUpdates(props: { projectId: string }) {
  return (
    <Suspense fallback={null}>
      <StatusUpdatesSection {...props} />
    </Suspense>
  );
}

export function LazyDirectorTools(props: { projectId: string }) {
  return (
    <Suspense fallback={null}>
      <DirectorTools {...props} />
    </Suspense>
  );
}
