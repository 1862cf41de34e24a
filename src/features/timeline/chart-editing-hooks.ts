/**
 * What the chart needs from rescheduling, in two hooks: `useSchedule` (the data as shown, the
 * undo stack and the saves) and `useInput` (keyboard and pointer editing). A reader gets the
 * read-only pair below, a few lines; the editing pair (`chart-editing.ts`: rescheduling with
 * undo, keyboard editing, pointer drag) is downloaded only for a chart that can reschedule,
 * so an anonymous visitor never loads it.
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent } from 'react';
import type { RescheduleChange, TimelineData } from './model';
import type { DragMode, Override } from './reschedule';
import type { TimelineRow } from './rows';
import type { TimeScale } from './scale';
import type { TimelineT } from './strings';
import type { ScheduleEdit } from './use-rescheduling';

interface ChartSchedule {
  effectiveData: TimelineData;
  undoStack: readonly { label: string }[];
  announcement: string;
  commit: (edit: ScheduleEdit) => void;
  undo: () => void;
  setOverride: (id: string, override: Override) => void;
  previewDrag: (id: string, override: Override) => void;
  endDragPreview: () => void;
}

interface ChartInput {
  nudge: (row: TimelineRow, mode: DragMode, days: number) => void;
  flushKeyboardEdit: () => void;
  onItemPointerDown: (e: PointerEvent<HTMLElement>, row: TimelineRow) => void;
  onItemPointerMove: (e: PointerEvent<HTMLElement>) => void;
  onItemPointerUp: (e: PointerEvent<HTMLElement>, row: TimelineRow) => void;
  onItemPointerCancel: () => void;
}

export interface ChartEditingHooks {
  /** Whether these hooks edit (the chart marks rows editable only then). */
  edits: boolean;
  useSchedule: (options: {
    data: TimelineData;
    t: TimelineT;
    onReschedule?: (change: RescheduleChange) => void | Promise<void>;
  }) => ChartSchedule;
  useInput: (options: {
    schedule: ChartSchedule;
    scale: TimeScale;
    editableRow: (row: TimelineRow) => boolean;
    rowLabel: (row: TimelineRow) => string;
    /** The pressed item's time cell takes the tab stop and focus. */
    focusItem: (row: TimelineRow) => void;
    onOpenProject: (slug: string) => void;
  }) => ChartInput;
}

const noop = () => {};
const noUndo: readonly { label: string }[] = [];

/** Reading only: the data as it is; a press on a bar focuses it and a release opens the project. */
const readOnlyHooks: ChartEditingHooks = {
  edits: false,
  useSchedule: ({ data }) => ({
    effectiveData: data,
    undoStack: noUndo,
    announcement: '',
    commit: noop,
    undo: noop,
    setOverride: noop,
    previewDrag: noop,
    endDragPreview: noop,
  }),
  useInput: function useReadOnlyInput({ focusItem, onOpenProject }) {
    const pressed = useRef<string | null>(null);
    const onItemPointerDown = useCallback(
      (e: PointerEvent<HTMLElement>, row: TimelineRow) => {
        // As the editing pointer: only a project's or task's dates (scheduleOf) take a press.
        const item = row.kind === 'project' ? row.project : row.task;
        const dated =
          row.startDay !== null && (row.kind === 'task' || row.endDay !== null) && !!item;
        if (e.button !== 0 || !dated || !row.project) return;
        pressed.current = row.project.slug;
        focusItem(row);
        e.currentTarget.setPointerCapture?.(e.pointerId);
      },
      [focusItem],
    );
    const onItemPointerUp = useCallback(
      (e: PointerEvent<HTMLElement>) => {
        const slug = pressed.current;
        pressed.current = null;
        if (slug === null) return;
        e.currentTarget.releasePointerCapture?.(e.pointerId);
        onOpenProject(slug);
      },
      [onOpenProject],
    );
    const onItemPointerCancel = useCallback(() => {
      pressed.current = null;
    }, []);
    return {
      nudge: noop,
      flushKeyboardEdit: noop,
      onItemPointerDown,
      onItemPointerMove: noop,
      onItemPointerUp,
      onItemPointerCancel,
    };
  },
};

let loaded: ChartEditingHooks | null = null;
let loading: Promise<ChartEditingHooks> | null = null;

/** Downloads the editing hooks (once); a failed download is tried again on the next call. */
export function loadChartEditing(): Promise<ChartEditingHooks> {
  loading ??= import('./chart-editing').then(
    (m) => (loaded = m.editingHooks),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The editing hooks once `wanted` and downloaded; the read-only ones until then. */
export function useChartEditingHooks(wanted: boolean): ChartEditingHooks {
  const [hooks, setHooks] = useState(() => loaded);
  useEffect(() => {
    if (!wanted || hooks) return;
    let live = true;
    loadChartEditing().then(
      (h) => {
        if (live) setHooks(h);
      },
      () => {}, // the chart stays read-only
    );
    return () => {
      live = false;
    };
  }, [wanted, hooks]);
  return wanted && hooks ? hooks : readOnlyHooks;
}
