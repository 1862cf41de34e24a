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
import { followMutations } from '@/features/follows/mutations';
import { followQueries } from '@/features/follows/queries';
import { growthAreaMutations } from '@/features/growth-areas/mutations';
import { indicatorMutations } from '@/features/indicators/mutations';
import { indicatorQueries, progressQueries } from '@/features/indicators/queries';
import { growthAreaEditQueries, growthAreaQueries } from '@/features/growth-areas/queries';
import { notificationMutations } from '@/features/notifications/mutations';
import { notificationQueries } from '@/features/notifications/queries';
import { portfolioQueries } from '@/features/portfolio/queries';
import { reportQueries } from '@/features/report/queries';
import {
  contactMutations,
  linkTextMutations,
  memberMutations,
  projectMutations,
} from '@/features/projects/mutations';
import { linkTextQueries, memberQueries, projectQueries } from '@/features/projects/queries';
import { importMutations } from '@/features/spreadsheets/mutations';
import { spreadsheetQueries } from '@/features/spreadsheets/queries';
import { taskFormMutations, taskMutations, taskOrderMutations } from '@/features/tasks/mutations';
import { statusUpdateMutations } from '@/features/status-updates/mutations';
import { statusUpdateQueries } from '@/features/status-updates/queries';
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
  portfolio: portfolioQueries.contents('p').queryKey,
  project: projectQueries.detail('p').queryKey,
  programmeOptions: projectQueries.programmeOptions().queryKey,
  growthAreaOptions: projectQueries.growthAreaOptions('p').queryKey,
  members: memberQueries.forProject('p').queryKey,
  linkTexts: linkTextQueries.forProject('p').queryKey,
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
  unreadCount: notificationQueries.unreadCount('u1').queryKey,
  notifications: notificationQueries.list('u1').queryKey,
  myFollows: notificationQueries.follows('u1').queryKey,
  preferences: notificationQueries.preferences('u1').queryKey,
  statusDue: dashboardQueries.statusDue({ area: null, lead: null }).queryKey,
  followProject: followQueries.of({ kind: 'project', id: 'p' }).queryKey,
  followArea: followQueries.of({ kind: 'growth-area', id: 'a' }).queryKey,
  statusUpdates: statusUpdateQueries.forProject('p').queryKey,
  reminderLog: statusUpdateQueries.reminderLog('p').queryKey,
  importProgrammes: spreadsheetQueries.programmes().queryKey,
  importPreview: spreadsheetQueries.preview('p', { projects: [], tasks: [] }).queryKey,
  exportData: spreadsheetQueries.exportData().queryKey,
  indicatorPage: indicatorQueries.page('i').queryKey,
  areaIndicators: indicatorQueries.forArea('a').queryKey,
  projectIndicators: indicatorQueries.forProject('p').queryKey,
  indicatorHealth: indicatorQueries.health().queryKey,
  indicatorAttention: indicatorQueries.attention().queryKey,
  indicatorEditable: indicatorQueries.editable('i').queryKey,
  indicatorScopes: indicatorQueries.scopes().queryKey,
  indicatorContributing: indicatorQueries.contributing('i').queryKey,
  projectProgress: progressQueries.project('p').queryKey,
  areaProgress: progressQueries.area('a').queryKey,
  report: reportQueries.programme('p', '2026-12-03').queryKey,
  reportChanges: reportQueries.changes('p', '2026-12-03', { since: '2026-09-03' }).queryKey,
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
  contactRole: contactMutations.updateRole().mutationKey,
  partnerRole: linkTextMutations.partnerRole().mutationKey,
  followUpTexts: linkTextMutations.followUpTexts().mutationKey,
  memberAdd: memberMutations.add().mutationKey,
  memberRemove: memberMutations.remove().mutationKey,
  growthAreaCreate: growthAreaMutations.create().mutationKey,
  growthAreaUpdate: growthAreaMutations.update().mutationKey,
  staffAdd: growthAreaMutations.addStaff().mutationKey,
  staffRemove: growthAreaMutations.removeStaff().mutationKey,
  staffRole: growthAreaMutations.updateStaffRole().mutationKey,
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
  markRead: notificationMutations.markRead().mutationKey,
  savePreferences: notificationMutations.savePreferences().mutationKey,
  rememberUiLanguage: notificationMutations.rememberUiLanguage().mutationKey,
  follow: followMutations.follow().mutationKey,
  unfollow: followMutations.unfollow().mutationKey,
  postStatusUpdate: statusUpdateMutations.post().mutationKey,
  nudge: statusUpdateMutations.nudge().mutationKey,
  spreadsheetImport: importMutations.commit().mutationKey,
  indicatorValueAdd: indicatorMutations.addValue().mutationKey,
  indicatorGoalsSave: indicatorMutations.saveGoals().mutationKey,
  indicatorValueCorrect: indicatorMutations.correctValue().mutationKey,
  indicatorValueDelete: indicatorMutations.deleteValue().mutationKey,
  indicatorCreate: indicatorMutations.create().mutationKey,
  indicatorUpdate: indicatorMutations.update().mutationKey,
  indicatorContributingSave: indicatorMutations.saveContributing().mutationKey,
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
    'spreadsheetImport',
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

  it("refreshes the project page and the editor's rows after a partner role or follow-up edit", () => {
    for (const name of ['partnerRole', 'followUpTexts'] as const)
      expect(refreshed(mutations[name])).toEqual(expect.arrayContaining(['project', 'linkTexts']));
  });

  it('refreshes the project page after a contact role edit, the growth area page after a staff role edit', () => {
    expect(refreshed(mutations.contactRole)).toContain('project');
    expect(refreshed(mutations.staffRole)).toContain('growthArea');
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

  it("refreshes the bell's count and the notifications page after marking read", () => {
    expect(refreshed(mutations.markRead)).toEqual(
      expect.arrayContaining(['unreadCount', 'notifications']),
    );
  });

  it('refreshes my follows after unfollowing, and the preferences after saving them', () => {
    expect(refreshed(mutations.unfollow)).toContain('myFollows');
    expect(refreshed(mutations.savePreferences)).toContain('preferences');
  });

  it('refreshes the notifications page when a task is marked done (its reminder stops offering it)', () => {
    expect(refreshed(mutations.taskState)).toContain('notifications');
  });

  it('refreshes the follow buttons after following or unfollowing', () => {
    for (const name of ['follow', 'unfollow'] as const) {
      expect(refreshed(mutations[name])).toEqual(
        expect.arrayContaining(['followProject', 'followArea']),
      );
    }
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

  it.each([
    'indicatorValueAdd',
    'indicatorGoalsSave',
    'indicatorValueCorrect',
    'indicatorValueDelete',
    'indicatorCreate',
    'indicatorUpdate',
    'indicatorContributingSave',
  ] as const)(
    "refreshes the indicator's page, every indicator list and the dashboard's after %s",
    (name) => {
      expect(refreshed(mutations[name])).toEqual(
        expect.arrayContaining([
          'indicatorPage',
          'areaIndicators',
          'projectIndicators',
          'indicatorHealth',
          'indicatorAttention',
        ]),
      );
    },
  );

  it.each(['indicatorCreate', 'indicatorUpdate', 'indicatorContributingSave'] as const)(
    'refreshes the indicator form after %s, and nothing outside the indicators',
    (name) => {
      expect(refreshed(mutations[name])).toEqual(
        expect.arrayContaining(['indicatorEditable', 'indicatorContributing']),
      );
      expect(
        refreshed(mutations[name]).every((q) => q.startsWith('indicator') || /Indicators$/.test(q)),
      ).toBe(true);
    },
  );

  it('refreshes progress and drift after task and project writes (manual progress included)', () => {
    for (const name of [
      'taskState',
      'taskCreate',
      'taskUpdate',
      'projectUpdate',
      'reschedule',
    ] as const) {
      expect(refreshed(mutations[name])).toEqual(
        expect.arrayContaining(['projectProgress', 'areaProgress']),
      );
    }
  });

  it("refreshes the project's updates, the dashboard's due list and review mode after a status update", () => {
    expect(refreshed(mutations.postStatusUpdate)).toEqual(
      expect.arrayContaining(['statusUpdates', 'statusDue', 'changes', 'history', 'reminderLog']),
    );
  });

  it('refreshes the reminder log after a nudge, and not the whole portfolio', () => {
    expect(refreshed(mutations.nudge)).toContain('reminderLog');
    expect(refreshed(mutations.nudge)).not.toContain('project');
  });

  it('refreshes the import preview and the export after an import (re-importing shows no changes)', () => {
    expect(refreshed(mutations.spreadsheetImport)).toEqual(
      expect.arrayContaining(['importPreview', 'exportData', 'portfolio', 'timeline', 'myTasks']),
    );
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
