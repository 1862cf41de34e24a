/**
 * Dragging a bar or milestone with a pointer: by whole days, the middle of a bar moves it and
 * its ends (EDGE_GRAB px) move the start or end. The dates follow the pointer as a preview and
 * are saved on release; a press that did not move opens the project, as a click would.
 */
import { useCallback, useRef, type PointerEvent } from 'react';
import {
  scheduleOf,
  shiftSchedule,
  type DragMode,
  type Override,
  type ScheduleValue,
} from './reschedule';
import type { TimelineRow } from './rows';
import { snapDays, type TimeScale } from './scale';
import type { ScheduleEdit } from './use-rescheduling';

/** Pixels at each end of a project bar that grab its start or end instead of the whole bar. */
export const EDGE_GRAB = 6;

interface DragState {
  id: string;
  kind: 'project' | 'task';
  mode: DragMode;
  startX: number;
  before: ScheduleValue;
  version: number;
  editable: boolean;
  moved: boolean;
  slug: string;
}

export function usePointerDrag(options: {
  scale: TimeScale;
  editableRow: (row: TimelineRow) => boolean;
  rowLabel: (row: TimelineRow) => string;
  /** The pressed item's time cell takes the tab stop and focus. */
  focusItem: (row: TimelineRow) => void;
  previewDrag: (id: string, override: Override) => void;
  endDragPreview: () => void;
  commit: (edit: ScheduleEdit) => void;
  onOpenProject: (slug: string) => void;
}) {
  const { scale, editableRow, rowLabel, focusItem, previewDrag, endDragPreview, commit } = options;
  const { onOpenProject } = options;
  const drag = useRef<DragState | null>(null);

  const onItemPointerDown = useCallback(
    (e: PointerEvent<HTMLElement>, row: TimelineRow) => {
      if (e.button !== 0) return;
      const value = scheduleOf(row);
      const item = row.kind === 'project' ? row.project : row.task;
      if (!value || !item || !row.project) return;
      const rect = e.currentTarget.getBoundingClientRect();
      const offset = e.clientX - rect.left;
      let mode: DragMode = 'move';
      if (row.kind === 'project' && rect.width > 3 * EDGE_GRAB) {
        if (offset <= EDGE_GRAB) mode = 'start';
        else if (offset >= rect.width - EDGE_GRAB) mode = 'end';
      }
      drag.current = {
        id: item.id,
        kind: row.kind === 'project' ? 'project' : 'task',
        mode,
        startX: e.clientX,
        before: value,
        version: item.version,
        editable: editableRow(row),
        moved: false,
        slug: row.project.slug,
      };
      focusItem(row);
      e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    [editableRow, focusItem],
  );

  const onItemPointerMove = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      const d = drag.current;
      if (!d || !d.editable) return;
      const days = snapDays(scale, e.clientX - d.startX);
      if (days !== 0) d.moved = true;
      if (!d.moved) return;
      const value = shiftSchedule(d.before, d.mode, days);
      previewDrag(d.id, { kind: d.kind, value, baseVersion: d.version });
    },
    [scale, previewDrag],
  );

  const onItemPointerUp = useCallback(
    (e: PointerEvent<HTMLElement>, row: TimelineRow) => {
      const d = drag.current;
      drag.current = null;
      if (!d) return;
      e.currentTarget.releasePointerCapture?.(e.pointerId);
      endDragPreview();
      if (!d.moved) {
        onOpenProject(d.slug);
        return;
      }
      const after = shiftSchedule(d.before, d.mode, snapDays(scale, e.clientX - d.startX));
      commit({
        kind: d.kind,
        id: d.id,
        version: d.version,
        before: d.before,
        after,
        name: row.name,
        label: rowLabel(row),
      });
    },
    [onOpenProject, scale, commit, rowLabel, endDragPreview],
  );

  const onItemPointerCancel = useCallback(() => {
    drag.current = null;
    endDragPreview();
  }, [endDragPreview]);

  return { onItemPointerDown, onItemPointerMove, onItemPointerUp, onItemPointerCancel };
}
