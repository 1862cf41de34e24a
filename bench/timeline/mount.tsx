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
import { TimelineChart } from '@/features/timeline/timeline-chart';

function BenchTimeline({ data }: { data: TimelineData }) {
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
    />
  );
}

export function mountTimeline(container: HTMLElement, data: TimelineData): void {
  const root = createRoot(container);
  flushSync(() => root.render(<BenchTimeline data={data} />));
}
