import { act, renderHook } from '@testing-library/react';
import type { PointerEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { parseDay } from './days';
import { EMPTY_FILTERS } from './model';
import { buildRows, indexTimelineData, type TimelineRow } from './rows';
import { createScale, PX_PER_DAY } from './scale';
import { EDGE_GRAB, usePointerDrag } from './use-pointer-drag';
import { smallPortfolio } from '@/test/timeline-data';

const index = indexTimelineData(smallPortfolio(), 'Muut hankkeet');
const rows = buildRows(
  index,
  EMPTY_FILTERS,
  { all: true, keys: new Set() },
  parseDay('2026-11-22'),
).rows;
// Months: 5 px a day.
const scale = createScale(index.domain, 'months', 1000);
const kiertotalot = rows.find((r) => r.name === 'Kiertotalot') as TimelineRow;
const start = parseDay('2025-01-01');
const end = parseDay('2027-12-31');

/** A pointer event on a 200 px wide bar whose left edge is at x = 100. */
function pointer(clientX: number): PointerEvent<HTMLElement> {
  const target = {
    getBoundingClientRect: () => ({ left: 100, width: 200 }),
    setPointerCapture: vi.fn(),
    releasePointerCapture: vi.fn(),
  };
  return {
    button: 0,
    clientX,
    pointerId: 1,
    currentTarget: target,
  } as unknown as PointerEvent<HTMLElement>;
}

function setUp(editable = true) {
  const options = {
    scale,
    editableRow: () => editable,
    rowLabel: (row: TimelineRow) => row.name,
    focusItem: vi.fn(),
    previewDrag: vi.fn(),
    endDragPreview: vi.fn(),
    commit: vi.fn(),
    onOpenProject: vi.fn(),
  };
  const { result } = renderHook(() => usePointerDrag(options));
  return { drag: result.current, ...options };
}

describe('usePointerDrag', () => {
  it('moves a bar by whole days, previewing on the way and saving on release', () => {
    const { drag, previewDrag, commit, focusItem, endDragPreview } = setUp();
    act(() => drag.onItemPointerDown(pointer(200), kiertotalot));
    expect(focusItem).toHaveBeenCalledWith(kiertotalot);
    act(() => drag.onItemPointerMove(pointer(202)));
    expect(previewDrag).not.toHaveBeenCalled(); // less than half a day
    act(() => drag.onItemPointerMove(pointer(200 + 3 * PX_PER_DAY.months)));
    expect(previewDrag).toHaveBeenLastCalledWith('p-kiertotalot', {
      kind: 'project',
      value: { start: start + 3, end: end + 3 },
      baseVersion: 1,
    });
    act(() => drag.onItemPointerUp(pointer(200 + 4 * PX_PER_DAY.months), kiertotalot));
    expect(endDragPreview).toHaveBeenCalled();
    expect(commit).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'p-kiertotalot',
        before: { start, end },
        after: { start: start + 4, end: end + 4 },
      }),
    );
  });

  it('moves only the start or the end when a project bar is grabbed at its edge', () => {
    const { drag, commit } = setUp();
    act(() => drag.onItemPointerDown(pointer(100 + EDGE_GRAB), kiertotalot));
    act(() => drag.onItemPointerMove(pointer(100 + EDGE_GRAB + 10)));
    act(() => drag.onItemPointerUp(pointer(100 + EDGE_GRAB + 10), kiertotalot));
    expect(commit).toHaveBeenLastCalledWith(
      expect.objectContaining({ after: { start: start + 2, end } }),
    );
    act(() => drag.onItemPointerDown(pointer(300 - EDGE_GRAB), kiertotalot));
    act(() => drag.onItemPointerMove(pointer(300 - EDGE_GRAB - 10)));
    act(() => drag.onItemPointerUp(pointer(300 - EDGE_GRAB - 10), kiertotalot));
    expect(commit).toHaveBeenLastCalledWith(
      expect.objectContaining({ after: { start, end: end - 2 } }),
    );
  });

  it('opens the project on a press that did not move, and never moves what may not be edited', () => {
    const { drag, commit, previewDrag, onOpenProject } = setUp(false);
    act(() => drag.onItemPointerDown(pointer(200), kiertotalot));
    act(() => drag.onItemPointerMove(pointer(400)));
    act(() => drag.onItemPointerUp(pointer(400), kiertotalot));
    expect(previewDrag).not.toHaveBeenCalled();
    expect(commit).not.toHaveBeenCalled();
    expect(onOpenProject).toHaveBeenCalledWith('kiertotalot');
  });

  it('forgets a cancelled drag', () => {
    const { drag, commit, endDragPreview, onOpenProject } = setUp();
    act(() => drag.onItemPointerDown(pointer(200), kiertotalot));
    act(() => drag.onItemPointerMove(pointer(260)));
    act(() => drag.onItemPointerCancel());
    expect(endDragPreview).toHaveBeenCalled();
    act(() => drag.onItemPointerUp(pointer(260), kiertotalot));
    expect(commit).not.toHaveBeenCalled();
    expect(onOpenProject).not.toHaveBeenCalled();
  });
});
