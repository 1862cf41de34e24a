import { describe, expect, it } from 'vitest';
import { reasonsText } from './format';
import { parseReasons } from './rows';
import { createDashboardT } from './strings';
import {
  filterData,
  groupReviewChanges,
  parseDashboardFilters,
  summarise,
  writeDashboardFilters,
} from './summary';
import { dashboardFixture, reviewFixture } from './test-data';

describe('summarise', () => {
  it('counts stages, schedule states and lists', () => {
    const s = summarise(dashboardFixture());
    expect(s.headline).toEqual({
      projects: 4,
      stages: { not_started: 1, planning: 1, implementation: 2, completed: 0 },
      states: { on_schedule: 1, late: 2, not_pursued: 0, not_started: 1 },
      overdueTasks: 2,
      upcomingTasks: 1,
      staleProjects: 1,
      endingThisYear: 1,
      fundingAwaiting: 1,
    });
    expect(s.areas.map((a) => a.name)).toEqual(['Rakentamisen kiertotalous', 'Ruoka', null]);
    expect(s.overdue.map((d) => d.daysLate)).toEqual([175, 12]);
  });

  it('filters by growth area, other projects and lead', () => {
    const data = dashboardFixture();
    expect(filterData(data, { area: 'a1', lead: null }).projects).toHaveLength(2);
    expect(filterData(data, { area: 'other', lead: null }).projects.map((p) => p.slug)).toEqual([
      'terveysteknologia',
    ]);
    const byLead = filterData(data, { area: null, lead: 'p1' });
    expect(byLead.projects.map((p) => p.slug)).toEqual(['kiertotalot']);
    expect(byLead.deadlines).toHaveLength(2);
    expect(byLead.funding).toHaveLength(1);
  });
});

describe('URL filters', () => {
  it('round-trips and keeps other parameters', () => {
    const params = new URLSearchParams('review=1&area=a1');
    expect(parseDashboardFilters(params)).toEqual({ area: 'a1', lead: null });
    const next = writeDashboardFilters(params, { area: null, lead: 'p2' });
    expect(next.toString()).toBe('review=1&lead=p2');
  });
});

describe('reasons', () => {
  const t = createDashboardT('fi');
  it('parses the view’s JSON and drops what it does not know', () => {
    expect(
      parseReasons([
        { code: 'overdue_tasks', count: 3, oldest_due_on: '2026-06-15' },
        { code: 'end_date_passed', ends_on: '2025-12-31' },
        { code: 'something_new' },
        'junk',
      ]),
    ).toEqual([
      { code: 'overdue_tasks', count: 3, oldest_due_on: '2026-06-15' },
      { code: 'end_date_passed', ends_on: '2025-12-31' },
    ]);
    expect(parseReasons(null)).toEqual([]);
  });

  it('reads "3 tehtävää myöhässä" and "päättymispäivä ohitettu 31.12.2025"', () => {
    expect(
      reasonsText(
        [
          { code: 'overdue_tasks', count: 3, oldest_due_on: '2026-06-15' },
          { code: 'end_date_passed', ends_on: '2025-12-31' },
        ],
        t,
        'fi',
      ),
    ).toBe('3 tehtävää myöhässä (vanhin määräaika 15.06.2026); päättymispäivä ohitettu 31.12.2025');
    expect(
      reasonsText([{ code: 'manual', status: 'late', note: 'Rahoitus viivästyy' }], t, 'fi'),
    ).toBe('Myöhässä (asetettu käsin): Rahoitus viivästyy');
    expect(
      reasonsText(
        [{ code: 'overdue_tasks', count: 1, oldest_due_on: '2026-11-10' }],
        createDashboardT('en'),
        'en',
      ),
    ).toBe('1 task late (deadline 10 Nov 2026)');
  });
});

describe('groupReviewChanges', () => {
  it('groups by growth area (other projects last) and project, newest first', () => {
    const groups = groupReviewChanges(reviewFixture());
    expect(groups.map((g) => g.growthAreaName)).toEqual(['Rakentamisen kiertotalous', null]);
    expect(groups[0]!.projects[0]!.changes.map((c) => c.auditId)).toEqual([2, 4, 1]);
  });
});
