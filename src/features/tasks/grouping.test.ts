import { daysOverdue, groupTasks, sortForMyTasks, type TaskLike } from './grouping';

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
