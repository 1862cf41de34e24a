import { lazy, type ComponentProps, type ComponentType } from 'react';

// The parts of the project page every reader sees that arrive after the page itself: progress,
// drift and indicators (the outcomes section), the status updates and "copy embed code". The page
// (src/app/routes/project.tsx) loads this module when it renders, and this module each part's
// code, texts and reads: a first visit neither downloads them nor waits for them.
export { LazyStatusUpdates as StatusUpdates } from '@/features/status-updates/lazy';

export type OutcomesProps = Parameters<
  typeof import('@/features/indicators/public').ProjectOutcomes
>[0];

// If the outcomes module cannot load, the page stays without the section.
const Outcomes = lazy(() =>
  import('@/features/indicators/public').then(
    (m): { default: ComponentType<OutcomesProps> } => ({ default: m.ProjectOutcomes }),
    (): { default: ComponentType<OutcomesProps> } => ({ default: () => null }),
  ),
);
const Embed = lazy(() => import('@/components/embed-code'));

// Plain components around the lazy ones: the page loads this module through React.lazy, which
// must resolve to a component, not to another lazy one.

/** The outcomes section (suspends until its module, texts and reads are there). */
export function ProjectOutcomes(props: OutcomesProps) {
  return <Outcomes {...props} />;
}

/** "Copy embed code", with its texts. */
export function EmbedCode(props: ComponentProps<typeof Embed>) {
  return <Embed {...props} />;
}
