import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { parseDay } from './days';
import type { RescheduleChange, TimelineData } from './model';
import { createTimelineT } from './strings';
import { useRescheduling, type ScheduleEdit } from './use-rescheduling';
import { smallPortfolio } from '@/test/timeline-data';

const t = createTimelineT('fi');
const before = { start: parseDay('2025-01-01'), end: parseDay('2027-12-31') };
const after = { start: parseDay('2025-01-08'), end: parseDay('2028-01-07') };
const edit: ScheduleEdit = {
  kind: 'project',
  id: 'p-kiertotalot',
  version: 1,
  before,
  after,
  name: 'Kiertotalot',
  label: 'Kiertotalot, 8.1.2025–7.1.2028',
};

function kiertotalot(data: TimelineData) {
  return data.projects.find((p) => p.id === 'p-kiertotalot');
}

function setUp(onReschedule?: (change: RescheduleChange) => void | Promise<void>) {
  const data = smallPortfolio();
  return renderHook(() => useRescheduling({ data, t, onReschedule }));
}

describe('useRescheduling', () => {
  it('shows a change at once, announces it, saves it version-checked and can undo it', () => {
    const onReschedule = vi.fn();
    const { result } = setUp(onReschedule);
    act(() => result.current.commit(edit));
    expect(kiertotalot(result.current.effectiveData)).toMatchObject({
      starts_on: '2025-01-08',
      ends_on: '2028-01-07',
    });
    expect(result.current.announcement).toBe(t('rescheduled', { label: edit.label }));
    expect(result.current.undoStack.map((e) => e.label)).toEqual([edit.label]);
    expect(onReschedule).toHaveBeenLastCalledWith({
      kind: 'project',
      id: 'p-kiertotalot',
      version: 1,
      starts_on: '2025-01-08',
      ends_on: '2028-01-07',
    });

    act(() => result.current.undo());
    expect(kiertotalot(result.current.effectiveData)).toMatchObject({
      starts_on: '2025-01-01',
      ends_on: '2027-12-31',
    });
    expect(result.current.undoStack).toEqual([]);
    expect(result.current.announcement).toBe(t('undone', { label: edit.label }));
    expect(onReschedule).toHaveBeenLastCalledWith(
      expect.objectContaining({ starts_on: '2025-01-01', ends_on: '2027-12-31' }),
    );
  });

  it('rolls back and says so when the save is rejected', async () => {
    const { result } = setUp(() => Promise.reject(new Error('conflict')));
    await act(async () => result.current.commit(edit));
    expect(kiertotalot(result.current.effectiveData)?.starts_on).toBe('2025-01-01');
    expect(result.current.undoStack).toEqual([]);
    expect(result.current.announcement).toBe(t('rescheduleFailed', { name: 'Kiertotalot' }));
  });

  it('saves nothing when the dates did not change', () => {
    const onReschedule = vi.fn();
    const { result } = setUp(onReschedule);
    act(() => result.current.commit({ ...edit, after: before }));
    expect(onReschedule).not.toHaveBeenCalled();
    expect(result.current.undoStack).toEqual([]);
  });

  it('previews a drag on top of the data until it ends', () => {
    const { result } = setUp(vi.fn());
    act(() =>
      result.current.previewDrag('p-kiertotalot', {
        kind: 'project',
        value: after,
        baseVersion: 1,
      }),
    );
    const previewed = result.current.effectiveData;
    expect(kiertotalot(previewed)?.starts_on).toBe('2025-01-08');
    // The same dates again: no new state, so the chart does not re-render.
    act(() =>
      result.current.previewDrag('p-kiertotalot', {
        kind: 'project',
        value: { ...after },
        baseVersion: 1,
      }),
    );
    expect(result.current.effectiveData).toBe(previewed);
    act(() => result.current.endDragPreview());
    expect(kiertotalot(result.current.effectiveData)?.starts_on).toBe('2025-01-01');
  });

  it('keeps the last 50 changes for undo', () => {
    const { result } = setUp(vi.fn());
    act(() => {
      for (let i = 1; i <= 55; i++) {
        result.current.commit({
          ...edit,
          after: { start: before.start + i, end: before.end + i },
          label: `#${i}`,
        });
      }
    });
    expect(result.current.undoStack).toHaveLength(50);
    expect(result.current.undoStack[0]?.label).toBe('#6');
  });
});
