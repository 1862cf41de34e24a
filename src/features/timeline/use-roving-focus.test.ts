import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseDay } from './days';
import { HEADER_HEIGHT, ROW_HEIGHT } from './geometry';
import { EMPTY_FILTERS } from './model';
import { buildRows, indexTimelineData, type TimelineRow } from './rows';
import { createScale } from './scale';
import { useRovingFocus } from './use-roving-focus';
import type { Viewport } from './window';
import { generatePortfolio } from '@/test/timeline-data';

const index = indexTimelineData(
  generatePortfolio({ growthAreas: 2, projects: 40, tasks: 0 }),
  'Muut hankkeet',
);
const rows = buildRows(
  index,
  EMPTY_FILTERS,
  { all: true, keys: new Set() },
  parseDay('2026-11-22'),
).rows;
const scale = createScale(index.domain, 'weeks', 920);
// Ten rows tall, at the top left.
const viewport: Viewport = {
  scrollLeft: 0,
  scrollTop: 0,
  width: 1200,
  height: HEADER_HEIGHT + 10 * ROW_HEIGHT,
};

/** A container with both cells of every row, as the chart renders them. */
function container(): HTMLElement {
  const el = document.createElement('div');
  for (const row of rows) {
    for (const col of [0, 1]) {
      const cell = document.createElement('div');
      cell.tabIndex = -1;
      cell.dataset.focusKey = `${row.key}:${col}`;
      el.append(cell);
    }
  }
  document.body.append(el);
  return el;
}

function setUp(vp: Viewport = viewport) {
  const scrollAfterRender = vi.fn();
  const ref = { current: container() };
  const hook = renderHook(
    (props: { rows: readonly TimelineRow[] }) =>
      useRovingFocus({ rows: props.rows, viewport: vp, scale, container: ref, scrollAfterRender }),
    { initialProps: { rows } },
  );
  return { ...hook, scrollAfterRender, ref };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('useRovingFocus', () => {
  it('puts the one tab stop on the first row until something is focused', () => {
    const { result } = setUp();
    expect(result.current.focus).toBeNull();
    expect([result.current.activeIndex, result.current.activeCol]).toEqual([0, 0]);
  });

  it('moves the tab stop and DOM focus, scrolling only when the row is out of view', () => {
    const { result, scrollAfterRender } = setUp();
    act(() => result.current.moveFocus(3, 0));
    expect([result.current.activeIndex, result.current.activeCol]).toEqual([3, 0]);
    expect(document.activeElement).toHaveAttribute('data-focus-key', `${rows[3]?.key}:0`);
    expect(scrollAfterRender).not.toHaveBeenCalled();

    act(() => result.current.moveFocus(20, 0));
    expect(scrollAfterRender).toHaveBeenLastCalledWith({ top: 11 * ROW_HEIGHT, left: undefined });
  });

  it("brings the time cell's item into view sideways too", () => {
    const { result, scrollAfterRender } = setUp();
    const late = rows.findIndex((r) => r.kind === 'project' && (r.startDay ?? 0) > 20_300);
    expect(late).toBeGreaterThan(0);
    act(() => result.current.moveFocus(late, 1));
    const target = scrollAfterRender.mock.calls.at(-1)?.[0] as { left?: number };
    expect(target.left).toBeGreaterThan(0);
    expect(document.activeElement).toHaveAttribute('data-focus-key', `${rows[late]?.key}:1`);
  });

  it('falls back to the first row when the focused row disappears', () => {
    const { result, rerender } = setUp();
    act(() => result.current.moveFocus(5, 1));
    rerender({ rows: rows.slice(0, 3) });
    expect([result.current.activeIndex, result.current.activeCol]).toEqual([0, 0]);
  });
});
