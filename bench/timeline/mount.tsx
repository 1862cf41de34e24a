/**
 * Mounts the timeline on a bare page for `bench/timeline.ts` (bundled only by the benchmark,
 * never by the app): all rows expanded, month zoom, synchronous first render.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import {
  EMPTY_FILTERS,
  type TimelineData,
  type TimelineViewState,
} from '@/features/timeline/model';
import { TimelineChart, type TimelineChartProps } from '@/features/timeline/timeline-chart';
import { applyBaseline, BaselineBars, type BaselinePlan } from '@/features/timeline/baseline-layer';

function BenchTimeline({
  data,
  overlay,
}: {
  data: TimelineData;
  overlay?: TimelineChartProps['overlay'];
}) {
  const [state, setState] = useState<TimelineViewState>({
    filters: EMPTY_FILTERS,
    expand: { all: true, keys: new Set() },
    zoom: 'months',
  });
  return (
    <TimelineChart
      data={data}
      state={state}
      onStateChange={setState}
      lang="fi"
      today="2026-11-22"
      height="700px"
      onOpenProject={() => {}}
      overlay={overlay}
    />
  );
}

export function mountTimeline(container: HTMLElement, data: TimelineData): void {
  const root = createRoot(container);
  flushSync(() => root.render(<BenchTimeline data={data} />));
}

const shift = (iso: string | null, days: number) =>
  iso ? new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10) : null;

/**
 * A baseline of the same plan as it might have been a quarter earlier: every third project's span
 * 30 days earlier, every fourth task's deadline 14 days earlier, every twentieth project new
 * since (not in the baseline), so rows carry slips and "new" in words and bars beside them.
 */
export function benchBaseline(data: TimelineData): BaselinePlan {
  const projects = new Map<string, { startsOn: string | null; endsOn: string | null }>();
  data.projects.forEach((p, i) => {
    if (i % 20 === 19) return;
    const d = i % 3 === 0 ? -30 : 0;
    projects.set(p.id, { startsOn: shift(p.starts_on, d), endsOn: shift(p.ends_on, d) });
  });
  const tasks = new Map<string, { dueOn: string | null }>();
  data.tasks.forEach((t, i) => tasks.set(t.id, { dueOn: shift(t.due_on, i % 4 === 0 ? -14 : 0) }));
  return { projects, tasks };
}

// The baseline as the app holds it once read (a Map per id, built when the snapshot arrives, not
// while rendering): prepared before the timed render.
const plans = new WeakMap<TimelineData, BaselinePlan>();
export function prepareBaseline(data: TimelineData): void {
  plans.set(data, benchBaseline(data));
}

/**
 * As mountTimeline, with a baseline shown: what the timeline route does when one is chosen — its
 * words put into the data (applyBaseline, timed) and its bars drawn over the chart.
 */
export function mountTimelineWithBaseline(container: HTMLElement, data: TimelineData): void {
  const plan = plans.get(data) ?? benchBaseline(data);
  const shown = applyBaseline(data, plan, {
    note: (from, to, days) =>
      `vertailukohta Q1: ${from ? `${from}–` : ''}${to ?? ''}${days ? `, ${days} pv` : ''}`,
    added: 'vertailukohta Q1: uusi',
  });
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <BenchTimeline
        data={shown}
        overlay={(win, x) => <BaselineBars win={win} x={x} plan={plan} />}
      />,
    ),
  );
}
