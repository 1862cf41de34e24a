import { lazy, Suspense } from 'react';
import type { FollowSubject } from './queries';

/** The texts of following and status updates, fetched beside the part that shows them. */
const texts = () => import('@/lib/updates-texts').then((m) => m.loadUpdatesTexts());

// The follow button and its texts load after the page, so a project page's first download
// stays within its budget (npm run budget).
const FollowButton = lazy(async () => {
  const [module] = await Promise.all([import('./follow-button'), texts()]);
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
