import { daysOverdue, groupTasks, moveWithinTies, sortForMyTasks, type TaskLike } from './grouping';

const task = (id: string, over: Partial<TaskLike>): TaskLike => ({
  id,
  title: id,
  due_on: null,
  state: 'not_started',
  completed_on: null,
  sort_order: 0,
  ...over,
});

describe('task grouping', () => {
  const tasks = [
    task('later', { due_on: '2025-12-31' }),
    task('undated', {}),
    task('sooner', { due_on: '2024-12-31' }),
    task('doing', { state: 'in_progress', due_on: '2025-06-01' }),
    task('old-done', { state: 'done', completed_on: '2021-11-30' }),
    task('new-done', { state: 'done', completed_on: '2025-01-15' }),
    task('dropped', { state: 'cancelled' }),
  ];

  it('lists what is to do soonest deadline first, undated last', () => {
    expect(groupTasks(tasks).todo.map((t) => t.id)).toEqual(['sooner', 'later', 'undated']);
  });

  it('lists what is done newest first', () => {
    expect(groupTasks(tasks).done.map((t) => t.id)).toEqual(['new-done', 'old-done']);
  });

  it('keeps in-progress and cancelled tasks apart', () => {
    const groups = groupTasks(tasks);
    expect(groups.inProgress.map((t) => t.id)).toEqual(['doing']);
    expect(groups.cancelled.map((t) => t.id)).toEqual(['dropped']);
  });

  it('counts days overdue only for open tasks', () => {
    expect(daysOverdue(task('x', { due_on: '2025-01-01' }), '2025-01-04')).toBe(3);
    expect(daysOverdue(task('x', { due_on: '2025-01-05' }), '2025-01-04')).toBe(0);
    expect(daysOverdue(task('x', { due_on: '2025-01-01', state: 'done' }), '2025-01-04')).toBe(0);
  });

  it('puts overdue tasks first in my tasks', () => {
    const sorted = sortForMyTasks(
      [
        task('upcoming', { due_on: '2025-02-01' }),
        task('none', {}),
        task('late', { due_on: '2024-12-01' }),
      ],
      '2025-01-01',
    );
    expect(sorted.map((t) => t.id)).toEqual(['late', 'upcoming', 'none']);
  });
});

describe('moveWithinTies', () => {
  const group = groupTasks([
    task('a', { due_on: '2026-06-30', sort_order: 1 }),
    task('b', { due_on: '2026-06-30', sort_order: 2 }),
    task('c', { due_on: '2026-09-30', sort_order: 3 }),
    task('x', { sort_order: 4 }),
    task('y', { sort_order: 5 }),
  ]).todo;

  it('swaps a task with its neighbour due the same day, and the list then shows that order', () => {
    const ids = moveWithinTies(group, 'b', -1);
    expect(ids).toEqual(['b', 'a', 'c', 'x', 'y']);
    const renumbered = group.map((t) => ({ ...t, sort_order: (ids ?? []).indexOf(t.id) + 1 }));
    expect(groupTasks(renumbered).todo.map((t) => t.id)).toEqual(ids);
  });

  it('moves tasks without a deadline among themselves', () => {
    expect(moveWithinTies(group, 'x', 1)).toEqual(['a', 'b', 'c', 'y', 'x']);
  });

  it('refuses where the deadline decides the place, or at either end', () => {
    expect(moveWithinTies(group, 'c', -1)).toBeNull();
    expect(moveWithinTies(group, 'b', 1)).toBeNull();
    expect(moveWithinTies(group, 'a', -1)).toBeNull();
    expect(moveWithinTies(group, 'y', 1)).toBeNull();
    expect(moveWithinTies(group, 'missing', 1)).toBeNull();
  });
});
