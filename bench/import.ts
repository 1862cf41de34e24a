// npm run bench:import — a 5,000-row spreadsheet previewed as the import page does it: the .xlsx
// read (exceljs) and every cell checked (src/features/spreadsheets), then the database's dry run
// of public.import_portfolio through the gateway as the director (issue #15: under 2 s).
//
// Workload: the demo portfolio scaled to 800 projects with 4,000 tasks; the file names 1,000
// projects with five tasks each (5,000 rows): 800 saved projects — every tenth with a new stage,
// every seventh task with a new deadline — and 200 new ones, so the preview has creates, updates
// and unchanged rows. Also the same rows as a Finnish CSV, and the import itself (one run).
// Runs in Node, and then in the real app in headless Chromium (the system chromium, as
// bench/timeline.ts and bench/dashboard.ts drive it): preview_ms with case *_chromium is the
// director's wait on /import. The app's modules import through
// the @/ alias, so the npm script runs tsx with tsconfig.app.json's paths.
import ExcelJS from 'exceljs';
import { startTestGateway } from '../supabase/local/tests/support/gateway.ts';
import { readFile } from '../src/features/spreadsheets/read-file.ts';
import { checkSheets } from '../src/features/spreadsheets/validate.ts';
import { compactPayload } from '../src/features/spreadsheets/payload.ts';
import { importColumns, vocabulary } from '../src/features/spreadsheets/vocabulary.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp, launchChromium, serveSpa } from './lib/chromium.ts';
import { median } from './lib/load.ts';
import { round, writeResults, type BenchResult } from './lib/results.ts';
import { PROGRAMME_ID, scaleUp } from './lib/scale-data.ts';

const SAVED_PROJECTS = 800;
const FILE_PROJECTS = 1000;
const TASKS_PER_PROJECT = 5;
const RUNS = 5;

const gw = await startTestGateway({ seed: true });
await scaleUp(gw.db, { projects: SAVED_PROJECTS, tasks: SAVED_PROJECTS * TASKS_PER_PROJECT });
await gw.db.exec('analyze');
const areas = (
  await gw.db.query<{ name: string }>(
    'select name from public.growth_areas where programme_id = $1 order by sort_order',
    [PROGRAMME_ID],
  )
).rows.map((r) => r.name);
const saved = new Map(
  (
    await gw.db.query<{ slug: string; stage: string; starts_on: string; ends_on: string }>(
      `select slug, stage::text, starts_on::text, ends_on::text from public.projects
       where slug like 'bench-project-%'`,
    )
  ).rows.map((r) => [r.slug, r]),
);
const savedTasks = new Map(
  (
    await gw.db.query<{ slug: string; title: string; due_on: string | null }>(
      `select p.slug, t.title, t.due_on::text from public.tasks t join public.projects p on p.id = t.project_id
       where p.slug like 'bench-project-%'`,
    )
  ).rows.map((r) => [`${r.slug}/${r.title}`, r.due_on]),
);

// The file, in Finnish, as the template lays it out.
const v = vocabulary('fi');
const stageWord: Record<string, string> = v.stage;
const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const rows: (string | Date | null)[][] = [];
for (let g = 1; g <= FILE_PROJECTS; g++) {
  const slug = `bench-project-${g}`;
  const old = saved.get(slug);
  const stage = old ? (g % 10 === 0 ? 'completed' : old.stage) : 'planning';
  for (let n = 1; n <= TASKS_PER_PROJECT; n++) {
    const title = `Task ${n} of Benchmark project ${g}`;
    const due = savedTasks.get(`${slug}/${title}`) ?? '2027-06-30';
    const first = n === 1;
    rows.push([
      first ? slug : null,
      first ? `Benchmark project ${g}` : null,
      first ? (areas[g % areas.length] ?? null) : null,
      first ? (stageWord[stage] ?? null) : null,
      first ? day(old?.starts_on ?? '2026-01-01') : null,
      first ? day(old?.ends_on ?? '2028-12-31') : null,
      null,
      title,
      day((g * TASKS_PER_PROJECT + n) % 7 === 0 ? '2027-12-31' : due),
      null,
    ]);
  }
}
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet(v.sheets.import);
sheet.addRow(importColumns.map((c) => v.columns[c]));
for (const row of rows) sheet.addRow(row);
const xlsx = (await workbook.xlsx.writeBuffer()) as unknown as Uint8Array;
const xlsxBuffer = new Uint8Array(xlsx).buffer;
const fiDate = (d: Date) => `${d.getUTCDate()}.${d.getUTCMonth() + 1}.${d.getUTCFullYear()}`;
const csv = [
  importColumns.map((c) => v.columns[c]).join(';'),
  ...rows.map((r) => r.map((c) => (c instanceof Date ? fiDate(c) : (c ?? ''))).join(';')),
].join('\r\n');
const csvBuffer = new TextEncoder().encode(csv).buffer as ArrayBuffer;

const director = gw.client();
{
  const { error } = await director.auth.signInWithPassword({
    email: 'director@salkku.test',
    password: 'salkku-demo',
  });
  if (error) throw error;
}

interface Outcome {
  created: number;
  updated: number;
  unchanged: number;
  errors: unknown[];
}

async function preview(name: string, buffer: ArrayBuffer, dryRun = true) {
  const t0 = performance.now();
  const check = checkSheets(await readFile(name, buffer.slice(0)), areas);
  const t1 = performance.now();
  if (check.problems.length > 0)
    throw new Error(`the file has problems: ${JSON.stringify(check.problems[0])}`);
  const { data, error } = await director.rpc('import_portfolio', {
    programme_id: PROGRAMME_ID,
    data: compactPayload(check.payload),
    dry_run: dryRun,
  });
  if (error) throw error;
  const t2 = performance.now();
  return { check: t1 - t0, database: t2 - t1, total: t2 - t0, outcome: data as unknown as Outcome };
}

const payloadBytes = JSON.stringify({
  programme_id: PROGRAMME_ID,
  data: compactPayload(
    checkSheets(await readFile('bench.xlsx', xlsxBuffer.slice(0)), areas).payload,
  ),
  dry_run: true,
}).length;

const results: BenchResult[] = [];
const lines: string[] = [];
let outcome: Outcome | undefined;
for (const [kind, name, buffer] of [
  ['xlsx', 'bench.xlsx', xlsxBuffer],
  ['csv', 'bench.csv', csvBuffer],
] as const) {
  await preview(name, buffer); // warm-up
  const runs: Awaited<ReturnType<typeof preview>>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await preview(name, buffer));
  outcome = runs[0]!.outcome;
  const m = (pick: (r: (typeof runs)[number]) => number) => round(median(runs.map(pick)));
  const total = m((r) => r.total);
  results.push(
    {
      subject: 'salkku',
      case: `${kind}_5000_rows`,
      metric: 'preview_ms',
      value: total,
      runs: RUNS,
    },
    {
      subject: 'salkku',
      case: `${kind}_5000_rows`,
      metric: 'read_check_ms',
      value: m((r) => r.check),
      runs: RUNS,
    },
    {
      subject: 'salkku',
      case: `${kind}_5000_rows`,
      metric: 'dry_run_ms',
      value: m((r) => r.database),
      runs: RUNS,
    },
  );
  lines.push(
    `${kind.padEnd(6)}${String(total).padStart(12)}${String(m((r) => r.check)).padStart(16)}${String(m((r) => r.database)).padStart(12)}`,
  );
}

// The same dry run on PGlite in this process, without the gateway (as the director, under RLS).
const payloadJson = JSON.stringify(
  compactPayload(checkSheets(await readFile('bench.xlsx', xlsxBuffer.slice(0)), areas).payload),
);
const direct = async () => {
  const t0 = performance.now();
  await gw.db.transaction(async (tx) => {
    await tx.exec(`set local role authenticated;
      set local request.jwt.claims to '{"sub": "a0000000-0000-4000-8000-000000000002", "role": "authenticated"}';`);
    await tx.query('select public.import_portfolio($1, $2::jsonb, true)', [
      PROGRAMME_ID,
      payloadJson,
    ]);
  });
  return performance.now() - t0;
};
await direct();
const directRuns: number[] = [];
for (let i = 0; i < RUNS; i++) directRuns.push(await direct());
const directMs = round(median(directRuns));
results.push({
  subject: 'pglite-direct',
  case: 'xlsx_5000_rows',
  metric: 'dry_run_ms',
  value: directMs,
  runs: RUNS,
});

// The same previews in the real app in Chromium: the built app against this gateway, the director
// signed in on /import, the file chosen and "Esikatsele" pressed; timed in the page from the
// click to the preview's summary ("… luodaan, … päivitetään, … ennallaan") on screen: the file
// read and checked in the app's Web Worker, the dry run through the API (in parts when the JSON
// is over one request's size) and the preview's rows rendered.
async function previewInChromium(): Promise<{ browser: string; xlsx: number[]; csv: number[] }> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'salkku-bench-import-'));
  console.log(`Building the app against ${gw.url} into ${outDir} …`);
  await buildApp(outDir, gw.url, gw.anonKey);
  const { server, origin } = await serveSpa(outDir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const signIn = await context.newPage();
    await signIn.goto(`${origin}/sign-in`);
    await signIn.getByLabel('Sähköposti').fill('director@salkku.test');
    await signIn.getByLabel('Salasana').fill('salkku-demo');
    await signIn.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await signIn.getByText('Kirjautuneena director@salkku.test').waitFor({ timeout: 60_000 });
    await signIn.close();
    const once = async (name: string, mimeType: string, buffer: ArrayBuffer) => {
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/import`);
        const button = page.getByRole('button', { name: 'Esikatsele' });
        await button.waitFor({ timeout: 60_000 });
        await page.getByLabel('Tiedosto').setInputFiles({
          name,
          mimeType,
          buffer: Buffer.from(buffer),
        });
        await page.evaluate(() => {
          const w = window as unknown as { __t0?: number };
          document.addEventListener('click', () => (w.__t0 = performance.now()), {
            capture: true,
            once: true,
          });
        });
        await button.click();
        const ms = await page.waitForFunction(
          () => {
            const w = window as unknown as { __t0?: number };
            const summary = document.querySelector('.import-summary');
            const alert = document.querySelector('.import-preview [role="alert"]');
            if (alert) throw new Error(alert.textContent ?? 'the preview failed');
            return summary && w.__t0 !== undefined ? performance.now() - w.__t0 : false;
          },
          null,
          { polling: 'raf', timeout: 120_000 },
        );
        return (await ms.jsonValue()) as number;
      } finally {
        await page.close();
      }
    };
    const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    const out = {
      browser: `Chromium ${browser.version().split('.')[0]}`,
      xlsx: [] as number[],
      csv: [] as number[],
    };
    for (const [kind, name, type, buffer] of [
      ['xlsx', 'bench.xlsx', xlsxType, xlsxBuffer],
      ['csv', 'bench.csv', 'text/csv', csvBuffer],
    ] as const) {
      await once(name, type, buffer); // warm-up (caches the app's chunks and the worker)
      for (let i = 0; i < RUNS; i++) {
        const ms = await once(name, type, buffer);
        console.log(`  Chromium ${kind} preview, run ${i + 1}: ${Math.round(ms)} ms`);
        out[kind].push(ms);
      }
    }
    await context.close();
    return out;
  } finally {
    await browser.close();
    server.close();
    await rm(outDir, { recursive: true, force: true });
  }
}
const inBrowser = await previewInChromium();
for (const kind of ['xlsx', 'csv'] as const) {
  results.push({
    subject: 'salkku',
    case: `${kind}_5000_rows_chromium`,
    metric: 'preview_ms',
    value: round(median(inBrowser[kind])),
    runs: inBrowser[kind].length,
    note: `${inBrowser.browser}, the built app: click on Esikatsele to the preview's summary on screen (worker read + check, dry run through the API, rows rendered)`,
  });
}

// The import itself, once (it writes), and the same file again: nothing left to change.
const commit = await preview('bench.xlsx', xlsxBuffer, false);
const again = await preview('bench.xlsx', xlsxBuffer);
results.push({
  subject: 'salkku',
  case: 'xlsx_5000_rows',
  metric: 'import_ms',
  value: round(commit.total),
  runs: 1,
  note: `one run (it writes): ${commit.outcome.created} created, ${commit.outcome.updated} updated, ${commit.outcome.unchanged} unchanged; the same file again previews ${again.outcome.unchanged} unchanged, ${again.outcome.created + again.outcome.updated} to change`,
});

console.log(
  `Import preview of ${rows.length} rows (${FILE_PROJECTS} projects, ${SAVED_PROJECTS} saved), medians of ${RUNS} runs; goal < 2000 ms\n`,
);
console.log(
  `${'file'.padEnd(6)}${'preview ms'.padStart(12)}${'read+check ms'.padStart(16)}${'dry run ms'.padStart(12)}`,
);
for (const line of lines) console.log(line);
for (const kind of ['xlsx', 'csv'] as const) {
  console.log(
    `${`${kind} in ${inBrowser.browser}`.padEnd(6)}: preview ${round(median(inBrowser[kind]))} ms (median of ${inBrowser[kind].length}; the app in the browser, rows rendered)`,
  );
}
console.log(
  `\npreview says: ${outcome?.created} create, ${outcome?.updated} update, ${outcome?.unchanged} unchanged` +
    `\ndry run on PGlite without the gateway: ${directMs} ms` +
    `\nrequest body ${Math.round(payloadBytes / 1024)} KiB (the local gateway accepts up to 1024 KiB)` +
    `\nimport (one run, writes): ${round(commit.total)} ms; the same file again: ${again.outcome.unchanged} unchanged, ${again.outcome.created + again.outcome.updated} to change`,
);
console.log(
  `\n${writeResults({
    benchmark: 'import',
    browser: inBrowser.browser,
    workload: {
      rows: rows.length,
      file_projects: FILE_PROJECTS,
      saved_projects: SAVED_PROJECTS,
      saved_tasks: SAVED_PROJECTS * TASKS_PER_PROJECT,
    },
    results,
  })}`,
);
await gw.close();
