import { renderHook } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { parseDay } from './days';
import { HEADER_HEIGHT, ROW_HEIGHT } from './geometry';
import { EMPTY_FILTERS } from './model';
import { DEFAULT_EXPAND, buildRows, indexTimelineData, isExpanded } from './rows';
import { useChartKeyboard } from './use-chart-keyboard';
import { smallPortfolio } from '@/test/timeline-data';

const rows = buildRows(
  indexTimelineData(smallPortfolio(), 'Muut hankkeet'),
  EMPTY_FILTERS,
  DEFAULT_EXPAND,
  parseDay('2026-11-22'),
).rows;
const kiertotalot = rows.findIndex((r) => r.name === 'Kiertotalot');

function key(k: string, mods: Partial<Record<'altKey' | 'shiftKey' | 'ctrlKey', boolean>> = {}) {
  return {
    key: k,
    altKey: false,
    shiftKey: false,
    ctrlKey: false,
    metaKey: false,
    preventDefault: vi.fn(),
    ...mods,
  } as unknown as KeyboardEvent<HTMLElement>;
}

function setUp(activeIndex: number, activeCol: 0 | 1 = 0, editable = true) {
  const actions = {
    setExpand: vi.fn(),
    moveFocus: vi.fn(),
    focusAfterRender: vi.fn(),
    nudge: vi.fn(),
    flushKeyboardEdit: vi.fn(),
    undo: vi.fn(),
    openRow: vi.fn(),
  };
  const exit = { current: document.createElement('div') };
  const focusExit = vi.spyOn(exit.current, 'focus');
  const { result } = renderHook(() =>
    useChartKeyboard({
      rows,
      activeIndex,
      activeCol,
      viewportHeight: HEADER_HEIGHT + 10 * ROW_HEIGHT,
      expand: DEFAULT_EXPAND,
      editableRow: () => editable,
      exit,
      ...actions,
    }),
  );
  return { onKeyDown: result.current, focusExit, ...actions };
}

describe('useChartKeyboard', () => {
  it('moves between rows by one, by a page and to either end, keeping the cell', () => {
    const { onKeyDown, moveFocus } = setUp(1, 1);
    onKeyDown(key('ArrowDown'));
    expect(moveFocus).toHaveBeenLastCalledWith(2, 1);
    onKeyDown(key('ArrowUp'));
    expect(moveFocus).toHaveBeenLastCalledWith(0, 1);
    onKeyDown(key('PageDown'));
    expect(moveFocus).toHaveBeenLastCalledWith(rows.length - 1, 1); // 9 rows a page, fewer here
    onKeyDown(key('Home'));
    expect(moveFocus).toHaveBeenLastCalledWith(0, 1);
    onKeyDown(key('End'));
    expect(moveFocus).toHaveBeenLastCalledWith(rows.length - 1, 1);
  });

  it('expands with → and collapses with ←, else moves between cells and to the parent', () => {
    const { onKeyDown, setExpand, moveFocus, focusAfterRender } = setUp(kiertotalot);
    onKeyDown(key('ArrowRight'));
    const opened = setExpand.mock.calls.at(-1)?.[0];
    expect(isExpanded(opened, rows[kiertotalot]?.key ?? '')).toBe(true);
    expect(focusAfterRender).toHaveBeenCalled();
    onKeyDown(key('ArrowLeft'));
    expect(moveFocus).toHaveBeenLastCalledWith(rows[kiertotalot]?.parentIndex, 0);

    const inTime = setUp(kiertotalot, 1);
    inTime.onKeyDown(key('ArrowLeft'));
    expect(inTime.moveFocus).toHaveBeenLastCalledWith(kiertotalot, 0);
  });

  it('nudges an editable item from its time cell with Alt, by a week with Shift', () => {
    const { onKeyDown, nudge, moveFocus } = setUp(kiertotalot, 1);
    const row = rows[kiertotalot];
    onKeyDown(key('ArrowRight', { altKey: true }));
    expect(nudge).toHaveBeenLastCalledWith(row, 'move', 1);
    onKeyDown(key('ArrowLeft', { altKey: true, shiftKey: true }));
    expect(nudge).toHaveBeenLastCalledWith(row, 'move', -7);
    onKeyDown(key('ArrowUp', { altKey: true }));
    expect(nudge).toHaveBeenLastCalledWith(row, 'end', -1);
    expect(moveFocus).not.toHaveBeenCalled();

    const readOnly = setUp(kiertotalot, 1, false);
    readOnly.onKeyDown(key('ArrowRight', { altKey: true }));
    expect(readOnly.nudge).not.toHaveBeenCalled();
  });

  it('saves a pending edit before Enter opens the row and Escape leaves; Ctrl+Z undoes', () => {
    const { onKeyDown, flushKeyboardEdit, openRow, undo, focusExit } = setUp(kiertotalot);
    onKeyDown(key('Enter'));
    expect(flushKeyboardEdit).toHaveBeenCalledTimes(1);
    expect(openRow).toHaveBeenCalledWith(rows[kiertotalot]);
    onKeyDown(key('Escape'));
    expect(flushKeyboardEdit).toHaveBeenCalledTimes(2);
    expect(focusExit).toHaveBeenCalled();
    onKeyDown(key('z', { ctrlKey: true }));
    expect(undo).toHaveBeenCalledTimes(1);
  });
});
