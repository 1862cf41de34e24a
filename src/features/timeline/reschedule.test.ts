import { describe, expect, it } from 'vitest';
import { parseDay } from './days';
import {
  applyOverrides,
  currentVersion,
  shiftSchedule,
  toChange,
  type ScheduleValue,
} from './reschedule';
import { smallPortfolio } from '@/test/timeline-data';

const value: ScheduleValue = { start: parseDay('2025-01-01'), end: parseDay('2025-01-31') };

describe('rescheduling', () => {
  it('moves and resizes by whole days without ending before the start', () => {
    expect(shiftSchedule(value, 'move', 7)).toEqual({ start: value.start + 7, end: value.end + 7 });
    expect(shiftSchedule(value, 'end', -3)).toEqual({ start: value.start, end: value.end - 3 });
    expect(shiftSchedule(value, 'end', -100)).toEqual({ start: value.start, end: value.start });
    expect(shiftSchedule(value, 'start', 100)).toEqual({ start: value.end, end: value.end });
  });

  it('crosses the leap day as a calendar day', () => {
    const feb28 = parseDay('2028-02-28');
    const change = toChange(
      'task',
      't-1',
      3,
      shiftSchedule({ start: feb28, end: feb28 }, 'move', 1),
    );
    expect(change).toEqual({ kind: 'task', id: 't-1', version: 3, due_on: '2028-02-29' });
    expect(toChange('project', 'p', 1, { start: feb28, end: feb28 + 2 })).toEqual({
      kind: 'project',
      id: 'p',
      version: 1,
      starts_on: '2028-02-28',
      ends_on: '2028-03-01',
    });
  });

  it('applies local changes until the server version moves on', () => {
    const data = smallPortfolio();
    const moved = applyOverrides(
      data,
      new Map([
        ['p-kiertotalot', { kind: 'project' as const, value, baseVersion: 1 }],
        ['t-3', { kind: 'task' as const, value, baseVersion: 1 }],
      ]),
    );
    expect(moved.projects[0]).toMatchObject({ starts_on: '2025-01-01', ends_on: '2025-01-31' });
    expect(moved.tasks.find((t) => t.id === 't-3')?.due_on).toBe('2025-01-01');
    const newer = { ...data, projects: data.projects.map((p) => ({ ...p, version: 2 })) };
    const ignored = applyOverrides(
      newer,
      new Map([['p-kiertotalot', { kind: 'project' as const, value, baseVersion: 1 }]]),
    );
    expect(ignored.projects[0]?.ends_on).toBe('2027-12-31');
    expect(currentVersion(newer, 'project', 'p-kiertotalot')).toBe(2);
    expect(currentVersion(newer, 'task', 'nope')).toBeNull();
  });
});
