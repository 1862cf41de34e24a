/**
 * The in-page half of the timeline benchmark, shared by every subject: loads the generated
 * portfolio, times one render until the first painted frame that shows bars, and scrolls the
 * chart from top to bottom recording frame times.
 */
import type { TimelineData } from '../../../src/features/timeline/model';

export interface BenchApi {
  /** Renders once; resolves with milliseconds from the call to the first painted frame with bars. */
  render(): Promise<number>;
  /**
   * Scrolls the chart's vertical scroller through every row, `step` pixels per frame (a fast
   * fling), at most `maxFrames` frames; resolves with the frame times (ms).
   */
  scroll(
    step: number,
    maxFrames: number,
  ): Promise<{ frames: number[]; scrolled: number; scrollHeight: number }>;
}

declare global {
  interface Window {
    __bench?: BenchApi;
    __benchError?: string;
  }
}

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Resolves after the frame following the current one has been painted. */
async function afterPaint(): Promise<void> {
  await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** The descendant with the most vertical overflow that can scroll. */
function findScroller(root: HTMLElement): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestOverflow = 0;
  for (const el of [root, ...Array.from(root.querySelectorAll<HTMLElement>('*'))]) {
    const overflow = el.scrollHeight - el.clientHeight;
    if (overflow <= bestOverflow) continue;
    const style = getComputedStyle(el);
    if (style.overflowY === 'auto' || style.overflowY === 'scroll') {
      best = el;
      bestOverflow = overflow;
    }
  }
  return best;
}

export function setUpBench(
  mount: (container: HTMLElement, data: TimelineData) => void,
  barSelector: string,
  /** Runs once on the loaded data, before and outside the timed render. */
  prepare?: (data: TimelineData) => void,
): void {
  const params = new URLSearchParams(location.search);
  const size = params.get('tasks') ?? '10000';
  const container = document.getElementById('app');
  if (!container) throw new Error('#app missing');
  fetch(`/data-${size}.json`)
    .then((response) => response.json() as Promise<TimelineData>)
    .then((data) => {
      prepare?.(data);
      window.__bench = {
        async render() {
          const t0 = performance.now();
          mount(container, data);
          // Some charts render asynchronously: wait frame by frame until bars are on screen.
          for (;;) {
            await afterPaint();
            if (container.querySelector(barSelector)) break;
          }
          return performance.now() - t0;
        },
        async scroll(step: number, maxFrames: number) {
          const scroller = findScroller(container);
          if (!scroller) return { frames: [], scrolled: 0, scrollHeight: 0 };
          const total = scroller.scrollHeight - scroller.clientHeight;
          const frames: number[] = [];
          let last = await nextFrame();
          while (scroller.scrollTop < total - 1) {
            scroller.scrollTop = Math.min(total, scroller.scrollTop + step);
            const now = await nextFrame();
            frames.push(now - last);
            last = now;
            if (frames.length >= maxFrames) break;
          }
          // One more frame so the last scroll position is rendered and measured too.
          frames.push((await nextFrame()) - last);
          return { frames, scrolled: scroller.scrollTop, scrollHeight: scroller.scrollHeight };
        },
      };
    })
    .catch((error: unknown) => {
      window.__benchError = String(error);
    });
}
