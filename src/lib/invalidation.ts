import type { MutationKey, QueryKey } from '@tanstack/react-query';

/**
 * The first element of every query key, as the query-options factories build them:
 * 'projects' (project pages, the portfolio, growth areas, the timeline, members), 'tasks'
 * (my tasks), 'people' (the directory), 'dashboard', 'admin' (accounts), 'session',
 * 'notifications' (the bell's count, the notifications page, my follows, e-mail preferences),
 * 'follows' (whether the user follows a project or growth area), 'status' (status updates and
 * the directors' reminder log), 'indicators' (indicator pages, lists, health, the dashboard's
 * indicator lists); progress and drift live under 'projects'; 'baselines' (saved baselines and their
 * snapshots; what moved since one is under 'projects', as it moves with every project and task
 * write). The board report reads under 'dashboard'.
 */
export type QueryRoot =
  | 'projects'
  | 'tasks'
  | 'people'
  | 'dashboard'
  | 'admin'
  | 'session'
  | 'notifications'
  | 'follows'
  | 'status'
  | 'indicators'
  | 'baselines';

type StaleKey = readonly [QueryRoot, ...string[]];

interface Rule {
  /** Applies to every mutation whose key starts with this. */
  readonly mutation: readonly string[];
  /** Query-key prefixes a successful write makes stale. */
  readonly stale: readonly StaleKey[];
  readonly why: string;
}

/**
 * What each write makes stale: the one declaration (lib/query-client's MutationCache applies it;
 * invalidation.test.ts checks every prefix against the keys the factories build). Every rule
 * whose `mutation` prefix the mutation key starts with applies.
 */
export const invalidationMap: readonly Rule[] = [
  {
    mutation: ['projects'],
    stale: [['projects'], ['tasks'], ['dashboard']],
    why: 'A project (its dates, stage, growth area, contacts) shows on every page and in the dashboard; my tasks name their project.',
  },
  {
    mutation: ['projects', 'import'],
    stale: [['projects'], ['tasks'], ['dashboard']],
    why: 'A spreadsheet import creates and changes many projects and tasks at once: every page that lists them, my tasks and the dashboard.',
  },
  {
    mutation: ['projects', 'members'],
    stale: [['session']],
    why: "Who leads or edits a project is part of that user's access.",
  },
  {
    mutation: ['projects', 'contacts'],
    stale: [['people']],
    why: 'Adding a contact may add a person to the directory.',
  },
  {
    mutation: ['tasks'],
    stale: [['tasks'], ['projects'], ['dashboard'], ['notifications']],
    why: "Tasks decide a project's next deadline and schedule state, and the dashboard's overdue and upcoming lists.",
  },
  {
    mutation: ['notifications'],
    stale: [['notifications']],
    why: 'Read or not (the bell), preferences.',
  },
  {
    mutation: ['people'],
    stale: [['people'], ['projects'], ['dashboard'], ['admin'], ['session']],
    why: 'Names show as contacts, leads and assignees, in the accounts list; the person linked to an account is part of its access.',
  },
  {
    mutation: ['admin', 'roles'],
    stale: [['admin'], ['session']],
    why: 'Roles show in the accounts list and decide what the session may do.',
  },
  {
    mutation: ['dashboard'],
    stale: [['dashboard']],
    why: 'Marking a review done moves where the next review starts.',
  },
  {
    mutation: ['follows'],
    stale: [['follows'], ['notifications', 'follows']],
    why: 'Following or unfollowing changes the follow buttons (and the list of what the user follows).',
  },
  {
    mutation: ['status', 'post'],
    stale: [['status'], ['dashboard']],
    why: 'A status update shows on its project page, leaves the dashboard\'s "status update due" list and appears in review mode and the project\'s history.',
  },
  {
    mutation: ['status', 'nudge'],
    stale: [['status']],
    why: 'A nudge is logged in the reminder log at once.',
  },
  {
    mutation: ['indicators'],
    stale: [['indicators']],
    why: "A value added, corrected or deleted, a goal, an indicator created or edited, or the projects feeding it changed, changes the indicator's status and reason: its page and edit form, the lists on growth-area and project pages, the portfolio's health and the dashboard's indicator lists.",
  },
  {
    mutation: ['baselines'],
    stale: [['baselines']],
    why: 'The baselines offered change; a snapshot never does.',
  },
  {
    mutation: ['session'],
    stale: [['session']],
    why: 'Signing in changes the session and its access.',
  },
];

function startsWith(key: readonly unknown[], prefix: readonly unknown[]): boolean {
  return prefix.every((part, i) => key[i] === part);
}

/** The query-key prefixes a successful mutation with this key makes stale, without repeats. */
export function staleAfter(mutationKey: MutationKey | undefined): QueryKey[] {
  if (!mutationKey) return [];
  const keys = new Map<string, QueryKey>();
  for (const rule of invalidationMap) {
    if (!startsWith(mutationKey, rule.mutation)) continue;
    for (const key of rule.stale) keys.set(JSON.stringify(key), [...key]);
  }
  return [...keys.values()];
}

/** Whether a query with this key is made stale by `prefix` (TanStack Query's prefix match). */
export function matchesPrefix(queryKey: QueryKey, prefix: QueryKey): boolean {
  return startsWith(queryKey, prefix);
}
