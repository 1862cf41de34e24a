// Writes benchmark results in the shape of shared/BENCH.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchResult {
  subject: string;
  metric: string;
  value: number | null;
  runs?: number;
  case?: string;
  concurrency?: number;
  note?: string;
}

export interface BenchFile {
  benchmark: string;
  workload: Record<string, number>;
  results: BenchResult[];
  browser?: string;
  /**
   * Results another benchmark writes into the same file (bench:indicators' `indicators_` cases in
   * dashboard.json): those of the file already there that this run keeps, with their workload keys.
   */
  keep?: (result: BenchResult) => boolean;
}

export const resultsDir = fileURLToPath(new URL('../results', import.meta.url));

export function writeResults({ benchmark, workload, results, browser, keep }: BenchFile): string {
  const file = join(resultsDir, `${benchmark}.json`);
  const before =
    keep && existsSync(file)
      ? (JSON.parse(readFileSync(file, 'utf8')) as Pick<BenchFile, 'workload' | 'results'>)
      : null;
  const environment: Record<string, string | number | number[]> = {
    cpus: cpus().length,
    node: process.version,
    // 1, 5 and 15 minute load averages when the results were written: other work on the
    // machine slows every figure down.
    load_average: loadavg().map((l) => Math.round(l * 100) / 100),
  };
  if (browser) environment.browser = browser;
  const body = {
    benchmark,
    when: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    environment,
    workload: { ...before?.workload, ...workload },
    results: [...(keep ? (before?.results ?? []).filter(keep) : []), ...results],
  };
  mkdirSync(resultsDir, { recursive: true });
  writeFileSync(file, JSON.stringify(body, null, 2) + '\n');
  return file;
}

/** Rounds for printing and for the JSON (two decimals). */
export function round(n: number): number {
  return Math.round(n * 100) / 100;
}
