import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EXPAND,
  HEADER_HEIGHT,
  NAME_COLUMN_WIDTH,
  PX_PER_DAY,
  ROW_HEIGHT,
  buildRows,
  centreDay,
  computeWindow,
  createScale,
  dayToIso,
  dayToX,
  fitAllTarget,
  fromSearchParams,
  fullLabel,
  indexTimelineData,
  isExpanded,
  isLeapYear,
  layoutTimeline,
  parseDay,
  placeLabel,
  scrollTopForRow,
  snapDays,
  ticksInRange,
  toSearchParams,
  todayTarget,
  toggleExpanded,
  tooltipLines,
  xToDay,
  type LabelContext,
  type Viewport,
} from './layout';
import { EMPTY_FILTERS, type ExpandState, type TimelineFilters } from './model';
import { createTimelineT } from './strings';
import { generatePortfolio, smallPortfolio } from '@/test/timeline-data';

const fiCtx: LabelContext = { lang: 'fi', t: createTimelineT('fi') };
const svCtx: LabelContext = { lang: 'sv', t: createTimelineT('sv') };
const enCtx: LabelContext = { lang: 'en', t: createTimelineT('en') };
const TODAY = parseDay('2026-11-22');
const viewport: Viewport = { scrollLeft: 0, scrollTop: 0, width: 1200, height: 600 };

function rowsOf(filters: TimelineFilters = EMPTY_FILTERS, expand: ExpandState = DEFAULT_EXPAND) {
  const index = indexTimelineData(smallPortfolio(), 'Muut hankkeet');
  return buildRows(index, filters, expand, TODAY).rows;
}

const programme = { startDay: parseDay('2025-01-01'), endDay: parseDay('2029-12-31') };

describe('days', () => {
  it('round-trips ISO dates through day numbers', () => {
    for (const iso of ['1970-01-01', '2025-01-01', '2028-02-29', '2029-12-31']) {
      expect(dayToIso(parseDay(iso))).toBe(iso);
    }
    expect(parseDay('1970-01-02')).toBe(1);
  });

  it('counts leap days', () => {
    expect(isLeapYear(2028)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(parseDay('2029-01-01') - parseDay('2028-01-01')).toBe(366);
    expect(parseDay('2028-03-01') - parseDay('2028-02-28')).toBe(2);
  });
});

describe('time scale', () => {
  it('fits the programme 2025–2029 into the time area by default', () => {
    const index = indexTimelineData({ growthAreas: [], projects: [], tasks: [] }, 'x');
    expect(index.domain).toEqual(programme);
    const scale = createScale(index.domain, 'fit', 1000);
    expect(scale.width).toBeCloseTo(1000);
    expect(scale.pxPerDay).toBeCloseTo(1000 / 1826);
  });

  it('widens the domain to whole years around data outside the programme', () => {
    const index = indexTimelineData(smallPortfolio(), 'Muut');
    expect(dayToIso(index.domain.startDay)).toBe('2024-01-01');
    expect(dayToIso(index.domain.endDay)).toBe('2029-12-31');
  });

  it('uses a fixed density per zoom level', () => {
    for (const zoom of ['years', 'quarters', 'months', 'weeks'] as const) {
      const scale = createScale(programme, zoom, 800);
      expect(scale.pxPerDay).toBe(PX_PER_DAY[zoom]);
      expect(scale.width).toBeCloseTo(1826 * PX_PER_DAY[zoom]);
    }
    expect(createScale(programme, 'weeks', 800)).toMatchObject({ major: 'month', minor: 'week' });
    expect(createScale(programme, 'months', 800)).toMatchObject({ major: 'year', minor: 'month' });
    expect(createScale(programme, 'quarters', 800)).toMatchObject({ minor: 'quarter' });
  });

  it('maps days to pixels and snaps pixels back to whole days', () => {
    const scale = createScale(programme, 'months', 800);
    const day = parseDay('2026-07-15');
    const x = dayToX(scale, day);
    expect(xToDay(scale, x)).toBe(day);
    expect(xToDay(scale, x + scale.pxPerDay - 0.01)).toBe(day);
    expect(xToDay(scale, x + scale.pxPerDay)).toBe(day + 1);
    expect(xToDay(scale, -50)).toBe(programme.startDay);
    expect(xToDay(scale, 1e9)).toBe(programme.endDay);
    expect(snapDays(scale, 2.4 * scale.pxPerDay)).toBe(2);
    expect(snapDays(scale, -2.6 * scale.pxPerDay)).toBe(-3);
  });

  it('labels years and gives the leap year 2028 its 366 days', () => {
    const scale = createScale(programme, 'years', 800);
    const ticks = ticksInRange(scale, 'year', 'major', 0, scale.width, 'fi', fiCtx.t);
    expect(ticks.map((tk) => tk.label)).toEqual(['2025', '2026', '2027', '2028', '2029']);
    expect(ticks[3]?.width).toBeCloseTo(366 * scale.pxPerDay);
    expect(ticks[2]?.width).toBeCloseTo(365 * scale.pxPerDay);
  });

  it('labels quarters and months in the chosen language', () => {
    const scale = createScale(programme, 'months', 800);
    const months = ticksInRange(scale, 'month', 'minor', 0, 12 * 31 * 5, 'fi', fiCtx.t);
    expect(months.slice(0, 3).map((tk) => tk.label)).toEqual(['tammi', 'helmi', 'maalis']);
    const feb2028 = ticksInRange(
      scale,
      'month',
      'minor',
      dayToX(scale, parseDay('2028-02-10')),
      dayToX(scale, parseDay('2028-02-11')),
      'en',
      enCtx.t,
    );
    expect(feb2028).toHaveLength(1);
    expect(feb2028[0]?.label).toBe('Feb');
    expect(feb2028[0]?.width).toBeCloseTo(29 * scale.pxPerDay);
    const quarters = ticksInRange(scale, 'quarter', 'minor', 0, 400 * 5, 'sv', svCtx.t);
    expect(quarters.slice(0, 5).map((tk) => tk.label)).toEqual(['Q1', 'Q2', 'Q3', 'Q4', 'Q1']);
  });

  it('numbers ISO weeks across year ends (2026 has 53 weeks)', () => {
    const scale = createScale(programme, 'weeks', 800);
    const from = dayToX(scale, parseDay('2026-12-20'));
    const to = dayToX(scale, parseDay('2027-01-10'));
    const weeks = ticksInRange(scale, 'week', 'minor', from, to, 'fi', fiCtx.t);
    expect(weeks.map((tk) => [dayToIso(tk.day), tk.label])).toEqual([
      ['2026-12-14', 'vk 51'],
      ['2026-12-21', 'vk 52'],
      ['2026-12-28', 'vk 53'],
      ['2027-01-04', 'vk 1'],
    ]);
    // The first week of 2025 begins in 2024 and is clipped at the domain's edge.
    const first = ticksInRange(scale, 'week', 'minor', 0, 10, 'en', enCtx.t)[0];
    expect(first?.label).toBe('W1');
    expect(dayToIso(first?.day ?? 0)).toBe('2025-01-01');
    expect(first?.width).toBeCloseTo(5 * scale.pxPerDay);
  });

  it('only makes the ticks in the requested range', () => {
    const scale = createScale(programme, 'weeks', 800);
    const ticks = ticksInRange(scale, 'week', 'minor', 10_000, 11_000, 'fi', fiCtx.t);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks[0]?.x).toBeLessThanOrEqual(10_000);
  });
});

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

describe('labels', () => {
  const expand: ExpandState = { all: true, keys: new Set() };
  const rows = rowsOf(EMPTY_FILTERS, expand);
  const byName = (name: string) => {
    const row = rows.find((r) => r.name === name);
    if (!row) throw new Error(name);
    return row;
  };

  it('gives a project bar its full text label in each language', () => {
    const row = byName('Kiertotalot');
    expect(fullLabel(row, fiCtx)).toBe('Kiertotalot, 1.1.2025–31.12.2027, Toteutus, aikataulussa');
    expect(fullLabel(row, svCtx)).toBe(
      'Kiertotalot, 1.1.2025–31.12.2027, Genomförande, enligt tidsplan',
    );
    expect(fullLabel(row, enCtx)).toBe(
      'Kiertotalot, 1 Jan 2025–31 Dec 2027, Implementation, on schedule',
    );
  });

  it('labels growth areas and milestones, done and late ones distinguishably', () => {
    expect(fullLabel(byName('Rakentamisen kiertotalous'), fiCtx)).toBe(
      'Rakentamisen kiertotalous, 1.1.2025–31.12.2027, 2 hanketta',
    );
    expect(fullLabel(byName('Pilottikohde valittu'), fiCtx)).toBe(
      'Pilottikohde valittu, virstanpylväs, määräaika 31.3.2025, tehty, tehty 28.3.2025',
    );
    expect(fullLabel(byName('Hakemus'), fiCtx)).toBe(
      'Hakemus, virstanpylväs, määräaika 30.9.2025, käynnissä, myöhässä',
    );
    expect(fullLabel(byName('Loppuraportti'), enCtx)).toBe(
      'Loppuraportti, task, due 15 Dec 2027, not started',
    );
  });

  it('puts the schedule reason in the tooltip', () => {
    expect(tooltipLines(byName('Arabian kiertotaloushubi'), fiCtx)).toEqual([
      'Arabian kiertotaloushubi',
      '1.3.2025–28.2.2026',
      'Suunnittelu',
      'Myöhässä',
      'Syy: Tehtävä "Hakemus" myöhässä',
    ]);
  });

  it('says when a project has no dates', () => {
    const index = indexTimelineData(
      {
        ...smallPortfolio(),
        projects: [{ ...smallPortfolio().projects[0]!, starts_on: null, ends_on: null }],
      },
      'Muut',
    );
    const row = buildRows(index, EMPTY_FILTERS, DEFAULT_EXPAND, TODAY).rows[1];
    expect(row && fullLabel(row, fiCtx)).toBe(
      'Kiertotalot, ei aikajännettä, Toteutus, aikataulussa',
    );
  });
});

describe('label placement', () => {
  const measure = (text: string) => text.length * 10;
  const all = { x0: 0, x1: 10_000 };

  it('puts a label inside a bar when it fits', () => {
    expect(placeLabel('Toteutus', 100, 200, 1000, all, measure)).toMatchObject({
      placement: 'inside',
      x: 106,
    });
  });

  it('keeps the label of a long bar inside the visible part', () => {
    const label = placeLabel('Toteutus', 0, 5000, 6000, { x0: 2000, x1: 3000 }, measure);
    expect(label).toMatchObject({ placement: 'inside', x: 2006 });
  });

  it('moves a label that does not fit outside, right first, then left', () => {
    expect(placeLabel('Toteutus', 100, 40, 1000, all, measure)).toMatchObject({
      placement: 'right',
      x: 146,
    });
    expect(placeLabel('Toteutus', 900, 60, 1000, all, measure)).toMatchObject({
      placement: 'left',
      x: 814,
    });
  });

  it('truncates when there is no room outside, and gives up on a sliver', () => {
    const label = placeLabel('Suunnittelu', 0, 70, 75, all, measure);
    expect(label.placement).toBe('truncated');
    expect(label.text).toBe('Suun…');
    expect(measure(label.text)).toBeLessThanOrEqual(label.maxWidth);
    expect(placeLabel('Suunnittelu', 0, 20, 25, all, measure).placement).toBe('none');
  });
});

describe('window (virtualisation)', () => {
  const ctx = fiCtx;
  const tall: Viewport = { scrollLeft: 0, scrollTop: 0, width: 1200, height: 800 };

  function windowFor(projects: number, tasks: number, vp: Viewport) {
    const data = generatePortfolio({ growthAreas: 5, projects, tasks });
    return layoutTimeline({
      data,
      filters: EMPTY_FILTERS,
      expand: { all: true, keys: new Set() },
      zoom: 'fit',
      viewport: vp,
      today: TODAY,
      ctx,
    });
  }

  it('returns the same number of rows whether there are 50 or 50,000', () => {
    const small = windowFor(10, 35, { ...tall, scrollTop: 0 });
    const large = windowFor(5000, 45_000, { ...tall, scrollTop: 400_000 });
    expect(small.model.rows.length).toBe(50);
    expect(large.model.rows.length).toBe(50_005);
    const visibleRows = Math.ceil((tall.height - HEADER_HEIGHT) / ROW_HEIGHT);
    expect(large.window.rows.length).toBeLessThanOrEqual(visibleRows + 2 * 6 + 1);
    expect(large.window.rows.length).toBeGreaterThanOrEqual(visibleRows);
    expect(large.window.rows.length).toBe(Math.min(small.window.rows.length + 6, visibleRows + 12));
    expect(large.window.firstIndex).toBe(400_000 / ROW_HEIGHT - 6);
    expect(large.window.contentHeight).toBe(HEADER_HEIGHT + 50_005 * ROW_HEIGHT);
  });

  it('keeps a focused row that scrolled out of view', () => {
    const { window } = windowFor(100, 0, { ...tall, scrollTop: 0, height: 400 });
    expect(window.rows.some((r) => r.index === 90)).toBe(false);
    const index = indexTimelineData(
      generatePortfolio({ growthAreas: 5, projects: 100, tasks: 0 }),
      'x',
    );
    const model = buildRows(index, EMPTY_FILTERS, DEFAULT_EXPAND, TODAY);
    const scale = createScale(index.domain, 'fit', 920);
    const kept = computeWindow(
      model,
      scale,
      { ...tall, height: 400 },
      { today: TODAY, ctx, keep: [90] },
    );
    expect(kept.rows.map((r) => r.index)).toContain(90);
    expect(kept.rows.length).toBe(window.rows.length + 1);
  });

  it('draws only the items and ticks in the visible time range', () => {
    const index = indexTimelineData(smallPortfolio(), 'Muut');
    const model = buildRows(index, EMPTY_FILTERS, DEFAULT_EXPAND, TODAY);
    const scale = createScale(index.domain, 'weeks', 920);
    const vp: Viewport = {
      ...viewport,
      scrollLeft: dayToX(scale, parseDay('2029-06-01')),
    };
    const w = computeWindow(model, scale, vp, { today: TODAY, ctx });
    const byName = new Map(w.rows.map((r) => [r.row.name, r]));
    expect(byName.get('Älykäs satama')?.itemInView).toBe(true);
    expect(byName.get('Kiertotalot')?.itemInView).toBe(false);
    expect(w.minorTicks.length).toBeLessThan(20);
    expect(w.majorTicks.every((tk) => tk.x + tk.width >= vp.scrollLeft - 240)).toBe(true);
    expect(w.contentWidth).toBe(NAME_COLUMN_WIDTH + scale.width);
  });

  it('gives every visible row its full text label', () => {
    const { window } = windowFor(10, 20, tall);
    for (const r of window.rows) expect(r.label.startsWith(r.row.name)).toBe(true);
  });
});

describe('today and scroll targets', () => {
  const index = indexTimelineData({ growthAreas: [], projects: [], tasks: [] }, 'x');

  it('draws the today line at the middle of today and hides it outside the domain', () => {
    const scale = createScale(index.domain, 'months', 920);
    const model = buildRows(index, EMPTY_FILTERS, DEFAULT_EXPAND, TODAY);
    const w = computeWindow(model, scale, viewport, { today: TODAY, ctx: fiCtx });
    expect(w.todayX).toBeCloseTo(dayToX(scale, TODAY) + 2.5);
    const later = computeWindow(model, scale, viewport, {
      today: parseDay('2031-01-01'),
      ctx: fiCtx,
    });
    expect(later.todayX).toBeNull();
  });

  it('centres today and clamps at the edges', () => {
    const scale = createScale(index.domain, 'weeks', 920);
    const left = todayTarget(scale, TODAY, 1200);
    expect(centreDay(scale, { ...viewport, scrollLeft: left })).toBe(TODAY);
    expect(todayTarget(scale, parseDay('2025-01-02'), 1200)).toBe(0);
    expect(todayTarget(scale, parseDay('2029-12-30'), 1200)).toBeCloseTo(scale.width - 920);
    expect(fitAllTarget()).toEqual({ zoom: 'fit', scrollLeft: 0 });
  });

  it('scrolls the least to bring a row into view', () => {
    const vp: Viewport = { ...viewport, height: HEADER_HEIGHT + 10 * ROW_HEIGHT };
    expect(scrollTopForRow(5, vp, 100)).toBe(0);
    expect(scrollTopForRow(10, vp, 100)).toBe(ROW_HEIGHT);
    expect(scrollTopForRow(3, { ...vp, scrollTop: 320 }, 100)).toBe(3 * ROW_HEIGHT);
  });
});

describe('URL state', () => {
  it('writes nothing for the default view', () => {
    const params = toSearchParams({ filters: EMPTY_FILTERS, expand: DEFAULT_EXPAND, zoom: 'fit' });
    expect(params.toString()).toBe('');
  });

  it('round-trips filters, zoom and expand state', () => {
    const state = {
      filters: {
        growthAreaIds: ['ga-2', 'ga-1'],
        stages: ['planning', 'implementation'] as const,
        scheduleStatuses: ['late'] as const,
        leadIds: ['lead-1'],
        text: 'kierto talo',
      },
      expand: { all: false, keys: new Set(['p:p-1', 'a:ga-3']) },
      zoom: 'quarters' as const,
    };
    const params = toSearchParams({
      ...state,
      filters: { ...state.filters, stages: [...state.filters.stages], scheduleStatuses: ['late'] },
    });
    const url = `/timeline?${params.toString()}`;
    const back = fromSearchParams(new URL(url, 'http://x').searchParams);
    expect(back.zoom).toBe('quarters');
    expect([...back.filters.growthAreaIds]).toEqual(['ga-1', 'ga-2']);
    expect([...back.filters.stages]).toEqual(['implementation', 'planning']);
    expect([...back.filters.scheduleStatuses]).toEqual(['late']);
    expect(back.filters.leadIds).toEqual(['lead-1']);
    expect(back.filters.text).toBe('kierto talo');
    expect(back.expand.all).toBe(false);
    expect([...back.expand.keys].sort()).toEqual(['a:ga-3', 'p:p-1']);
    expect(toSearchParams(back).toString()).toBe(params.toString());
  });

  it('keeps unrelated params and ignores values it does not know', () => {
    const params = toSearchParams(
      { filters: EMPTY_FILTERS, expand: { all: true, keys: new Set() }, zoom: 'weeks' },
      new URLSearchParams('lang=sv'),
    );
    expect(params.get('lang')).toBe('sv');
    expect(params.get('expand')).toBe('all');
    const back = fromSearchParams(
      new URLSearchParams('zoom=decades&stage=planning,bogus&status=x&toggle=zz,p:1'),
    );
    expect(back.zoom).toBe('fit');
    expect(back.filters.stages).toEqual(['planning']);
    expect(back.filters.scheduleStatuses).toEqual([]);
    expect([...back.expand.keys]).toEqual(['p:1']);
  });
});
