// The invalidation map (lib/invalidation) against the keys the app really builds: every query
// key prefix a write makes stale matches a query some factory makes, every mutation the app has
// is covered, and writes refresh what the user would otherwise see stale.
import { QueryClient, type MutationKey, type QueryKey } from '@tanstack/react-query';
import { adminMutations } from '@/features/admin/mutations';
import { adminQueries } from '@/features/admin/queries';
import { authMutations } from '@/features/auth/mutations';
import { baselineMutations } from '@/features/baselines/mutations';
import { baselineQueries } from '@/features/baselines/queries';
import { dashboardMutations } from '@/features/dashboard/mutations';
import { dashboardQueries } from '@/features/dashboard/queries';
import { growthAreaMutations } from '@/features/growth-areas/mutations';
import { growthAreaEditQueries, growthAreaQueries } from '@/features/growth-areas/queries';
import { portfolioQueries } from '@/features/portfolio/queries';
import { reportQueries } from '@/features/report/queries';
import { contactMutations, memberMutations, projectMutations } from '@/features/projects/mutations';
import { memberQueries, projectQueries } from '@/features/projects/queries';
import { taskFormMutations, taskMutations, taskOrderMutations } from '@/features/tasks/mutations';
import { taskQueries } from '@/features/tasks/queries';
import { timelineMutations } from '@/features/timeline/mutations';
import { timelineQueries } from '@/features/timeline/queries';
import { invalidationMap, matchesPrefix, staleAfter } from '@/lib/invalidation';
import { peopleQueries } from '@/lib/people';
import { createQueryClient } from '@/lib/query-client';
import { sessionQueries } from '@/lib/session';

/** One key of every query the factories build. */
const queries = {
  session: sessionQueries.current().queryKey,
  access: sessionQueries.access('u1').queryKey,
  portfolioProgrammes: portfolioQueries.programmes().queryKey,
  portfolio: portfolioQueries.programme('p').queryKey,
  project: projectQueries.detail('p').queryKey,
  programmeOptions: projectQueries.programmeOptions().queryKey,
  growthAreaOptions: projectQueries.growthAreaOptions('p').queryKey,
  members: memberQueries.forProject('p').queryKey,
  growthArea: growthAreaQueries.detail('p', 'a').queryKey,
  editableGrowthArea: growthAreaEditQueries.editable('a').queryKey,
  newGrowthArea: growthAreaEditQueries.newIn('p').queryKey,
  timeline: timelineQueries.programme('p').queryKey,
  myTasks: taskQueries.mine('u1').queryKey,
  people: peopleQueries.list().queryKey,
  person: peopleQueries.detail('x').queryKey,
  accounts: adminQueries.accounts().queryKey,
  dashboard: dashboardQueries.summary({ area: null, lead: null }).queryKey,
  changes: dashboardQueries.changes('2026-01-01').queryKey,
  history: dashboardQueries.projectHistory('p').queryKey,
  lastReview: dashboardQueries.lastReview('u1').queryKey,
  report: reportQueries.programme('p').queryKey,
  baselines: baselineQueries.list('p').queryKey,
  baselineSnapshot: baselineQueries.snapshot('b').queryKey,
  baselineChanges: baselineQueries.changes('b').queryKey,
} satisfies Record<string, QueryKey>;

const client = new QueryClient();

/** The key of every mutation the app sends. */
const mutations = {
  projectUpdate: projectMutations.update().mutationKey,
  projectCreate: projectMutations.create().mutationKey,
  reschedule: timelineMutations.reschedule().mutationKey,
  contactAdd: contactMutations.add().mutationKey,
  contactPrimary: contactMutations.makePrimary().mutationKey,
  contactRemove: contactMutations.remove().mutationKey,
  memberAdd: memberMutations.add().mutationKey,
  memberRemove: memberMutations.remove().mutationKey,
  growthAreaCreate: growthAreaMutations.create().mutationKey,
  growthAreaUpdate: growthAreaMutations.update().mutationKey,
  staffAdd: growthAreaMutations.addStaff().mutationKey,
  staffRemove: growthAreaMutations.removeStaff().mutationKey,
  taskState: taskMutations.setState(client).mutationKey,
  taskReorder: taskOrderMutations.reorder(client).mutationKey,
  taskCreate: taskFormMutations.create().mutationKey,
  taskUpdate: taskFormMutations.update().mutationKey,
  personCreate: adminMutations.createPerson().mutationKey,
  personUpdate: adminMutations.updatePerson().mutationKey,
  personDelete: adminMutations.deletePerson().mutationKey,
  setRole: adminMutations.setRole().mutationKey,
  markReviewed: dashboardMutations.markReviewed(client, 'u1').mutationKey,
  signIn: authMutations.signIn().mutationKey,
  baselineTake: baselineMutations.take().mutationKey,
  baselineDelete: baselineMutations.remove().mutationKey,
} satisfies Record<string, MutationKey | undefined>;

const queryKeys: QueryKey[] = Object.values(queries);

/** The names of the queries a mutation with this key makes stale. */
function refreshed(mutationKey: MutationKey | undefined): string[] {
  const stale = staleAfter(mutationKey);
  return Object.entries(queries)
    .filter(([, key]) => stale.some((prefix) => matchesPrefix(key, prefix)))
    .map(([name]) => name);
}

describe('the invalidation map', () => {
  it.each(invalidationMap.flatMap((rule) => rule.stale.map((key) => [rule.mutation, key])))(
    '%j makes %j stale, which matches a query the factories build',
    (_mutation, prefix) => {
      expect(queryKeys.some((key) => matchesPrefix(key, prefix as QueryKey))).toBe(true);
    },
  );

  it.each(Object.entries(mutations))('covers the %s mutation', (_name, key) => {
    expect(key).toBeDefined();
    expect(invalidationMap.some((rule) => matchesPrefix(key ?? [], rule.mutation))).toBe(true);
    expect(staleAfter(key).length).toBeGreaterThan(0);
  });

  it.each(Object.entries(mutations).filter(([, key]) => !!key && staleAfter(key).length > 0))(
    'refreshes something the %s mutation changed',
    (_name, key) => {
      expect(refreshed(key).length).toBeGreaterThan(0);
    },
  );

  it.each([
    'taskState',
    'taskReorder',
    'taskCreate',
    'taskUpdate',
    'projectUpdate',
    'projectCreate',
    'reschedule',
    'growthAreaCreate',
    'growthAreaUpdate',
  ] as const)('refreshes the dashboard and the project pages after %s', (name) => {
    expect(refreshed(mutations[name])).toEqual(
      expect.arrayContaining(['dashboard', 'project', 'portfolio', 'timeline', 'myTasks']),
    );
  });

  it('refreshes every page that names people after a people write', () => {
    for (const name of ['personCreate', 'personUpdate', 'personDelete'] as const) {
      expect(refreshed(mutations[name])).toEqual(
        expect.arrayContaining([
          'people',
          'person',
          'accounts',
          'project',
          'growthArea',
          'timeline',
          'dashboard',
          'access',
        ]),
      );
    }
  });

  it('refreshes the accounts list and the session after a role is granted or revoked', () => {
    expect(refreshed(mutations.setRole)).toEqual(
      expect.arrayContaining(['accounts', 'session', 'access']),
    );
  });

  it("refreshes the user's access after a project's members change", () => {
    expect(refreshed(mutations.memberAdd)).toContain('access');
    expect(refreshed(mutations.memberRemove)).toContain('access');
  });

  it('refreshes the baselines list after a baseline is saved or deleted', () => {
    expect(refreshed(mutations.baselineTake)).toContain('baselines');
    expect(refreshed(mutations.baselineDelete)).toContain('baselines');
  });

  it('refreshes the board report and what moved since a baseline after project and task writes', () => {
    for (const name of ['taskUpdate', 'taskState', 'projectUpdate', 'reschedule'] as const) {
      expect(refreshed(mutations[name])).toEqual(
        expect.arrayContaining(['report', 'baselineChanges']),
      );
    }
  });

  it('refreshes the people directory after adding a contact (it may add a person)', () => {
    expect(refreshed(mutations.contactAdd)).toContain('people');
  });
});

describe('createQueryClient', () => {
  it('marks the dashboard stale when a task is saved', async () => {
    const queryClient = createQueryClient();
    queryClient.setQueryData(['dashboard', 'summary'], 'figures');
    queryClient.setQueryData(['admin', 'accounts'], 'accounts');
    await queryClient
      .getMutationCache()
      .build(queryClient, { mutationKey: mutations.taskState, mutationFn: async () => null })
      .execute(undefined);
    expect(queryClient.getQueryState(['dashboard', 'summary'])?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(['admin', 'accounts'])?.isInvalidated).toBe(false);
  });
});
