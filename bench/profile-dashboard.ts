// npx tsx bench/profile-dashboard.ts — where the director's wait for the dashboard goes, at
// 1,000 projects / 10,000 tasks: the built app in headless Chromium (as bench:dashboard runs
// it), the navigation link clicked from the front page, and for each load
//   - the waterfall after the click: every script, stylesheet, locale file and API request,
//     when it started and ended (Resource Timing, relative to the click);
//   - when the headline figures (#dashboard-headline) appeared in the document;
//   - a CPU profile of the page (Chrome DevTools Protocol) summed per script and per function.
// Not a benchmark (nothing is written to bench/results): run it before changing the dashboard.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startTestGateway } from '../supabase/local/tests/support/gateway.ts';
import { buildApp, launchChromium, serveSpa } from './lib/chromium.ts';
import { dashboardPortfolio } from './lib/dashboard-data.ts';

const RUNS = Number(process.env.PROFILE_RUNS ?? 3);
const gw = await startTestGateway({ seed: true });
await dashboardPortfolio(gw.db, { projects: 1000, tasks: 10000 });

const outDir = await mkdtemp(path.join(tmpdir(), 'salkku-profile-dashboard-'));
await buildApp(outDir, gw.url, gw.anonKey);
const { server, origin } = await serveSpa(outDir);
const browser = await launchChromium();

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function summarise(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const perScript = new Map<string, number>();
  const perFunction = new Map<string, number>();
  for (const [id, ms] of self) {
    const f = byId.get(id)!.callFrame;
    const script = f.url ? path.basename(new URL(f.url, origin).pathname) : `(${f.functionName})`;
    perScript.set(script, (perScript.get(script) ?? 0) + ms);
    const fn = `${f.functionName || '(anonymous)'} ${script}:${f.lineNumber}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + ms);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { perScript: top(perScript, 12), perFunction: top(perFunction, 20) };
}

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const signIn = await context.newPage();
  await signIn.goto(`${origin}/sign-in`);
  await signIn.getByLabel('Sähköposti').fill('director@salkku.test');
  await signIn.getByLabel('Salasana').fill('salkku-demo');
  await signIn.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await signIn.getByText('Kirjautuneena director@salkku.test').waitFor({ timeout: 60_000 });
  await signIn.close();

  for (let run = 1; run <= RUNS; run++) {
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByText('Kirjautuneena director@salkku.test').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      document.addEventListener('click', () => (w.__t0 = performance.now()), { capture: true });
      new MutationObserver(() => {
        if (w.__t0 !== undefined && !w.__headline && document.getElementById('dashboard-headline'))
          w.__headline = performance.now();
        if (
          w.__t0 !== undefined &&
          !w.__lists &&
          document.getElementById('dashboard-overdue-title')
        )
          w.__lists = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
    await cdp.send('Profiler.start');
    await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
    await page.locator('#dashboard-headline').waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const timing = await page.evaluate(() => {
      const w = window as unknown as Record<string, number>;
      const t0 = w.__t0 ?? 0;
      const entries = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((e) => e.startTime >= t0 - 1)
        .map((e) => ({
          name: e.name.replace(/^https?:\/\/[^/]+/, '').slice(0, 70),
          start: Math.round(e.startTime - t0),
          end: Math.round(e.responseEnd - t0),
          kib: Math.round(e.encodedBodySize / 102.4) / 10,
        }));
      return {
        headline: Math.round((w.__headline ?? NaN) - t0),
        lists: Math.round((w.__lists ?? NaN) - t0),
        entries,
      };
    });
    console.log(
      `\nrun ${run}: headline figures in the document ${timing.headline} ms after the click; lists ${timing.lists} ms`,
    );
    console.log('  start    end    KiB  resource');
    for (const e of timing.entries.sort((a, b) => a.start - b.start))
      console.log(
        `  ${String(e.start).padStart(5)} ${String(e.end).padStart(6)} ${String(e.kib).padStart(6)}  ${e.name}`,
      );
    const { perScript, perFunction } = summarise(profile);
    const total = profile.timeDeltas.reduce((a, b) => a + b, 0) / 1000;
    console.log(`  CPU profile, ${total.toFixed(0)} ms sampled; self time per script:`);
    for (const [s, ms] of perScript) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${s}`);
    console.log('  self time per function:');
    for (const [f, ms] of perFunction) console.log(`    ${ms.toFixed(0).padStart(6)} ms  ${f}`);
    await page.close();
  }
  await context.close();
} finally {
  await browser.close();
  server.close();
  await rm(outDir, { recursive: true, force: true });
  await gw.close();
}
