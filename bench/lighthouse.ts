// npm run bench:lighthouse — Lighthouse 12 (mobile, default simulated throttling) on the
// production build of the three public pages a resident opens first, served the way the
// README tells a city to serve dist/ (scripts/serve-dist.ts: brotli/gzip, hashed assets cached
// for a year, index.html revalidated, SPA fallback) with the local stack's API on the same
// origin, fresh from the seed. Debian's Chromium through chrome-launcher; each page
// LIGHTHOUSE_RUNS times (default 3), medians reported. Lighthouse's performance score moves
// with the machine's load: the load average is printed and written with the results.
//
//   npm run bench:lighthouse                   builds, then measures
//   npm run bench:lighthouse -- --dist <dir>   measures an existing build
// Writes bench/results/lighthouse.json and each page's last full report beside it
// (lighthouse.<page>.lhr.json, for the details behind a score).
import { launch } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { serveDist } from '../scripts/serve-dist.ts';
import { chromiumPath, launchChromium, root } from './lib/chromium.ts';
import { median } from './lib/load.ts';
import { resultsDir, round, writeResults, type BenchResult } from './lib/results.ts';

const PAGES = [
  { route: '/', url: '/' },
  { route: '/projects/:slug', url: '/projects/kiertotalot' },
  { route: '/timeline', url: '/timeline' },
];
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TIMINGS = {
  fcp_ms: 'first-contentful-paint',
  lcp_ms: 'largest-contentful-paint',
  tbt_ms: 'total-blocking-time',
  si_ms: 'speed-index',
  cls: 'cumulative-layout-shift',
} as const;

const { values: args } = parseArgs({ options: { dist: { type: 'string' } } });

async function build(): Promise<string> {
  const { build: viteBuild } = await import('vite');
  const dir = mkdtempSync(path.join(tmpdir(), 'salkku-lighthouse-'));
  await viteBuild({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
    build: { outDir: dir, emptyOutDir: true, reportCompressedSize: false },
  });
  return dir;
}

interface Run {
  scores: Record<(typeof CATEGORIES)[number], number>;
  timings: Record<keyof typeof TIMINGS, number>;
  jsTransferKb: number;
  failing: string[];
}

function summarise(lhr: Result): Run {
  const scores = Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]),
  ) as Run['scores'];
  const timings = Object.fromEntries(
    Object.entries(TIMINGS).map(([k, id]) => [k, lhr.audits[id]?.numericValue ?? NaN]),
  ) as Run['timings'];
  const requests = (
    lhr.audits['network-requests']?.details as
      { items?: { resourceType?: string; transferSize?: number }[] } | undefined
  )?.items;
  const jsTransferKb =
    (requests ?? [])
      .filter((r) => r.resourceType === 'Script')
      .reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1000;
  // Audits that cost points in accessibility, SEO and best practices, and the performance
  // audits Lighthouse scores below 0.9, so the table says what to fix.
  const failing = Object.entries(lhr.categories).flatMap(([id, category]) =>
    category.auditRefs
      .filter((ref) => {
        const audit = lhr.audits[ref.id];
        if (!audit || audit.score === null) return false;
        if (id === 'performance') return ref.weight > 0 && audit.score < 0.9;
        return ref.weight > 0 && audit.score < 1;
      })
      .map((ref) => `${id}:${ref.id}`),
  );
  return { scores, timings, jsTransferKb, failing };
}

const dir = args.dist ? path.resolve(args.dist) : await build();
// A database of its own, made from the seed, so the pages show the demo portfolio.
const dataDir = mkdtempSync(path.join(tmpdir(), 'salkku-lighthouse-db-'));
const served = await serveDist({ dir, port: 0, dataDir });
console.log(`Serving ${dir} on ${served.origin}`);

// Warm the server (the database's first queries), not the browser: every Lighthouse run starts
// with an empty cache.
const warm = await launchChromium();
try {
  const page = await warm.newPage();
  for (const { url } of PAGES) {
    await page.goto(served.origin + url, { waitUntil: 'networkidle' });
  }
} finally {
  await warm.close();
}

const chrome = await launch({
  chromePath: chromiumPath(),
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const loadBefore = loadavg().map((l) => round(l));
const results: BenchResult[] = [];
const rows: string[] = [];
try {
  for (const { route, url } of PAGES) {
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const flags: Flags = {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      };
      const result = await lighthouse(served.origin + url, flags);
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      if (result.lhr.runtimeError) {
        throw new Error(
          `${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
        );
      }
      runs.push(summarise(result.lhr));
      if (i === RUNS - 1) {
        // The whole report of the last run, for the details behind a score.
        mkdirSync(resultsDir, { recursive: true });
        const name = route.replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '') || 'front';
        writeFileSync(
          path.join(resultsDir, `lighthouse.${name}.lhr.json`),
          JSON.stringify(result.lhr),
        );
      }
    }
    const med = (pick: (r: Run) => number) => median(runs.map(pick));
    for (const c of CATEGORIES) {
      results.push({
        subject: 'salkku',
        case: route,
        metric: `${c.replace('-', '_')}_score`,
        value: med((r) => r.scores[c]),
        runs: RUNS,
      });
    }
    for (const key of Object.keys(TIMINGS) as (keyof typeof TIMINGS)[]) {
      const value = med((r) => r.timings[key]);
      results.push({
        subject: 'salkku',
        case: route,
        metric: key,
        value: key === 'cls' ? Math.round(value * 1000) / 1000 : Math.round(value),
        runs: RUNS,
      });
    }
    results.push({
      subject: 'salkku',
      case: route,
      metric: 'js_transfer_kb',
      value: round(med((r) => r.jsTransferKb)),
      runs: RUNS,
      note: 'JavaScript bytes on the wire (brotli) in the cold load Lighthouse recorded',
    });
    const failing = [...new Set(runs.flatMap((r) => r.failing))];
    if (failing.length > 0) {
      results.push({
        subject: 'salkku',
        case: route,
        metric: 'failing_audits',
        value: failing.length,
        runs: RUNS,
        note: failing.join(' '),
      });
    }
    const perfRuns = runs.map((r) => r.scores.performance).join('/');
    rows.push(
      [
        route.padEnd(17),
        String(med((r) => r.scores.performance)).padStart(5) + ` (${perfRuns})`.padEnd(11),
        String(med((r) => r.scores.accessibility)).padStart(5),
        String(med((r) => r.scores['best-practices'])).padStart(5),
        String(med((r) => r.scores.seo)).padStart(5),
        (med((r) => r.timings.fcp_ms) / 1000).toFixed(2).padStart(7),
        (med((r) => r.timings.lcp_ms) / 1000).toFixed(2).padStart(7),
        String(Math.round(med((r) => r.timings.tbt_ms))).padStart(6),
        med((r) => r.timings.cls)
          .toFixed(3)
          .padStart(7),
        med((r) => r.jsTransferKb)
          .toFixed(1)
          .padStart(8),
      ].join(' ') + (failing.length ? `\n    ${failing.join(' ')}` : ''),
    );
  }
} finally {
  chrome.kill();
  await served.close();
  rmSync(dataDir, { recursive: true, force: true });
  if (!args.dist) rmSync(dir, { recursive: true, force: true });
}

console.log(
  `\nLighthouse 12, mobile, simulated throttling; median of ${RUNS} runs per page ` +
    `(load average before ${loadBefore.join(', ')}, after ${loadavg()
      .map((l) => round(l))
      .join(', ')})\n`,
);
console.log(
  `${'route'.padEnd(17)}  perf (runs)      a11y    bp   seo  FCP s   LCP s TBT ms     CLS   JS kB`,
);
for (const row of rows) console.log(row);
const file = writeResults({
  benchmark: 'lighthouse',
  workload: { pages: PAGES.length, runs_per_page: RUNS },
  results,
  browser: execFileSync(chromiumPath(), ['--version'], { encoding: 'utf8' }).trim(),
});
console.log(`\n${path.relative(root, file)}`);
