import { lazy, Suspense } from 'react';
import { loadUpdatesTexts } from '@/lib/updates-texts';
import type { FollowSubject } from './queries';

// The follow button and its texts load after the page, so a project page's first download
// stays within its budget (npm run budget).
const FollowButton = lazy(async () => {
  const [module] = await Promise.all([import('./follow-button'), loadUpdatesTexts()]);
  return { default: module.FollowButton };
});

/** Follow / unfollow, for signed-in users; nothing while it loads. */
export function LazyFollowButton(props: { subject: FollowSubject; name: string }) {
  return (
    <Suspense fallback={null}>
      <FollowButton {...props} />
    </Suspense>
  );
}
