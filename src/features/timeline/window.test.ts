import { describe, expect, it } from 'vitest';
import { parseDay } from './days';
import { ROW_HEIGHT, HEADER_HEIGHT, NAME_COLUMN_WIDTH } from './geometry';
import { createScale, dayToX } from './scale';
import { indexTimelineData, DEFAULT_EXPAND, buildRows } from './rows';
import type { LabelContext } from './labels';
import {
  type Viewport,
  computeWindow,
  fitAllTarget,
  todayTarget,
  centreDay,
  scrollTopForRow,
  layoutTimeline,
} from './window';
import { EMPTY_FILTERS } from './model';
import { createTimelineT } from './strings';
import { generatePortfolio, smallPortfolio } from '@/test/timeline-data';

const fiCtx: LabelContext = { lang: 'fi', t: createTimelineT('fi') };
const TODAY = parseDay('2026-11-22');
const viewport: Viewport = { scrollLeft: 0, scrollTop: 0, width: 1200, height: 600 };

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
