import { lazy, type ComponentProps } from 'react';

// The parts of the project page every reader sees below the fold that arrive after the page
// itself: the status updates and "copy embed code". The page (src/app/routes/project.tsx) loads
// this module when it renders, and this module each part's code, texts and reads: a first visit
// neither downloads them nor waits for them. (The outcomes section, at the top of the page, the
// page loads itself: one step fewer before it shows.)
export { LazyStatusUpdates as StatusUpdates } from '@/features/status-updates/lazy';

const Embed = lazy(() => import('@/components/embed-code'));

// A plain component around the lazy one: the page loads this module through React.lazy, which
// must resolve to a component, not to another lazy one.

/** "Copy embed code", with its texts. */
export function EmbedCode(props: ComponentProps<typeof Embed>) {
  return <Embed {...props} />;
}
