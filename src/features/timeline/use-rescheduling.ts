/**
 * Rescheduling with undo. Every change shows at once (an optimistic override on the data),
 * is announced, goes on the undo stack and is handed to `onReschedule` version-checked; a
 * rejected save rolls the bar back and says so. A drag in progress is a preview on top of the
 * saved overrides. Overrides whose base version the server has moved past are ignored by
 * `applyOverrides`, so fresh data replaces them by itself.
 */
import { useCallback, useMemo, useState } from 'react';
import type { RescheduleChange, TimelineData } from './model';
import {
  applyOverrides,
  currentVersion,
  sameSchedule,
  toChange,
  type Override,
  type ScheduleValue,
} from './reschedule';
import type { TimelineT } from './strings';

type ItemKind = 'project' | 'task';

export interface UndoEntry {
  kind: ItemKind;
  id: string;
  before: ScheduleValue;
  after: ScheduleValue;
  label: string;
}

/** One change to save: the item, the version it was based on, its dates before and after. */
export interface ScheduleEdit {
  kind: ItemKind;
  id: string;
  version: number;
  before: ScheduleValue;
  after: ScheduleValue;
  /** The item's name, for the failure message. */
  name: string;
  /** The item's full label with the new dates, for the announcement and the undo button. */
  label: string;
}

const UNDO_DEPTH = 50;

export function useRescheduling(options: {
  data: TimelineData;
  t: TimelineT;
  onReschedule?: (change: RescheduleChange) => void | Promise<void>;
}) {
  const { data, t, onReschedule } = options;
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(() => new Map());
  const [dragPreview, setDragPreview] = useState<{ id: string; override: Override } | null>(null);
  const [undoStack, setUndoStack] = useState<readonly UndoEntry[]>([]);
  const [announcement, setAnnouncement] = useState('');

  const effectiveData = useMemo(() => {
    if (!dragPreview) return applyOverrides(data, overrides);
    const merged = new Map(overrides);
    merged.set(dragPreview.id, dragPreview.override);
    return applyOverrides(data, merged);
  }, [data, overrides, dragPreview]);

  const emit = useCallback(
    (change: RescheduleChange, onFail: () => void) => {
      if (!onReschedule) return;
      try {
        const result = onReschedule(change);
        if (result && typeof result.then === 'function') result.then(undefined, onFail);
      } catch {
        onFail();
      }
    },
    [onReschedule],
  );

  /** Shows `override` for item `id` until it is saved over, dropped or outdated. */
  const setOverride = useCallback((id: string, override: Override) => {
    setOverrides((current) => new Map(current).set(id, override));
  }, []);

  const dropOverride = useCallback((id: string) => {
    setOverrides((current) => {
      if (!current.has(id)) return current;
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  }, []);

  /** Saves an edit (nothing if the dates did not change), undoably. */
  const commit = useCallback(
    (edit: ScheduleEdit) => {
      const { kind, id, version, before, after, name, label } = edit;
      if (sameSchedule(before, after)) {
        dropOverride(id);
        return;
      }
      setOverrides((current) =>
        new Map(current).set(id, { kind, value: after, baseVersion: version }),
      );
      const entry: UndoEntry = { kind, id, before, after, label };
      setUndoStack((stack) => [...stack.slice(-(UNDO_DEPTH - 1)), entry]);
      setAnnouncement(t('rescheduled', { label }));
      emit(toChange(kind, id, version, after), () => {
        dropOverride(id);
        setUndoStack((stack) => stack.filter((e) => e !== entry));
        setAnnouncement(t('rescheduleFailed', { name }));
      });
    },
    [dropOverride, emit, t],
  );

  /** Puts the last saved change back, against the item's current version. */
  const undo = useCallback(() => {
    const entry = undoStack[undoStack.length - 1];
    if (!entry) return;
    setUndoStack((stack) => stack.slice(0, -1));
    const version = currentVersion(data, entry.kind, entry.id);
    if (version === null) return;
    setOverrides((current) =>
      new Map(current).set(entry.id, {
        kind: entry.kind,
        value: entry.before,
        baseVersion: version,
      }),
    );
    setAnnouncement(t('undone', { label: entry.label }));
    emit(toChange(entry.kind, entry.id, version, entry.before), () => {
      dropOverride(entry.id);
      setAnnouncement(t('rescheduleFailed', { name: entry.label }));
    });
  }, [undoStack, data, t, emit, dropOverride]);

  /** Shows a drag in progress (no re-render while the dates under the pointer stay the same). */
  const previewDrag = useCallback((id: string, override: Override) => {
    setDragPreview((p) =>
      p && p.id === id && sameSchedule(p.override.value, override.value) ? p : { id, override },
    );
  }, []);

  const endDragPreview = useCallback(() => setDragPreview(null), []);

  return {
    effectiveData,
    undoStack,
    announcement,
    commit,
    undo,
    setOverride,
    previewDrag,
    endDragPreview,
  };
}
