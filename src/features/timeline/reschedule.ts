/**
 * Rescheduling arithmetic shared by pointer drags and the keyboard: whole days only, a bar
 * never ends before it starts, and every change carries the version it was based on so the
 * wiring layer can make a version-checked write.
 */
import { dayToIso } from './days';
import type { TimelineRow } from './rows';
import type { RescheduleChange, TimelineData } from './model';

export type DragMode = 'move' | 'start' | 'end';

/** New dates for a row, in days. Tasks use `start` only (start === end). */
export interface ScheduleValue {
  start: number;
  end: number;
}

export function shiftSchedule(value: ScheduleValue, mode: DragMode, days: number): ScheduleValue {
  switch (mode) {
    case 'move':
      return { start: value.start + days, end: value.end + days };
    case 'start':
      return { start: Math.min(value.start + days, value.end), end: value.end };
    case 'end':
      return { start: value.start, end: Math.max(value.end + days, value.start) };
  }
}

/** The current schedule of a project or task row, or null if it has no dates to move. */
export function scheduleOf(row: TimelineRow): ScheduleValue | null {
  if (row.kind === 'project' && row.startDay !== null && row.endDay !== null) {
    return { start: row.startDay, end: row.endDay };
  }
  if (row.kind === 'task' && row.startDay !== null) {
    return { start: row.startDay, end: row.startDay };
  }
  return null;
}

export function toChange(
  kind: 'project' | 'task',
  id: string,
  version: number,
  value: ScheduleValue,
): RescheduleChange {
  return kind === 'project'
    ? { kind, id, version, starts_on: dayToIso(value.start), ends_on: dayToIso(value.end) }
    : { kind, id, version, due_on: dayToIso(value.start) };
}

export interface Override {
  kind: 'project' | 'task';
  value: ScheduleValue;
  /** The row's version when the change was made; a newer version from the server wins. */
  baseVersion: number;
}

/** The data with local (optimistic or in-drag) schedule changes applied. */
export function applyOverrides(
  data: TimelineData,
  overrides: ReadonlyMap<string, Override>,
): TimelineData {
  if (overrides.size === 0) return data;
  let projects = data.projects;
  let tasks = data.tasks;
  const hasProjects = [...overrides.values()].some((o) => o.kind === 'project');
  const hasTasks = [...overrides.values()].some((o) => o.kind === 'task');
  if (hasProjects) {
    projects = data.projects.map((p) => {
      const o = overrides.get(p.id);
      if (!o || o.kind !== 'project' || o.baseVersion !== p.version) return p;
      return { ...p, starts_on: dayToIso(o.value.start), ends_on: dayToIso(o.value.end) };
    });
  }
  if (hasTasks) {
    tasks = data.tasks.map((task) => {
      const o = overrides.get(task.id);
      if (!o || o.kind !== 'task' || o.baseVersion !== task.version) return task;
      return { ...task, due_on: dayToIso(o.value.start) };
    });
  }
  return { ...data, projects, tasks };
}

/** Current version of a project or task in the data (for undo after a save bumped it). */
export function currentVersion(
  data: TimelineData,
  kind: 'project' | 'task',
  id: string,
): number | null {
  const list = kind === 'project' ? data.projects : data.tasks;
  const found = (list as readonly { id: string; version: number }[]).find((x) => x.id === id);
  return found ? found.version : null;
}

export function sameSchedule(a: ScheduleValue, b: ScheduleValue): boolean {
  return a.start === b.start && a.end === b.end;
}
