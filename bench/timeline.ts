/**
 * Timeline benchmark: Salkku's timeline against frappe-gantt and @svar-ui/react-gantt on the
 * same generated portfolio (5 growth areas, 1,000 projects, 10,000 tasks over 2025–2029), in
 * Debian's headless Chromium. Measures first render, DOM size, JS heap after render and the
 * p95 frame time while scrolling through every row; prints a table with ratios and writes
 * bench/results/timeline.json (format in BENCH.md).
 *
 *   npx tsx bench/timeline.ts            (BENCH_RUNS=7 for more runs, CHROMIUM_PATH to override)
 *   BENCH_PROFILE=1 BENCH_ONLY=salkku …  (also traces one Salkku scroll and prints where the
 *                                         main thread's time per frame went; =calls: by function)
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { generatePortfolio } from '../src/test/timeline-data';
import { launchChromium, root, serveSpa } from './lib/chromium';
import { median, percentile } from './lib/load';
import { bundlePages, type Subject } from './timeline/build';

const RUNS = Math.max(5, Number(process.env.BENCH_RUNS ?? 5));
const RENDER_CAP_MS = 60_000;
/** A fast fling: 400 px (12½ Salkku rows) per frame, through every row. */
const SCROLL_STEP_PX = 400;
const SCROLL_MAX_FRAMES = 2_000;
const SIZES = [10_000, 5_000, 2_000, 1_000];
const FULL = SIZES[0] ?? 10_000;

const ALL_SUBJECTS: Subject[] = [
  { name: 'salkku', page: 'salkku' },
  // The same chart with a baseline shown (issue #15 §4: same budgets, 300 ms and 1,500 nodes).
  { name: 'salkku + baseline', page: 'salkku-baseline' },
  { name: 'frappe-gantt', page: 'frappe-gantt' },
  { name: '@svar-ui/react-gantt', page: 'svar-react-gantt' },
];
/** BENCH_ONLY=salkku,frappe-gantt limits the run (while tuning); the default runs all. */
const SUBJECTS = process.env.BENCH_ONLY
  ? ALL_SUBJECTS.filter((s) => process.env.BENCH_ONLY?.split(',').includes(s.page))
  : ALL_SUBJECTS;

interface Sample {
  firstRenderMs: number;
  domNodes: number;
  heapMb: number;
  scrollP95Ms: number | null;
  /** Share of scroll frames that missed a 60 Hz frame (> 17 ms): finer than the p95, which
   *  frame pacing rounds to whole frames (16.7, 33.3, 50 …). */
  scrollSlowShare: number | null;
}

interface SubjectResult {
  subject: string;
  /** Tasks in the largest workload the subject rendered within the cap. */
  size: number | null;
  samples: Sample[];
  note?: string;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function runOnce(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.log(`    page error: ${error.message}`));
    await page.goto(url);
    await page.waitForFunction(() => window.__bench !== undefined || window.__benchError, null, {
      timeout: 30_000,
    });
    const error = await page.evaluate(() => window.__benchError);
    if (error) throw new Error(error);
    const firstRenderMs = await withTimeout(
      page.evaluate(() => {
        if (!window.__bench) throw new Error('bench not ready');
        return window.__bench.render();
      }),
      RENDER_CAP_MS,
      'first render',
    );
    // Let charts that finish drawing after their first frame settle before counting.
    await page.waitForTimeout(500);
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    // Detach before scrolling: an attached, enabled Performance domain costs frame time.
    await cdp.send('Performance.disable');
    await cdp.detach();
    const scroll = await withTimeout(
      page.evaluate(
        ([step, frames]) => {
          if (!window.__bench) throw new Error('bench not ready');
          return window.__bench.scroll(step, frames);
        },
        [SCROLL_STEP_PX, SCROLL_MAX_FRAMES] as const,
      ),
      2 * RENDER_CAP_MS,
      'scroll',
    );
    return {
      firstRenderMs,
      domNodes,
      heapMb: heap / 1024 / 1024,
      scrollP95Ms: scroll.frames.length ? percentile(scroll.frames, 95) : null,
      scrollSlowShare: scroll.frames.length
        ? scroll.frames.filter((f) => f > 17).length / scroll.frames.length
        : null,
    };
  } finally {
    await context.close();
  }
}

/**
 * BENCH_PROFILE=1: one extra scroll of Salkku's chart under a Chrome trace, and where the
 * renderer's main thread spent that time (top-level trace events, summed by name). Tracing
 * slows the page; read the split, not the absolute numbers.
 */
async function profileScroll(browser: Browser, url: string): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__bench !== undefined, null, { timeout: 30_000 });
    await page.evaluate(() => window.__bench?.render());
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    const events: {
      name: string;
      ph: string;
      dur?: number;
      tid: number;
      pid: number;
      args?: { name?: string; data?: { functionName?: string; url?: string; lineNumber?: number } };
    }[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as typeof events)));
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,blink',
      transferMode: 'ReportEvents',
    });
    const scroll = await page.evaluate(([step, frames]) => window.__bench!.scroll(step, frames), [
      SCROLL_STEP_PX,
      SCROLL_MAX_FRAMES,
    ] as const);
    await cdp.send('Tracing.end');
    await done;
    const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
    const onMain = events.filter(
      (e) => main && e.tid === main.tid && e.pid === main.pid && e.ph === 'X' && e.dur,
    );
    const wanted = [
      'EventDispatch',
      'FireAnimationFrame',
      'FunctionCall',
      'UpdateLayoutTree',
      'Layout',
      'PrePaint',
      'Paint',
      'Layerize',
      'Commit',
      'HitTest',
    ];
    const totals = new Map<string, number>();
    for (const e of onMain) {
      if (wanted.includes(e.name)) totals.set(e.name, (totals.get(e.name) ?? 0) + (e.dur ?? 0));
    }
    const frames = scroll.frames.length;
    if (process.env.BENCH_PROFILE === 'calls') {
      const byFn = new Map<string, number>();
      for (const e of onMain) {
        if (e.name !== 'FunctionCall') continue;
        const data = e.args?.data;
        const k = `${data?.functionName ?? '?'} ${data?.url?.split('/').pop() ?? ''}:${data?.lineNumber ?? ''}`;
        byFn.set(k, (byFn.get(k) ?? 0) + (e.dur ?? 0));
      }
      for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
        console.log(`    FunctionCall ${k}: ${(v / 1000 / frames).toFixed(2)}`);
      }
    }
    console.log(`  profile (traced, ${frames} frames; ms per frame on the main thread):`);
    for (const name of wanted) {
      const total = (totals.get(name) ?? 0) / 1000;
      if (total > 0) console.log(`    ${name.padEnd(20)} ${(total / frames).toFixed(2)}`);
    }
    console.log(`    p95 frame under tracing: ${percentile(scroll.frames, 95).toFixed(1)} ms`);
  } finally {
    await context.close();
  }
}

/** Control: the p95 frame time of scrolling an empty page at the same speed. */
async function scrollBaseline(browser: Browser): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.setContent(
      '<div id="s" style="height:700px;overflow:auto"><div style="height:352000px"></div></div>',
    );
    const frames = await page.evaluate(async (step) => {
      const scroller = document.getElementById('s');
      const out: number[] = [];
      if (!scroller) return out;
      let last = await new Promise<number>((r) => requestAnimationFrame(r));
      while (scroller.scrollTop < scroller.scrollHeight - scroller.clientHeight - 1) {
        scroller.scrollTop += step;
        const now = await new Promise<number>((r) => requestAnimationFrame(r));
        out.push(now - last);
        last = now;
      }
      return out;
    }, SCROLL_STEP_PX);
    return percentile(frames, 95);
  } finally {
    await context.close();
  }
}

async function measure(browser: Browser, origin: string, subject: Subject): Promise<SubjectResult> {
  const failures: string[] = [];
  for (const size of SIZES) {
    const url = `${origin}/${subject.page}.html?tasks=${size}`;
    const samples: Sample[] = [];
    try {
      while (samples.length < RUNS) {
        const sample = await runOnce(browser, url);
        samples.push(sample);
        console.log(
          `  ${subject.name} ${size} tasks, run ${samples.length}: first render ${sample.firstRenderMs.toFixed(0)} ms, ` +
            `${sample.domNodes} nodes, ${sample.heapMb.toFixed(1)} MB, scroll p95 ${sample.scrollP95Ms?.toFixed(1) ?? '—'} ms, ` +
            `${sample.scrollSlowShare === null ? '—' : (sample.scrollSlowShare * 100).toFixed(1)} % of frames slow`,
        );
      }
    } catch (error) {
      // A size counts only if every run finishes within the cap.
      failures.push(`${size} tasks: ${error instanceof Error ? error.message : String(error)}`);
      console.log(`  ${subject.name}: ${failures[failures.length - 1]}`);
      continue;
    }
    return {
      subject: subject.name,
      size,
      samples,
      note: failures.length
        ? `could not render the full workload (${failures.join('; ')})`
        : undefined,
    };
  }
  return { subject: subject.name, size: null, samples: [], note: failures.join('; ') };
}

function summarise(r: SubjectResult) {
  const pick = (f: (s: Sample) => number | null) => {
    const values = r.samples.map(f).filter((v): v is number => v !== null && Number.isFinite(v));
    return values.length ? median(values) : null;
  };
  return {
    firstRenderMs: pick((s) => s.firstRenderMs),
    domNodes: pick((s) => s.domNodes),
    heapMb: pick((s) => s.heapMb),
    scrollP95Ms: pick((s) => s.scrollP95Ms),
    scrollSlowPct: pick((s) => (s.scrollSlowShare === null ? null : s.scrollSlowShare * 100)),
  };
}

async function main() {
  const workload = {
    growth_areas: 5,
    projects: FULL / 10,
    tasks: FULL,
    scroll_px_per_frame: SCROLL_STEP_PX,
  };
  const outDir = await mkdtemp(path.join(tmpdir(), 'salkku-bench-timeline-'));
  console.log(`Bundling the pages into ${outDir} …`);
  await bundlePages(outDir, ALL_SUBJECTS);
  for (const size of SIZES) {
    const data = generatePortfolio({ growthAreas: 5, projects: size / 10, tasks: size });
    await writeFile(path.join(outDir, `data-${size}.json`), JSON.stringify(data));
  }
  const { server, origin } = await serveSpa(outDir);
  const browser = await launchChromium();
  const browserVersion = browser.version();
  const loadBefore = loadavg()[0] ?? 0;
  const baselineP95 = await scrollBaseline(browser).catch(() => NaN);
  const results: SubjectResult[] = [];
  try {
    console.log(`Chromium ${browserVersion}, ${RUNS} runs per subject, fresh page each run`);
    console.log(`  control: an empty scroller, same speed, p95 frame ${baselineP95.toFixed(1)} ms`);
    if (process.env.BENCH_PROFILE)
      await profileScroll(browser, `${origin}/salkku.html?tasks=${FULL}`);
    for (const subject of SUBJECTS) results.push(await measure(browser, origin, subject));
  } finally {
    await browser.close();
    server.close();
    if (!process.env.BENCH_KEEP) await rm(outDir, { recursive: true, force: true });
  }

  const salkku = summarise(
    results.find((r) => r.subject === 'salkku') ?? { subject: 'salkku', size: null, samples: [] },
  );
  const rows = results.map((r) => ({ r, s: summarise(r) }));
  const fmt = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
  const ratio = (peer: number | null, ours: number | null) =>
    peer === null || ours === null || ours === 0 ? '—' : `${(peer / ours).toFixed(1)}×`;
  const header = [
    'subject',
    'tasks',
    'first render ms',
    'vs salkku',
    'DOM nodes',
    'vs salkku',
    'heap MB',
    'vs salkku',
    'scroll p95 ms',
    'slow frames %',
  ];
  const table = rows.map(({ r, s }) => [
    r.subject,
    r.size === null ? '—' : String(r.size),
    fmt(s.firstRenderMs),
    ratio(s.firstRenderMs, salkku.firstRenderMs),
    fmt(s.domNodes, 0),
    ratio(s.domNodes, salkku.domNodes),
    fmt(s.heapMb),
    ratio(s.heapMb, salkku.heapMb),
    fmt(s.scrollP95Ms),
    fmt(s.scrollSlowPct),
  ]);
  const widths = header.map((h, i) =>
    Math.max(h.length, ...table.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(
    `\nWorkload: ${workload.growth_areas} growth areas, ${workload.projects} projects, ${workload.tasks} tasks (medians of ${RUNS} runs; "vs salkku" = peer ÷ Salkku; scrolling ${SCROLL_STEP_PX} px per frame)`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of table) console.log(line(row));
  for (const { r } of rows) if (r.note) console.log(`note (${r.subject}): ${r.note}`);

  const metrics: [keyof ReturnType<typeof summarise>, string][] = [
    ['firstRenderMs', 'first_render_ms'],
    ['domNodes', 'dom_nodes'],
    ['heapMb', 'heap_mb'],
    ['scrollP95Ms', 'scroll_p95_ms'],
    ['scrollSlowPct', 'scroll_slow_frames_pct'],
  ];
  const output = {
    benchmark: 'timeline',
    when: new Date().toISOString(),
    environment: {
      cpus: cpus().length,
      node: process.version,
      browser: `Chromium ${browserVersion.split('.')[0]}`,
      // Frame times mean little on a busy machine: the 1-minute load average at the start and
      // the p95 frame time of an empty scroller at the same speed put them in context.
      load_average: Math.round(loadBefore * 100) / 100,
      empty_scroller_p95_ms: Math.round(baselineP95 * 100) / 100,
    },
    workload,
    results: rows.flatMap(({ r, s }) =>
      metrics.map(([key, metric]) => {
        const full = r.size === FULL;
        const value = full ? s[key] : null;
        const entry: Record<string, unknown> = {
          // BENCH.md: ours is subject "salkku"; the baseline overlay is a case of it.
          ...(r.subject === 'salkku + baseline'
            ? { subject: 'salkku', case: 'baseline_shown' }
            : { subject: r.subject }),
          metric,
          value: value === null ? null : Math.round(value * 100) / 100,
          runs: r.samples.length,
        };
        if (!full) {
          entry.note =
            r.size === null
              ? `did not render any size within ${RENDER_CAP_MS / 1000} s: ${r.note ?? ''}`
              : `largest size managed: ${r.size} tasks, where the median was ${fmt(s[key], 2)}; ${r.note ?? ''}`;
        }
        return entry;
      }),
    ),
  };
  await mkdir(path.join(root, 'bench/results'), { recursive: true });
  await writeFile(
    path.join(root, 'bench/results/timeline.json'),
    `${JSON.stringify(output, null, 2)}\n`,
  );
  console.log('\nWrote bench/results/timeline.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
