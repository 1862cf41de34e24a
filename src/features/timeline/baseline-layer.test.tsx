import { render } from '@testing-library/react';
import { applyBaseline, BaselineBars, slipDays, type BaselinePlan } from './baseline-layer';
import type { TimelineData } from './model';
import type { TimelineRow } from './rows';
import type { TimelineWindow, VisibleRow } from './window';

const data: TimelineData = {
  growthAreas: [{ id: 'a', name: 'Ruoka' }],
  projects: [
    {
      id: 'p1',
      slug: 'p1',
      name: 'Moved project',
      growth_area_id: 'a',
      starts_on: '2025-01-01',
      ends_on: '2026-01-31',
      stage: 'planning',
      schedule_status: 'on_schedule',
      schedule_reason: 'All deadlines ahead',
      version: 1,
    },
    {
      id: 'p2',
      slug: 'p2',
      name: 'New project',
      growth_area_id: 'a',
      starts_on: null,
      ends_on: null,
      stage: 'not_started',
      schedule_status: 'on_schedule',
      version: 1,
    },
  ],
  tasks: [
    {
      id: 't1',
      project_id: 'p1',
      title: 'Moved task',
      due_on: '2025-06-21',
      state: 'not_started',
      completed_on: null,
      is_milestone: false,
      version: 1,
    },
    {
      id: 't2',
      project_id: 'p1',
      title: 'Same task',
      due_on: '2025-03-01',
      state: 'done',
      completed_on: '2025-03-01',
      is_milestone: true,
      version: 1,
    },
    {
      id: 't3',
      project_id: 'p1',
      title: 'New task',
      due_on: '2025-09-01',
      state: 'not_started',
      completed_on: null,
      is_milestone: false,
      version: 1,
    },
  ],
};

const plan: BaselinePlan = {
  projects: new Map([['p1', { startsOn: '2025-01-01', endsOn: '2025-12-31' }]]),
  tasks: new Map([
    ['t1', { dueOn: '2025-06-01' }],
    ['t2', { dueOn: '2025-03-01' }],
  ]),
};

const words = {
  note: (from: string | null, to: string | null, slip: number | null) =>
    `Q1: ${from ?? ''}–${to ?? ''}, ${slip ?? '?'} days`,
  added: 'not in Q1',
};

describe('slipDays', () => {
  it('counts calendar days, later positive, across a leap day too', () => {
    expect(slipDays('2025-06-01', '2025-06-21')).toBe(20);
    expect(slipDays('2028-03-01', '2028-02-28')).toBe(-2);
    expect(slipDays(null, '2025-01-01')).toBeNull();
  });
});

describe('applyBaseline', () => {
  const shown = applyBaseline(data, plan, words);

  it('names a moved project with its baseline dates and slip, and keeps its reason', () => {
    const p1 = shown.projects.find((p) => p.id === 'p1');
    expect(p1?.name).toBe('Moved project (Q1: 2025-01-01–2025-12-31, 31 days)');
    expect(p1?.schedule_reason).toBe('All deadlines ahead — Q1: 2025-01-01–2025-12-31, 31 days');
  });

  it('marks a project and a task the baseline did not have', () => {
    expect(shown.projects.find((p) => p.id === 'p2')?.name).toBe('New project (not in Q1)');
    expect(shown.tasks.find((t) => t.id === 't3')?.title).toBe('New task (not in Q1)');
  });

  it('words a moved deadline into the task and leaves an unmoved one alone', () => {
    expect(shown.tasks.find((t) => t.id === 't1')?.title).toBe(
      'Moved task (Q1: –2025-06-01, 20 days)',
    );
    expect(shown.tasks.find((t) => t.id === 't2')).toBe(data.tasks[1]);
  });
});

describe('BaselineBars', () => {
  const row = (over: Partial<TimelineRow>): TimelineRow =>
    ({ key: 'k', kind: 'project', project: null, task: null, ...over }) as TimelineRow;
  const vr = (r: TimelineRow, y: number): VisibleRow =>
    ({
      index: 0,
      y,
      row: r,
      bar: null,
      milestone: null,
      itemInView: true,
      label: '',
    }) as VisibleRow;
  const win = {
    rows: [
      vr(row({ key: 'p:p1', kind: 'project', project: data.projects[0] ?? null }), 32),
      vr(row({ key: 't:t1', kind: 'task', task: data.tasks[0] ?? null }), 64),
      vr(row({ key: 't:t2', kind: 'task', task: data.tasks[1] ?? null }), 96),
    ],
  } as unknown as TimelineWindow;
  // One pixel per day from 1.1.2025.
  const x = (iso: string) => (Date.parse(iso) - Date.parse('2025-01-01')) / 86_400_000;

  it('draws the baseline span of a project and the old deadline of a moved task only', () => {
    const { container } = render(<BaselineBars win={win} x={x} plan={plan} />);
    const bar = container.querySelector<HTMLElement>('.tl-baseline-bar');
    expect(bar?.style.left).toBe('0px');
    expect(bar?.style.width).toBe('365px');
    expect(bar?.style.top).toBe('32px');
    const marks = container.querySelectorAll<HTMLElement>('.tl-baseline-mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.style.left).toBe('151px');
    expect(container.firstElementChild).toHaveAttribute('aria-hidden', 'true');
  });
});
