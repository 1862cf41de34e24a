// HTTP load generator for benchmarks. It runs in a worker thread so that the clients do
// not share an event loop with the server under test (which runs in the main thread).
import { Worker } from 'node:worker_threads';

export interface LoadRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  /** Requests are taken round-robin from this list. */
  requests: LoadRequest[];
  concurrency: number;
  durationMs: number;
}

export interface LoadResult {
  count: number;
  errors: number;
  elapsedMs: number;
  rps: number;
  latenciesMs: number[];
  /** The first non-2xx status and body seen, for diagnosis. */
  firstError?: string;
}

// Plain JavaScript: the worker is started with `eval: true`.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { requests, concurrency, durationMs } = workerData;
let next = 0;
let count = 0;
let errors = 0;
let firstError;
const latencies = [];
const start = performance.now();
const deadline = start + durationMs;
async function client() {
  while (performance.now() < deadline) {
    const r = requests[next++ % requests.length];
    const t0 = performance.now();
    try {
      const res = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body });
      const text = await res.text();
      if (res.status >= 300) {
        errors++;
        if (!firstError) firstError = res.status + ' ' + text.slice(0, 300);
      }
    } catch (e) {
      errors++;
      if (!firstError) firstError = String(e);
    }
    latencies.push(performance.now() - t0);
    count++;
  }
}
Promise.all(Array.from({ length: concurrency }, client)).then(() => {
  const elapsedMs = performance.now() - start;
  parentPort.postMessage({ count, errors, elapsedMs, rps: (count * 1000) / elapsedMs, latenciesMs: latencies, firstError });
});
`;

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerSource, { eval: true, workerData: options });
    worker.once('message', (m: LoadResult) => {
      void worker.terminate();
      resolve(m);
    });
    worker.once('error', reject);
  });
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? NaN;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}
