import { describe, expect, it } from 'vitest';
import { parseDay, dayToIso } from './days';
import { indexTimelineData, DEFAULT_EXPAND, isExpanded, toggleExpanded, buildRows } from './rows';
import { EMPTY_FILTERS, type ExpandState, type TimelineFilters } from './model';
import { smallPortfolio } from '@/test/timeline-data';

const TODAY = parseDay('2026-11-22');
function rowsOf(filters: TimelineFilters = EMPTY_FILTERS, expand: ExpandState = DEFAULT_EXPAND) {
  const index = indexTimelineData(smallPortfolio(), 'Muut hankkeet');
  return buildRows(index, filters, expand, TODAY).rows;
}

describe('rows', () => {
  it('opens growth areas and closes projects by default, other projects last', () => {
    const rows = rowsOf();
    expect(rows.map((r) => `${r.level}:${r.name}`)).toEqual([
      '1:Rakentamisen kiertotalous',
      '2:Kiertotalot',
      '2:Arabian kiertotaloushubi',
      '1:Meriklusteri',
      '2:Älykäs satama',
      '1:Muut hankkeet',
      '2:Kestävä kaupunkielämä',
    ]);
    const [area, kiertotalot] = rows;
    expect(area).toMatchObject({ posinset: 1, setsize: 3, expandable: true, expanded: true });
    expect(kiertotalot).toMatchObject({
      posinset: 1,
      setsize: 2,
      expandable: true,
      expanded: false,
    });
    expect(rows[6]).toMatchObject({ expandable: false, parentIndex: 5 });
  });

  it('summarises a growth area by the span of its projects', () => {
    const area = rowsOf()[0];
    expect(dayToIso(area?.startDay ?? 0)).toBe('2025-01-01');
    expect(dayToIso(area?.endDay ?? 0)).toBe('2027-12-31');
    expect(area?.projectCount).toBe(2);
  });

  it('shows tasks of an opened project, soonest deadline first, with done and late markers', () => {
    const expand = toggleExpanded(toggleExpanded(DEFAULT_EXPAND, 'p:p-kiertotalot'), 'p:p-arabia');
    const rows = rowsOf(EMPTY_FILTERS, expand);
    expect(rows.slice(1, 6).map((r) => [r.level, r.name, r.marker])).toEqual([
      [2, 'Kiertotalot', null],
      [3, 'Pilottikohde valittu', 'done'],
      [3, 'Loppuraportti', 'open'],
      [2, 'Arabian kiertotaloushubi', null],
      [3, 'Hakemus', 'late'],
    ]);
    expect(rows[2]).toMatchObject({ posinset: 1, setsize: 2, parentIndex: 1 });
  });

  it('hides the children of a collapsed growth area', () => {
    const rows = rowsOf(EMPTY_FILTERS, toggleExpanded(DEFAULT_EXPAND, 'a:ga-1'));
    expect(rows.map((r) => r.name)).not.toContain('Kiertotalot');
    expect(rows[0]).toMatchObject({ expanded: false, expandable: true });
    expect(rows).toHaveLength(5);
  });

  it('expands everything but the exceptions in "all" mode', () => {
    const expand: ExpandState = { all: true, keys: new Set(['p:p-arabia']) };
    const names = rowsOf(EMPTY_FILTERS, expand).map((r) => r.name);
    expect(names).toContain('Loppuraportti');
    expect(names).not.toContain('Hakemus');
    expect(isExpanded(expand, 'a:ga-1')).toBe(true);
    expect(toggleExpanded(expand, 'p:p-arabia', false)).toBe(expand);
  });

  it('filters by stage, schedule status, lead and growth area, hiding empty growth areas', () => {
    expect(rowsOf({ ...EMPTY_FILTERS, stages: ['implementation'] }).map((r) => r.name)).toEqual([
      'Rakentamisen kiertotalous',
      'Kiertotalot',
    ]);
    expect(rowsOf({ ...EMPTY_FILTERS, scheduleStatuses: ['late'] }).map((r) => r.name)).toEqual([
      'Rakentamisen kiertotalous',
      'Arabian kiertotaloushubi',
    ]);
    expect(rowsOf({ ...EMPTY_FILTERS, leadIds: ['lead-2'] }).map((r) => r.name)).toEqual([
      'Rakentamisen kiertotalous',
      'Arabian kiertotaloushubi',
    ]);
    expect(rowsOf({ ...EMPTY_FILTERS, growthAreaIds: ['ga-2'] }).map((r) => r.name)).toEqual([
      'Meriklusteri',
      'Älykäs satama',
    ]);
    const late = rowsOf({ ...EMPTY_FILTERS, scheduleStatuses: ['late'] });
    expect(late[0]).toMatchObject({ projectCount: 1, setsize: 1 });
    expect(dayToIso(late[0]?.startDay ?? 0)).toBe('2025-03-01');
  });

  it('matches free text in names, case-insensitively, and keeps only matching tasks', () => {
    expect(rowsOf({ ...EMPTY_FILTERS, text: 'ÄLYKÄS' }).map((r) => r.name)).toEqual([
      'Meriklusteri',
      'Älykäs satama',
    ]);
    const expand: ExpandState = { all: true, keys: new Set() };
    expect(rowsOf({ ...EMPTY_FILTERS, text: 'raportti' }, expand).map((r) => r.name)).toEqual([
      'Rakentamisen kiertotalous',
      'Kiertotalot',
      'Loppuraportti',
    ]);
    expect(rowsOf({ ...EMPTY_FILTERS, text: 'ei löydy' })).toEqual([]);
  });
});
