import { matchesFilters, parseFilters, writeFilters } from './filters';
import type { GrowthAreaSummary, ProjectCardData } from './queries';

const areas: GrowthAreaSummary[] = [
  { id: 'a1', slug: 'ruoka', name: 'Ruoka', color: '#b45d00', sort_order: 1, lead: null },
];

const project = (over: Partial<ProjectCardData>): ProjectCardData => ({
  id: 'p',
  slug: 'p',
  name: 'Kiertotalot',
  growth_area_id: 'a1',
  stage: 'planning',
  status: 'on_schedule',
  manual: false,
  reasons: [],
  schedule_note: null,
  starts_on: null,
  ends_on: null,
  published: true,
  next_due_on: null,
  oldest_overdue_on: null,
  overdue_task_count: 0,
  open_task_count: 0,
  last_activity_at: null,
  ...over,
});

describe('portfolio filters', () => {
  it('reads known values from the URL and ignores unknown ones', () => {
    expect(
      parseFilters(new URLSearchParams('area=ruoka&stage=planning&status=bogus&q=kier')),
    ).toEqual({
      area: 'ruoka',
      stage: 'planning',
      status: null,
      text: 'kier',
    });
  });

  it('writes only the filters that are set and keeps other parameters', () => {
    const params = writeFilters(new URLSearchParams('programme=x&stage=planning'), {
      area: null,
      stage: null,
      status: 'late',
      text: '  ',
    });
    expect(params.toString()).toBe('programme=x&status=late');
  });

  it('matches by growth area, "other projects", stage, status and text', () => {
    const filters = parseFilters(new URLSearchParams());
    expect(matchesFilters(project({}), { ...filters, area: 'ruoka' }, areas)).toBe(true);
    expect(matchesFilters(project({}), { ...filters, area: 'other' }, areas)).toBe(false);
    expect(
      matchesFilters(project({ growth_area_id: null }), { ...filters, area: 'other' }, areas),
    ).toBe(true);
    expect(matchesFilters(project({}), { ...filters, stage: 'completed' }, areas)).toBe(false);
    expect(matchesFilters(project({ status: 'late' }), { ...filters, status: 'late' }, areas)).toBe(
      true,
    );
    expect(matchesFilters(project({}), { ...filters, text: 'KIERTO' }, areas)).toBe(true);
    expect(matchesFilters(project({}), { ...filters, text: 'meri' }, areas)).toBe(false);
  });
});
