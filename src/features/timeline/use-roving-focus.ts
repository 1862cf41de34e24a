/**
 * The treegrid's one tab stop (roving tabindex): which row and cell hold it, and moving it —
 * scrolling the row (and for the time cell, its item) into view and focusing the cell once it
 * is in the DOM. The window always keeps the active row, so the cell exists after the render.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { timeWidthOf } from './geometry';
import type { TimelineRow } from './rows';
import type { TimeScale } from './scale';
import type { ScrollTarget } from './use-viewport';
import { scrollLeftForDay, scrollTopForRow, type Viewport } from './window';

export interface Focus {
  key: string;
  /** 0: the name cell (the row itself), 1: the time cell. */
  col: 0 | 1;
}

interface RovingFocusOptions {
  rows: readonly TimelineRow[];
  viewport: Viewport;
  scale: TimeScale;
  container: RefObject<HTMLElement | null>;
  scrollAfterRender: (target: ScrollTarget) => void;
}

export function useRovingFocus(options: RovingFocusOptions) {
  const { rows, viewport, scale, container, scrollAfterRender } = options;
  const [focus, setFocus] = useState<Focus | null>(null);
  const keyToIndex = useMemo(() => {
    const map = new Map<string, number>();
    rows.forEach((r, i) => map.set(r.key, i));
    return map;
  }, [rows]);
  const focusIndex = focus ? (keyToIndex.get(focus.key) ?? -1) : -1;
  const activeIndex = focusIndex >= 0 ? focusIndex : 0;
  const activeCol: 0 | 1 = focusIndex >= 0 && focus ? focus.col : 0;
  const wantFocus = useRef(false);

  // After the render that moved the tab stop, move DOM focus onto it.
  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    const row = rows[activeIndex];
    const wanted = row ? `${row.key}:${activeCol}` : '';
    const candidates = container.current?.querySelectorAll<HTMLElement>('[data-focus-key]') ?? [];
    const target = Array.from(candidates).find((el) => el.dataset.focusKey === wanted);
    target?.focus({ preventScroll: true });
  });

  /** Focus the active cell after the next render (its row may move or reappear). */
  const focusAfterRender = useCallback(() => {
    wantFocus.current = true;
  }, []);

  /** Moves the tab stop and DOM focus to cell `col` of row `i`, scrolling it into view. */
  const moveFocus = useCallback(
    (i: number, col: 0 | 1) => {
      const row = rows[i];
      if (!row) return;
      setFocus({ key: row.key, col });
      wantFocus.current = true;
      const top = scrollTopForRow(i, viewport, rows.length);
      let left: number | undefined;
      if (col === 1 && row.startDay !== null) {
        const x0 = viewport.scrollLeft;
        const x1 = x0 + timeWidthOf(viewport.width);
        const sx = (row.startDay - scale.startDay) * scale.pxPerDay;
        if (sx < x0 || sx > x1) left = scrollLeftForDay(scale, row.startDay, viewport.width);
      }
      if (top !== viewport.scrollTop || left !== undefined) scrollAfterRender({ top, left });
    },
    [rows, viewport, scale, scrollAfterRender],
  );

  return { focus, setFocus, activeIndex, activeCol, moveFocus, focusAfterRender };
}
