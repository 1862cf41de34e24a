/** Types for the modules the benchmark pages import that ship none or are aliased at bundle time. */

declare module 'frappe-gantt' {
  export interface FrappeTask {
    id: string;
    name: string;
    start: string;
    end: string;
    progress?: number;
    custom_class?: string;
  }
  export default class Gantt {
    constructor(
      wrapper: HTMLElement | string,
      tasks: FrappeTask[],
      options?: Record<string, unknown>,
    );
  }
}

/** Aliased to frappe-gantt's stylesheet (its package exports it only under the "style" condition). */
declare module 'frappe-gantt-css';
declare module '@svar-ui/react-gantt/all.css';

/** Aliased to bench/timeline/mount.tsx by the benchmark's bundler config. */
declare module 'salkku-timeline-mount' {
  import type { TimelineData } from '../../src/features/timeline/model';
  export function mountTimeline(container: HTMLElement, data: TimelineData): void;
  export function mountTimelineWithBaseline(container: HTMLElement, data: TimelineData): void;
  export function prepareBaseline(data: TimelineData): void;
}
