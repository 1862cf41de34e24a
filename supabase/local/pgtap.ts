// Runs supabase/tests/database/*.test.sql (pgTAP) on PGlite, each file on a fresh copy of
// the migrated and seeded database, and parses the TAP it prints.
//
// The database is built once (bootstrap + migrations + seed + pgtap), dumped with
// dumpDataDir(), and every file gets its own PGlite instance loaded from that dump, so one
// file can never see another's leftovers even if it forgets to roll back.
//
// Also a CLI: `npx tsx supabase/local/pgtap.ts [file …]` prints the TAP and exits non-zero on
// any failure.
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { pgtap } from '@electric-sql/pglite-pgtap';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, supabaseDir } from './db';

export const pgTapDir = join(supabaseDir, 'tests', 'database');

/** pgTAP lives in `extensions`, as on Supabase, whose default search_path includes it. */
const searchPath = 'set search_path to "$user", public, extensions';

export interface TapAssertion {
  number: number;
  ok: boolean;
  description: string;
  /** `TODO …` or `SKIP …` when the assertion carries a directive. */
  directive: string | null;
  /** The `#` lines that follow the assertion (pgTAP's "Failed test …", have/want). */
  diagnostics: string[];
}

export interface TapResult {
  planned: number | null;
  assertions: TapAssertion[];
  /** `#` lines not attached to an assertion (e.g. "Looks like you planned 5 tests but ran 4"). */
  diagnostics: string[];
}

export interface PgTapFileResult extends TapResult {
  file: string;
  name: string;
  /** The SQL error that stopped the file, with its line, or null. */
  error: string | null;
  durationMs: number;
  /** Every problem that makes the file fail: failed assertions, plan mismatch, error. */
  problems: string[];
}

/** Parses TAP lines as pgTAP prints them. */
export function parseTap(lines: readonly string[]): TapResult {
  const result: TapResult = { planned: null, assertions: [], diagnostics: [] };
  let last: TapAssertion | null = null;
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    const plan = /^1\.\.(\d+)/.exec(line);
    if (plan) {
      result.planned = Number(plan[1]);
      last = null;
      continue;
    }
    const test = /^(not )?ok (\d+)(?: - )?(.*)$/.exec(line);
    if (test) {
      const [, not, num = '0', rest = ''] = test;
      const directive = /\s#\s*((?:TODO|SKIP)\b.*)$/i.exec(rest);
      last = {
        number: Number(num),
        ok: !not,
        description: directive ? rest.slice(0, directive.index).trim() : rest.trim(),
        directive: directive?.[1] ?? null,
        diagnostics: [],
      };
      result.assertions.push(last);
      continue;
    }
    if (line.startsWith('#')) {
      const text = line.replace(/^#\s?/, '');
      if (last && !/^Looks like /.test(text)) last.diagnostics.push(text);
      else result.diagnostics.push(text);
    }
  }
  return result;
}

/** Whether an assertion counts as passed (TODO failures do, as in TAP). */
export function assertionPassed(a: TapAssertion): boolean {
  return a.ok || /^TODO\b/i.test(a.directive ?? '');
}

/** The failure list of a parsed file: failed assertions, plan mismatches, numbering gaps. */
export function tapProblems(tap: TapResult, error: string | null): string[] {
  const problems: string[] = [];
  if (error) problems.push(`error: ${error}`);
  if (tap.planned === null) problems.push('no plan: the file never called plan(n)');
  else if (tap.planned !== tap.assertions.length)
    problems.push(`planned ${tap.planned} tests but ran ${tap.assertions.length}`);
  tap.assertions.forEach((a, i) => {
    if (a.number !== i + 1) problems.push(`assertion ${i + 1} is numbered ${a.number}`);
    if (!assertionPassed(a))
      problems.push([`not ok ${a.number} - ${a.description}`, ...a.diagnostics].join('\n  '));
  });
  return problems;
}

let template: Promise<File | Blob> | null = null;

/** The migrated, seeded database with pgTAP installed, dumped once per process. */
export function databaseTemplate(): Promise<File | Blob> {
  template ??= (async () => {
    const { db } = await openDatabase({ seed: true, extensions: { pgtap } });
    await db.exec('create extension if not exists pgtap with schema extensions');
    const dump = await db.dumpDataDir('none');
    await db.close();
    return dump;
  })();
  return template;
}

/** Collects the text pgTAP printed: the first column of every row of every statement. */
function tapLines(
  results: ReadonlyArray<{ rows: ReadonlyArray<Record<string, unknown>> }>,
): string[] {
  const lines: string[] = [];
  for (const r of results) {
    for (const row of r.rows) {
      const first = Object.values(row)[0];
      if (typeof first === 'string') lines.push(...first.split('\n'));
    }
  }
  return lines;
}

function describeError(e: unknown, sql: string): string {
  if (!(e instanceof Error)) return String(e);
  const info = e as Error & { code?: string; position?: string; detail?: string; hint?: string };
  let where = '';
  const position = Number(info.position);
  if (Number.isFinite(position) && position > 0) {
    const before = sql.slice(0, position - 1);
    const line = before.split('\n').length;
    const text = sql.split('\n')[line - 1]?.trim() ?? '';
    where = ` at line ${line}: ${text}`;
  }
  const extra = [info.detail, info.hint].filter(Boolean).join(' ');
  return `${info.code ? `[${info.code}] ` : ''}${info.message}${where}${extra ? ` (${extra})` : ''}`;
}

/** Runs one .test.sql file on a fresh copy of the template database. */
export async function runPgTapFile(file: string): Promise<PgTapFileResult> {
  const started = performance.now();
  const sql = readFileSync(file, 'utf8');
  const db = await PGlite.create({
    loadDataDir: await databaseTemplate(),
    extensions: { pgcrypto, pgtap },
  });
  let lines: string[] = [];
  let error: string | null = null;
  try {
    await db.exec(searchPath);
    lines = tapLines(await db.exec(sql));
  } catch (e) {
    error = describeError(e, sql);
  } finally {
    await db.close();
  }
  const tap = parseTap(lines);
  return {
    file,
    name: basename(file),
    ...tap,
    error,
    durationMs: Math.round(performance.now() - started),
    problems: tapProblems(tap, error),
  };
}

/** The pgTAP files, sorted. */
export function listPgTapFiles(dir = pgTapDir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.sql'))
    .sort()
    .map((f) => join(dir, f));
}

/** Runs the given files (default: all), one after another. */
export async function runPgTapFiles(files = listPgTapFiles()): Promise<PgTapFileResult[]> {
  const results: PgTapFileResult[] = [];
  for (const f of files) results.push(await runPgTapFile(f));
  return results;
}

/** Prints results as TAP, one subtest per file. */
export function formatTap(results: readonly PgTapFileResult[]): string {
  const out: string[] = [`1..${results.length}`];
  results.forEach((r, i) => {
    out.push(`# ${r.name} (${r.durationMs} ms)`);
    if (r.planned !== null) out.push(`    1..${r.planned}`);
    for (const a of r.assertions) {
      out.push(
        `    ${a.ok ? 'ok' : 'not ok'} ${a.number} - ${a.description}${a.directive ? ` # ${a.directive}` : ''}`,
      );
      for (const d of a.diagnostics) out.push(`    # ${d}`);
    }
    for (const p of r.problems.filter((p) => !p.startsWith('not ok'))) out.push(`    # ${p}`);
    out.push(`${r.problems.length === 0 ? 'ok' : 'not ok'} ${i + 1} - ${r.name}`);
  });
  return out.join('\n');
}

const invokedDirectly =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (invokedDirectly) {
  const args = process.argv.slice(2).map((a) => resolve(a));
  const results = await runPgTapFiles(args.length > 0 ? args : undefined);
  console.log(formatTap(results));
  process.exitCode = results.some((r) => r.problems.length > 0) ? 1 : 0;
}
