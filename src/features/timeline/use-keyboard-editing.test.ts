import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseDay } from './days';
import { EMPTY_FILTERS } from './model';
import { buildRows, indexTimelineData, type TimelineRow } from './rows';
import { KEYBOARD_COMMIT_DELAY, useKeyboardEditing } from './use-keyboard-editing';
import { smallPortfolio } from '@/test/timeline-data';

const rows = buildRows(
  indexTimelineData(smallPortfolio(), 'Muut hankkeet'),
  EMPTY_FILTERS,
  { all: true, keys: new Set() },
  parseDay('2026-11-22'),
).rows;

function row(name: string): TimelineRow {
  const found = rows.find((r) => r.name === name);
  if (!found) throw new Error(name);
  return found;
}

function setUp() {
  const commit = vi.fn();
  const setOverride = vi.fn();
  const rowLabel = (r: TimelineRow) => `${r.name} ${r.startDay}–${r.endDay}`;
  const hook = renderHook(() => useKeyboardEditing({ commit, setOverride, rowLabel }));
  return { ...hook, commit, setOverride };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('useKeyboardEditing', () => {
  it('shows each press at once and saves a run of presses once the keys rest', () => {
    const { result, commit, setOverride } = setUp();
    const kiertotalot = row('Kiertotalot');
    const start = parseDay('2025-01-01');
    const end = parseDay('2027-12-31');
    act(() => result.current.nudge(kiertotalot, 'move', 1));
    act(() =>
      result.current.nudge({ ...kiertotalot, startDay: start + 1, endDay: end + 1 }, 'move', 7),
    );
    expect(setOverride).toHaveBeenLastCalledWith('p-kiertotalot', {
      kind: 'project',
      value: { start: start + 8, end: end + 8 },
      baseVersion: 1,
    });
    act(() => vi.advanceTimersByTime(KEYBOARD_COMMIT_DELAY - 1));
    expect(commit).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit).toHaveBeenCalledWith({
      kind: 'project',
      id: 'p-kiertotalot',
      version: 1,
      before: { start, end },
      after: { start: start + 8, end: end + 8 },
      name: 'Kiertotalot',
      label: `Kiertotalot ${start + 8}–${end + 8}`,
    });
  });

  it('saves at once when flushed, when another item is edited, and when it goes away', () => {
    const { result, commit, unmount } = setUp();
    act(() => result.current.nudge(row('Kiertotalot'), 'end', -1));
    act(() => result.current.flushKeyboardEdit());
    expect(commit).toHaveBeenCalledTimes(1);
    act(() => result.current.flushKeyboardEdit());
    expect(commit).toHaveBeenCalledTimes(1);

    act(() => result.current.nudge(row('Kiertotalot'), 'move', 1));
    act(() => result.current.nudge(row('Pilottikohde valittu'), 'move', 1));
    expect(commit).toHaveBeenCalledTimes(2);
    expect(commit).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'p-kiertotalot' }));

    unmount();
    expect(commit).toHaveBeenCalledTimes(3);
    expect(commit).toHaveBeenLastCalledWith(expect.objectContaining({ kind: 'task', id: 't-1' }));
    vi.advanceTimersByTime(KEYBOARD_COMMIT_DELAY);
    expect(commit).toHaveBeenCalledTimes(3);
  });

  it('leaves rows without dates alone', () => {
    const { result, commit, setOverride } = setUp();
    act(() => result.current.nudge(row('Rakentamisen kiertotalous'), 'move', 1));
    act(() => vi.advanceTimersByTime(KEYBOARD_COMMIT_DELAY));
    expect(setOverride).not.toHaveBeenCalled();
    expect(commit).not.toHaveBeenCalled();
  });
});
