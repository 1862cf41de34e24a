/**
 * The treegrid's keys. ↑/↓ rows, →/← expand, collapse or move between the name and time
 * cells, Home/End, PageUp/PageDown, Enter opens the project, Space toggles, Escape leaves.
 * On an editable item's time cell Alt+←/→ moves it a day (Shift: a week) and Alt+↑/↓ moves a
 * project's end; Ctrl+Z (⌘Z) undoes.
 */
import { useCallback, type KeyboardEvent, type RefObject } from 'react';
import { HEADER_HEIGHT, ROW_HEIGHT } from './geometry';
import type { ExpandState } from './model';
import type { DragMode } from './reschedule';
import { toggleExpanded, type TimelineRow } from './rows';

export function useChartKeyboard(options: {
  rows: readonly TimelineRow[];
  activeIndex: number;
  activeCol: 0 | 1;
  viewportHeight: number;
  expand: ExpandState;
  setExpand: (expand: ExpandState) => void;
  moveFocus: (index: number, col: 0 | 1) => void;
  focusAfterRender: () => void;
  editableRow: (row: TimelineRow) => boolean;
  nudge: (row: TimelineRow, mode: DragMode, days: number) => void;
  flushKeyboardEdit: () => void;
  undo: () => void;
  openRow: (row: TimelineRow) => void;
  /** Where Escape sends focus: just past the chart. */
  exit: RefObject<HTMLElement | null>;
}) {
  const { rows, activeIndex, activeCol, viewportHeight, expand, setExpand, moveFocus } = options;
  const { focusAfterRender, editableRow, nudge, flushKeyboardEdit, undo, openRow, exit } = options;

  return useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      const row = rows[activeIndex];
      if (!row) return;
      const pageRows = Math.max(1, Math.floor((viewportHeight - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        undo();
        return;
      }
      if (e.altKey && activeCol === 1 && editableRow(row)) {
        const step = e.shiftKey ? 7 : 1;
        const moves: Record<string, [DragMode, number] | undefined> = {
          ArrowLeft: ['move', -step],
          ArrowRight: ['move', step],
          ArrowUp: row.kind === 'project' ? ['end', -step] : undefined,
          ArrowDown: row.kind === 'project' ? ['end', step] : undefined,
        };
        const move = moves[e.key];
        if (move) {
          e.preventDefault();
          nudge(row, move[0], move[1]);
          return;
        }
      }
      switch (e.key) {
        case 'ArrowDown':
          e.preventDefault();
          moveFocus(Math.min(rows.length - 1, activeIndex + 1), activeCol);
          break;
        case 'ArrowUp':
          e.preventDefault();
          moveFocus(Math.max(0, activeIndex - 1), activeCol);
          break;
        case 'PageDown':
          e.preventDefault();
          moveFocus(Math.min(rows.length - 1, activeIndex + pageRows), activeCol);
          break;
        case 'PageUp':
          e.preventDefault();
          moveFocus(Math.max(0, activeIndex - pageRows), activeCol);
          break;
        case 'Home':
          e.preventDefault();
          moveFocus(0, activeCol);
          break;
        case 'End':
          e.preventDefault();
          moveFocus(rows.length - 1, activeCol);
          break;
        case 'ArrowRight':
          e.preventDefault();
          if (activeCol === 0 && row.expandable && !row.expanded) {
            setExpand(toggleExpanded(expand, row.key, true));
            focusAfterRender();
          } else moveFocus(activeIndex, 1);
          break;
        case 'ArrowLeft':
          e.preventDefault();
          if (activeCol === 1) moveFocus(activeIndex, 0);
          else if (row.expanded) {
            setExpand(toggleExpanded(expand, row.key, false));
            focusAfterRender();
          } else if (row.parentIndex >= 0) moveFocus(row.parentIndex, 0);
          break;
        case 'Enter':
          e.preventDefault();
          flushKeyboardEdit();
          openRow(row);
          break;
        case ' ':
          if (row.expandable) {
            e.preventDefault();
            setExpand(toggleExpanded(expand, row.key));
            focusAfterRender();
          }
          break;
        case 'Escape':
          e.preventDefault();
          flushKeyboardEdit();
          exit.current?.focus();
          break;
      }
    },
    [
      rows,
      activeIndex,
      activeCol,
      viewportHeight,
      undo,
      editableRow,
      nudge,
      moveFocus,
      setExpand,
      expand,
      openRow,
      flushKeyboardEdit,
      focusAfterRender,
      exit,
    ],
  );
}
