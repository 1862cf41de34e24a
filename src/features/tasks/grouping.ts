import { daysUntil } from '@/lib/dates';
import type { TaskState } from '@/lib/domain';

export interface TaskLike {
  id: string;
  title: string;
  due_on: string | null;
  state: TaskState;
  completed_on: string | null;
  sort_order: number;
}

export interface TaskGroups<T extends TaskLike> {
  /** "Mitä on tehtävä?": not started, soonest deadline first, no deadline last. */
  todo: T[];
  /** "Mitä nyt tehdään?": in progress, soonest deadline first. */
  inProgress: T[];
  /** "Mitä on tehty?": done, newest completion first. */
  done: T[];
  cancelled: T[];
}

const byDeadline = (a: TaskLike, b: TaskLike) => {
  if (a.due_on !== b.due_on) {
    if (a.due_on === null) return 1;
    if (b.due_on === null) return -1;
    return a.due_on < b.due_on ? -1 : 1;
  }
  return a.sort_order - b.sort_order || a.title.localeCompare(b.title, 'fi');
};

const byCompletionNewestFirst = (a: TaskLike, b: TaskLike) => {
  const x = a.completed_on ?? '';
  const y = b.completed_on ?? '';
  return x === y ? a.sort_order - b.sort_order : x < y ? 1 : -1;
};

export function groupTasks<T extends TaskLike>(tasks: readonly T[]): TaskGroups<T> {
  return {
    todo: tasks.filter((t) => t.state === 'not_started').sort(byDeadline),
    inProgress: tasks.filter((t) => t.state === 'in_progress').sort(byDeadline),
    done: tasks.filter((t) => t.state === 'done').sort(byCompletionNewestFirst),
    cancelled: tasks.filter((t) => t.state === 'cancelled').sort(byDeadline),
  };
}

export function isOpen(task: Pick<TaskLike, 'state'>): boolean {
  return task.state === 'not_started' || task.state === 'in_progress';
}

/** Days past the deadline for an open task (0 when not overdue). */
export function daysOverdue(task: Pick<TaskLike, 'state' | 'due_on'>, today: string): number {
  if (!isOpen(task) || !task.due_on) return 0;
  return Math.max(0, -daysUntil(task.due_on, today));
}

/** My tasks: overdue first (oldest first), then by deadline, then those without one. */
export function sortForMyTasks<T extends TaskLike>(tasks: readonly T[], today: string): T[] {
  return [...tasks].sort((a, b) => {
    const lateA = daysOverdue(a, today) > 0;
    const lateB = daysOverdue(b, today) > 0;
    if (lateA !== lateB) return lateA ? -1 : 1;
    return byDeadline(a, b);
  });
}

/**
 * The group's order after moving one task up (-1) or down (+1), as task ids, or null when the
 * deadline decides the place (the neighbour is due on another day) or there is no neighbour.
 * Lists are sorted by deadline first, so a lead's order only matters among ties.
 */
export function moveWithinTies<T extends Pick<TaskLike, 'id' | 'due_on'>>(
  group: readonly T[],
  taskId: string,
  direction: -1 | 1,
): string[] | null {
  const index = group.findIndex((t) => t.id === taskId);
  const neighbour = group[index + direction];
  const task = group[index];
  if (index < 0 || !task || !neighbour || neighbour.due_on !== task.due_on) return null;
  const ids = group.map((t) => t.id);
  ids[index] = neighbour.id;
  ids[index + direction] = task.id;
  return ids;
}
