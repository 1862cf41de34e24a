// HTTP load generator for benchmarks. It runs in a worker thread so that the clients do
// not share an event loop with the server under test (which runs in the main thread). The
// clients send either raw `fetch` requests or single-row reads through supabase-js, the way
// the app reads a row; both share the same loop, latency collection and error counting.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

export interface LoadRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

/** `from(table).select('*').eq('id', id).maybeSingle()` through supabase-js with the anon key. */
export interface SupabaseJsReads {
  url: string;
  anonKey: string;
  table: string;
  /** Read round-robin; a missing row counts as a failure, as an `error` in the result does. */
  ids: string[];
}

/** What the clients send: raw requests (round-robin) or supabase-js reads. */
export type LoadWork = { requests: LoadRequest[] } | { supabaseJs: SupabaseJsReads };

export type LoadOptions = LoadWork & {
  concurrency: number;
  durationMs: number;
};

export interface LoadResult {
  count: number;
  errors: number;
  elapsedMs: number;
  rps: number;
  latenciesMs: number[];
  /** The first non-2xx status and body (or supabase-js error) seen, for diagnosis. */
  firstError?: string;
}

// The worker's `require` resolves from the working directory; these resolve from here.
const resolve = createRequire(import.meta.url).resolve;
const modules = { supabaseJs: resolve('@supabase/supabase-js'), ws: resolve('ws') };

// Plain JavaScript: the worker is started with `eval: true`. `send` makes one request and
// resolves to a description of the failure, or undefined when it succeeded.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const { requests, supabaseJs, modules, concurrency, durationMs } = workerData;
let items = requests;
let send = async (r) => {
  const res = await fetch(r.url, { method: r.method, headers: r.headers, body: r.body });
  const text = await res.text();
  if (res.status >= 300) return res.status + ' ' + text.slice(0, 300);
};
if (supabaseJs) {
  // One client per worker, created as the app creates it (minus the browser session); Node 20
  // has no global WebSocket and the client constructs realtime even when it is unused.
  const { createClient } = require(modules.supabaseJs);
  const supabase = createClient(supabaseJs.url, supabaseJs.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
    realtime: { transport: require(modules.ws) },
  });
  items = supabaseJs.ids;
  send = async (id) => {
    const { data, error, status } = await supabase
      .from(supabaseJs.table).select('*').eq('id', id).maybeSingle();
    if (error) return status + ' ' + JSON.stringify(error).slice(0, 300);
    if (!data) return status + ' no row ' + id;
  };
}
let next = 0;
let count = 0;
let errors = 0;
let firstError;
const latencies = [];
const start = performance.now();
const deadline = start + durationMs;
async function client() {
  while (performance.now() < deadline) {
    const item = items[next++ % items.length];
    const t0 = performance.now();
    let failure;
    try {
      failure = await send(item);
    } catch (e) {
      failure = String(e);
    }
    if (failure !== undefined) {
      errors++;
      if (!firstError) firstError = failure;
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
    const worker = new Worker(workerSource, { eval: true, workerData: { ...options, modules } });
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
