import { describe, expect, it } from 'vitest';
import { parseReasons, parseSummary } from './rows';
import {
  groupReviewChanges,
  parseDashboardFilters,
  summaryArgs,
  writeDashboardFilters,
} from './summary';
import { reviewFixture } from '@/test/dashboard-data';

describe('parseSummary', () => {
  it('reads what dashboard_summary() returns', () => {
    const s = parseSummary({
      today: '2026-11-22',
      headline: {
        projects: 3,
        stages: { planning: 2, implementation: 1 },
        states: { late: 1, on_schedule: 2 },
        overdue_tasks: 1,
        upcoming_tasks: 1,
        stale_projects: 0,
        ending_this_year: 0,
        funding_awaiting: 1,
      },
      areas: [
        {
          id: 'a3',
          name: 'Rakentamisen kiertotalous',
          color: '#008741',
          total: 3,
          stages: { planning: 2 },
          states: {},
        },
      ],
      overdue: [
        {
          id: 't1',
          project_slug: 'kiertotalot',
          project_name: 'Kiertotalot',
          title: 'Pilottikohteen valinta',
          due_on: '2026-11-10',
          state: 'not_started',
          is_overdue: true,
          days_late: 12,
          lead_name: 'Ronny Rantamäki',
        },
        { id: 'broken' },
      ],
      upcoming: [],
      stale: [],
      ending_this_year: [
        {
          id: 'p1',
          slug: 'x',
          name: 'X',
          stage: 'planning',
          schedule_state: 'not_started',
          schedule_reasons: [{ code: 'not_started', starts_on: null }],
          ends_this_year: true,
        },
      ],
      funding: [
        {
          id: 'f1',
          project_slug: 'kiertotalot',
          project_name: 'Kiertotalot',
          instrument: 'EAKR',
          amount: 1000,
          days_waiting: 23,
        },
      ],
      filter_options: {
        areas: [{ id: 'a3', name: 'Rakentamisen kiertotalous' }],
        has_other: false,
        leads: [{ id: 'p1' }],
      },
    });
    expect(s.headline.stages).toEqual({
      not_started: 0,
      planning: 2,
      implementation: 1,
      completed: 0,
    });
    expect(s.headline.states.late).toBe(1);
    expect(s.areas[0]?.stages.planning).toBe(2);
    expect(s.overdue).toHaveLength(1);
    expect(s.overdue[0]).toMatchObject({
      title: 'Pilottikohteen valinta',
      daysLate: 12,
      overdue: true,
    });
    expect(s.endingThisYear[0]).toMatchObject({
      state: 'not_started',
      reasons: [{ code: 'not_started', starts_on: null }],
    });
    expect(s.funding[0]).toMatchObject({ instrument: 'EAKR', amount: 1000 });
    expect(s.options).toEqual({
      areas: [{ id: 'a3', name: 'Rakentamisen kiertotalous' }],
      hasOther: false,
      leads: [],
    });
  });

  it('survives nonsense', () => {
    expect(parseSummary(null).headline.projects).toBe(0);
    expect(parseSummary('x').areas).toEqual([]);
  });
});

describe('summaryArgs', () => {
  it('maps the URL filters to the RPC arguments', () => {
    expect(summaryArgs({ area: 'other', lead: null })).toEqual({
      p_growth_area_id: undefined,
      p_other_projects: true,
      p_lead_person_id: undefined,
    });
    expect(summaryArgs({ area: 'a1', lead: 'p1' })).toEqual({
      p_growth_area_id: 'a1',
      p_other_projects: undefined,
      p_lead_person_id: 'p1',
    });
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
});

describe('groupReviewChanges', () => {
  it('groups by growth area (other projects last) and project, newest first', () => {
    const groups = groupReviewChanges(reviewFixture());
    expect(groups.map((g) => g.growthAreaName)).toEqual(['Rakentamisen kiertotalous', null]);
    expect(groups[0]!.projects[0]!.changes.map((c) => c.auditId)).toEqual([2, 4, 1]);
  });
});
