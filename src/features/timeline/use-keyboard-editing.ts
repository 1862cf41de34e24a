/**
 * Moving and resizing an item with the keyboard. Each Alt+arrow shows at once; the edit is
 * saved once the keys rest (KEYBOARD_COMMIT_DELAY), when another item is edited, on Enter,
 * Escape, undo or leaving the chart, and when the chart goes away — one save and one undo
 * step for a run of presses.
 */
import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';
import {
  scheduleOf,
  shiftSchedule,
  type DragMode,
  type Override,
  type ScheduleValue,
} from './reschedule';
import type { TimelineRow } from './rows';
import type { ScheduleEdit } from './use-rescheduling';

export const KEYBOARD_COMMIT_DELAY = 700;

interface PendingEdit extends ScheduleEdit {
  timer: ReturnType<typeof setTimeout>;
}

export function useKeyboardEditing(options: {
  commit: (edit: ScheduleEdit) => void;
  setOverride: (id: string, override: Override) => void;
  rowLabel: (row: TimelineRow) => string;
}) {
  const { commit, setOverride, rowLabel } = options;
  const pending = useRef<PendingEdit | null>(null);

  /** Saves the pending edit now, if there is one. */
  const flushKeyboardEdit = useCallback(() => {
    const edit = pending.current;
    if (!edit) return;
    pending.current = null;
    clearTimeout(edit.timer);
    commit({
      kind: edit.kind,
      id: edit.id,
      version: edit.version,
      before: edit.before,
      after: edit.after,
      name: edit.name,
      label: edit.label,
    });
  }, [commit]);

  // A pending keyboard edit is saved when the chart goes away, and only then: the callbacks
  // change identity whenever the page re-renders, which must not cut an edit short.
  const flushOnUnmount = useRef(flushKeyboardEdit);
  useLayoutEffect(() => {
    flushOnUnmount.current = flushKeyboardEdit;
  });
  useEffect(() => () => flushOnUnmount.current(), []);

  /** Shifts `row`'s item by `days` (`mode`: move it, or move its start or end). */
  const nudge = useCallback(
    (row: TimelineRow, mode: DragMode, days: number) => {
      const value = scheduleOf(row);
      const item = row.kind === 'project' ? row.project : row.task;
      if (!value || !item) return;
      const kind = row.kind === 'project' ? 'project' : 'task';
      if (pending.current && pending.current.id !== item.id) flushKeyboardEdit();
      const next: ScheduleValue = shiftSchedule(value, mode, days);
      const version = item.version;
      const previous = pending.current;
      if (previous) clearTimeout(previous.timer);
      pending.current = {
        id: item.id,
        kind,
        before: previous?.before ?? value,
        after: next,
        version,
        name: row.name,
        label: rowLabel({ ...row, startDay: next.start, endDay: next.end }),
        timer: setTimeout(() => flushKeyboardEdit(), KEYBOARD_COMMIT_DELAY),
      };
      setOverride(item.id, { kind, value: next, baseVersion: version });
    },
    [flushKeyboardEdit, rowLabel, setOverride],
  );

  return { nudge, flushKeyboardEdit };
}
