/** What other features may use of following: the one follow / unfollow write, by subject. */
export { followMutations, unfollow } from './mutations';
export type { FollowSubject } from './queries';
