import { describe, expect, it } from 'vitest';
import { parseDay, dayToIso } from './days';
import { PX_PER_DAY, createScale, dayToX, xToDay, snapDays, ticksInRange } from './scale';
import { indexTimelineData } from './rows';
import type { LabelContext } from './labels';
import { createTimelineT } from './strings';
import { smallPortfolio } from '@/test/timeline-data';

const fiCtx: LabelContext = { lang: 'fi', t: createTimelineT('fi') };
const svCtx: LabelContext = { lang: 'sv', t: createTimelineT('sv') };
const enCtx: LabelContext = { lang: 'en', t: createTimelineT('en') };
const programme = { startDay: parseDay('2025-01-01'), endDay: parseDay('2029-12-31') };

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
