import { describe, expect, it } from 'vitest';
import { parseDay } from './days';
import { indexTimelineData, DEFAULT_EXPAND, buildRows } from './rows';
import { placeLabel, type LabelContext, fullLabel, tooltipLines } from './labels';
import { EMPTY_FILTERS, type ExpandState, type TimelineFilters } from './model';
import { createTimelineT } from './strings';
import { smallPortfolio } from '@/test/timeline-data';

const fiCtx: LabelContext = { lang: 'fi', t: createTimelineT('fi') };
const svCtx: LabelContext = { lang: 'sv', t: createTimelineT('sv') };
const enCtx: LabelContext = { lang: 'en', t: createTimelineT('en') };
const TODAY = parseDay('2026-11-22');
function rowsOf(filters: TimelineFilters = EMPTY_FILTERS, expand: ExpandState = DEFAULT_EXPAND) {
  const index = indexTimelineData(smallPortfolio(), 'Muut hankkeet');
  return buildRows(index, filters, expand, TODAY).rows;
}

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

  it("says a project's progress, the filled part of its bar, in words", () => {
    const row = byName('Kiertotalot');
    const withProgress = { ...row, project: row.project && { ...row.project, progress: 42.4 } };
    expect(fullLabel(withProgress, fiCtx)).toBe(
      'Kiertotalot, 1.1.2025–31.12.2027, Toteutus, aikataulussa, valmiina 42 %',
    );
    expect(fullLabel(withProgress, enCtx)).toMatch(/, 42% done$/);
    expect(tooltipLines(withProgress, svCtx)).toContain('42 % klart');
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
