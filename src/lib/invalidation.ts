import type { MutationKey, QueryKey } from '@tanstack/react-query';

/**
 * The first element of every query key, as the query-options factories build them:
 * 'projects' (project pages, the portfolio, growth areas, the timeline, members), 'tasks'
 * (my tasks), 'people' (the directory), 'dashboard' (also the board report), 'admin' (accounts),
 * 'session', 'baselines' (saved baselines and their snapshots; what moved since one is under
 * 'projects', as it moves with every project and task write).
 */
export type QueryRoot =
  'projects' | 'tasks' | 'people' | 'dashboard' | 'admin' | 'session' | 'baselines';

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
    stale: [['tasks'], ['projects'], ['dashboard']],
    why: "Tasks decide a project's next deadline and schedule state, and the dashboard's overdue and upcoming lists.",
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
