import { lazy, type ComponentType } from 'react';

// The parts of the project page every reader sees that arrive after the page itself: progress,
// drift and indicators (the outcomes section), the status updates and "copy embed code". The page
// (src/app/routes/project.tsx) loads this module when it renders, and this module each part's
// code, texts and reads: a first visit neither downloads them nor waits for them.
export { LazyStatusUpdates as StatusUpdates } from '@/features/status-updates/lazy';

type OutcomesProps = Parameters<typeof import('@/features/indicators/public').ProjectOutcomes>[0];

/** The outcomes section; if its module cannot load, the page stays without it. */
export const ProjectOutcomes = lazy(() =>
  import('@/features/indicators/public').then(
    (m): { default: ComponentType<OutcomesProps> } => ({ default: m.ProjectOutcomes }),
    (): { default: ComponentType<OutcomesProps> } => ({ default: () => null }),
  ),
);

/** "Copy embed code", with its texts. */
export const EmbedCode = lazy(() => import('@/components/embed-code'));
