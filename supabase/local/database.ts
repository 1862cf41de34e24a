// The local stack's database as the gateway sees it: PGlite running in a worker thread.
//
// PGlite is Postgres compiled to WebAssembly; each call blocks the thread it runs on, and it
// cannot be interrupted (statement_timeout needs signals it does not have). On the HTTP thread
// one heavy query froze everything, Auth's health check included. Here the database lives in a
// worker (db-worker.ts) and this thread only sends it messages, so HTTP, JWT checks, parsing and
// JSON keep running (on the other core) while the database works.
//
// Messages: each call is one message to the worker and one back (a write's transaction waits
// for one more exchange: the gateway decides on its rows whether it commits). Messages sent in
// the same turn of the event loop travel together, as one. When the worker begins a call it
// says so through memory both threads share (started-calls.ts), not with a message of its own.
//
// Statement timeout: a REST request's statements (batch()) carry a timeout, counted from the
// moment the worker starts running them (not while they queue). Past it the request fails with
// 57014, as Postgres's statement_timeout does. With a data folder the worker is then terminated
// and started again on the same folder (Postgres recovers as after `kill -9`: acknowledged writes
// survive, the timed-out one is rolled back); calls that had not started yet are sent again to
// the new worker, calls that had started fail with 57P01, and new calls wait until it is back.
// An in-memory database would lose everything in a restart: there the request still gets 57014
// at once, but the query runs to its end and later calls wait for it.
import type { QueryOptions, Results } from '@electric-sql/pglite';
import { Worker } from 'node:worker_threads';
import type { Decide, Statement, StatementResult } from './gateway/rest/batch.ts';
import { now, StartedCalls } from './started-calls.ts';

export interface DbTransaction {
  query<T = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<Results<T>>;
  exec(sql: string, options?: QueryOptions): Promise<Results[]>;
  rollback(): Promise<void>;
}

/** What scripts, the mail timer and Auth need: an in-process PGlite has it too. */
export interface Queryable {
  query<T = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<Results<T>>;
  exec(sql: string, options?: QueryOptions): Promise<Results[]>;
  transaction<T>(callback: (tx: DbTransaction) => Promise<T>): Promise<T>;
}

export interface Database extends Queryable {
  /** LISTEN; the callback gets each NOTIFY's payload. Resolves to the unlisten function. */
  listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>>;
  /**
   * One REST request: `context` then `main` in one transaction (see gateway/rest/batch.ts).
   * Past `timeoutMs` of running (0 or absent: none) it fails with 57014.
   */
  batch<T>(
    context: Statement[],
    main: Statement,
    readOnly: boolean,
    decide: Decide<T>,
    timeoutMs?: number,
  ): Promise<T>;
  close(): Promise<void>;
  /** How often the worker was restarted (after a statement timeout or a crash). */
  readonly restarts: number;
}

export interface WorkerDatabaseOptions {
  /** Folder to persist in; omit for an in-memory database. */
  dataDir?: string;
  /** Load the seed when the database is new (default true). */
  seed?: boolean;
  /** Run the migrations (default true); false runs only the bootstrap. */
  migrations?: boolean;
  migrationsDir?: string;
  /**
   * For in-memory databases in tests: load this dump of a database opened with the same
   * options if it exists, else open as usual and write the dump there for the next one.
   */
  templateFile?: string;
  log?: (message: string) => void;
}

export interface OpenedDatabase {
  db: Database;
  created: boolean;
  applied: string[];
}

/** A Postgres error as PGlite reports it, rebuilt on this side of the thread boundary. */
type WireError = { message: string; [field: string]: unknown };

function toError(wire: WireError): Error {
  const { message, stack: _stack, name: _name, ...fields } = wire;
  return Object.assign(new Error(message), fields);
}

function pgError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, severity: 'ERROR' });
}

const statementTimeout = () => pgError('57014', 'canceling statement due to statement timeout');
const terminated = () => pgError('57P01', 'terminating connection due to administrator command');

interface Call {
  id: number;
  message: Record<string, unknown>;
  resolve(value: unknown): void;
  reject(error: unknown): void;
  /**
   * Known to have begun running (a started call is not sent again after a restart). Besides
   * this flag, the worker marks the calls it begins in their shared memory (started-calls.ts).
   */
  started: boolean;
  sent: boolean;
  timeoutMs?: number;
  timer?: NodeJS.Timeout;
  /** Wants a `start` message when the worker begins it (transaction()'s begin). */
  onStart?: () => void;
  onDecide?: (result: StatementResult) => void;
}

type FromWorker =
  | { type: 'ready'; created: boolean; applied: string[] }
  | { type: 'failed'; error: WireError }
  | { type: 'log'; message: string }
  | { type: 'start'; id: number }
  | { type: 'decide'; id: number; result: StatementResult }
  | { type: 'done'; id: number; ok: true; value: unknown }
  | { type: 'done'; id: number; ok: false; error: WireError }
  | { type: 'notify'; channel: string; payload: string };

const workerUrl = new URL('./db-worker.mjs', import.meta.url);

class WorkerDatabase implements Database {
  restarts = 0;
  private worker: Worker | null = null;
  /** The current worker's StartedCalls memory. */
  private started = new StartedCalls();
  /** Messages for the worker not yet posted (flush()). */
  private outbox: Record<string, unknown>[] = [];
  private flushing = false;
  private readonly calls = new Map<number, Call>();
  /** Timed-out calls of an in-memory database whose worker still runs them. */
  private readonly abandoned = new Map<number, Call>();
  private nextId = 1;
  private restarting: Promise<void> | null = null;
  private broken: Error | null = null;
  private closed = false;
  private readonly listeners = new Map<string, Set<(payload: string) => void>>();

  constructor(private readonly options: WorkerDatabaseOptions) {}

  /** Starts a worker and waits until its database is open. */
  async spawn(reopen = false): Promise<{ created: boolean; applied: string[] }> {
    const { dataDir, seed = true, migrations = true, migrationsDir, templateFile } = this.options;
    const started = performance.now();
    const memory = new StartedCalls();
    const worker = new Worker(workerUrl, {
      workerData: {
        dataDir,
        seed,
        migrations,
        migrationsDir,
        reopen,
        templateFile,
        started: memory.buffer,
      },
    });
    const opened = await new Promise<{ created: boolean; applied: string[] }>((resolve, reject) => {
      const onExit = (code: number) =>
        reject(new Error(`the database worker stopped (exit code ${code}) before it was ready`));
      worker.once('error', reject);
      worker.once('exit', onExit);
      const onMessage = (m: FromWorker) => {
        if (m.type === 'log') this.options.log?.(m.message);
        else if (m.type === 'ready' || m.type === 'failed') {
          worker.off('message', onMessage);
          worker.off('error', reject);
          worker.off('exit', onExit);
          if (m.type === 'ready') resolve({ created: m.created, applied: m.applied });
          else reject(toError(m.error));
        }
      };
      worker.on('message', onMessage);
    }).catch(async (error: unknown) => {
      await worker.terminate();
      throw error;
    });
    worker.on('message', (m: FromWorker) => this.onMessage(worker, m));
    worker.on('error', (error) => this.onCrash(worker, error));
    worker.on('exit', (code) => this.onCrash(worker, new Error(`exit code ${code}`)));
    this.worker = worker;
    this.started = memory;
    this.updateRef();
    if (reopen) {
      this.options.log?.(`the database is back (${Math.round(performance.now() - started)} ms)`);
    }
    return opened;
  }

  // Calls ----------------------------------------------------------------------------

  private call<T>(message: Record<string, unknown>, extra: Partial<Call> = {}): Promise<T> {
    if (this.closed && message['op'] !== 'close') {
      return Promise.reject(new Error('the database is closed'));
    }
    if (this.broken) return Promise.reject(this.broken);
    return new Promise<T>((resolve, reject) => {
      const call: Call = {
        id: this.nextId++,
        message,
        resolve: resolve as (v: unknown) => void,
        reject,
        started: false,
        sent: false,
        ...extra,
      };
      this.calls.set(call.id, call);
      this.updateRef();
      this.send(call);
    });
  }

  private send(call: Call): void {
    if (!this.worker || this.restarting) return; // sent when the worker is back
    call.sent = true;
    this.post({ id: call.id, ...call.message });
    if (call.timeoutMs && call.timeoutMs > 0 && !call.timer) {
      call.timer = setTimeout(() => this.checkTimeout(call), call.timeoutMs);
    }
  }

  /**
   * Posts to the worker at the end of this turn of the event loop, with whatever else is posted
   * meanwhile (requests that arrive together cross the thread boundary as one message).
   */
  private post(message: Record<string, unknown>): void {
    this.outbox.push(message);
    if (this.flushing) return;
    this.flushing = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushing = false;
    const messages = this.outbox;
    this.outbox = [];
    if (!this.worker || messages.length === 0) return;
    this.worker.postMessage(messages.length === 1 ? messages[0] : { op: 'many', messages });
  }

  /** Whether the worker has begun `call`. */
  private hasStarted(call: Call): boolean {
    return call.started || this.started.since(call.id) !== undefined;
  }

  /** A timed call's timer: past its timeout counted from its start, it fails (timedOut). */
  private checkTimeout(call: Call): void {
    call.timer = undefined;
    if (!this.calls.has(call.id) || !call.timeoutMs) return;
    const since = call.started ? Number.NaN : this.started.since(call.id);
    // Not begun yet (queued, or waiting for a restarted worker): look again a timeout later.
    let wait = call.timeoutMs;
    if (since !== undefined) {
      if (Number.isNaN(since)) {
        this.timedOut(call);
        return;
      }
      wait = call.timeoutMs - (now() - since);
      if (wait <= 0) {
        this.timedOut(call);
        return;
      }
    }
    call.timer = setTimeout(() => this.checkTimeout(call), wait);
  }

  private settle(call: Call, outcome: { value: unknown } | { error: unknown }): void {
    if (!this.calls.delete(call.id)) return;
    if (call.timer) clearTimeout(call.timer);
    this.updateRef();
    if ('error' in outcome) call.reject(outcome.error);
    else call.resolve(outcome.value);
  }

  /** The worker keeps the process alive only while a call waits for it. */
  private updateRef(): void {
    if (!this.worker) return;
    if (this.calls.size > 0 || this.restarting) this.worker.ref();
    else this.worker.unref();
  }

  private onMessage(worker: Worker, m: FromWorker): void {
    if (worker !== this.worker) return;
    switch (m.type) {
      case 'log':
        this.options.log?.(m.message);
        return;
      case 'notify':
        for (const cb of this.listeners.get(m.channel) ?? []) cb(m.payload);
        return;
      case 'start': {
        const call = this.calls.get(m.id);
        if (!call) return;
        call.started = true;
        call.onStart?.();
        return;
      }
      case 'decide': {
        const call = this.calls.get(m.id);
        if (call?.onDecide) call.onDecide(m.result);
        // A timed-out write whose worker ran on: it must not commit.
        else this.post({ op: 'decide', id: m.id, commit: false });
        return;
      }
      case 'done': {
        this.abandoned.delete(m.id);
        const call = this.calls.get(m.id);
        if (!call) return;
        this.settle(call, m.ok ? { value: m.value } : { error: toError(m.error) });
        return;
      }
      default:
        return;
    }
  }

  private timedOut(call: Call): void {
    if (!this.calls.has(call.id)) return;
    this.settle(call, { error: statementTimeout() });
    if (this.options.dataDir) {
      void this.restart('a statement ran past its timeout');
    } else {
      this.abandoned.set(call.id, call);
      this.options.log?.(
        'a statement ran past its timeout; an in-memory database cannot be restarted, so it runs to its end',
      );
    }
  }

  private onCrash(worker: Worker, error: unknown): void {
    if (worker !== this.worker || this.closed) return;
    this.options.log?.(`the database worker stopped: ${String(error)}`);
    if (this.options.dataDir) void this.restart('it stopped');
    else {
      // Nothing to restart from: fail everything from now on.
      this.broken = new Error(`the in-memory database stopped: ${String(error)}`);
      this.worker = null;
      for (const call of [...this.calls.values()]) this.settle(call, { error: this.broken });
    }
  }

  /** Terminates the worker and starts a new one on the same folder. */
  private restart(reason: string): Promise<void> {
    if (this.restarting) return this.restarting;
    const old = this.worker;
    this.worker = null;
    this.restarting = (async () => {
      this.options.log?.(`restarting the database (${reason})`);
      this.outbox = [];
      for (const call of [...this.calls.values()]) {
        if (this.hasStarted(call)) this.settle(call, { error: terminated() });
        else call.sent = false;
      }
      if (old) {
        old.removeAllListeners();
        await old.terminate();
      }
      try {
        await this.spawn(true);
      } catch (error) {
        this.broken = new Error(`the database could not be restarted: ${String(error)}`);
        this.options.log?.(this.broken.message);
        for (const call of [...this.calls.values()]) this.settle(call, { error: this.broken });
        return;
      }
      this.restarts++;
    })().finally(() => {
      this.restarting = null;
      if (this.broken || !this.worker) return;
      // LISTEN again, then whatever waited.
      for (const channel of this.listeners.keys()) {
        void this.call({ op: 'listen', channel }).catch(() => {});
      }
      for (const call of this.calls.values()) if (!call.sent) this.send(call);
      this.updateRef();
    });
    return this.restarting;
  }

  // The interface ----------------------------------------------------------------------

  query<T = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
    options?: QueryOptions,
  ): Promise<Results<T>> {
    return this.call({ op: 'query', sql, params, options: wireOptions(options) });
  }

  exec(sql: string, options?: QueryOptions): Promise<Results[]> {
    return this.call({ op: 'exec', sql, options: wireOptions(options) });
  }

  async transaction<T>(callback: (tx: DbTransaction) => Promise<T>): Promise<T> {
    let started!: () => void;
    const begun = new Promise<void>((resolve) => (started = resolve));
    // The begin call's id: the one call() takes synchronously, before anything else can.
    const txId = this.nextId;
    const done = this.call<void>({ op: 'tx.begin' }, { onStart: () => started() });
    await Promise.race([begun, done]);
    const sub = <R>(message: Record<string, unknown>) =>
      this.call<R>({ ...message, tx: txId }, { started: true });
    const tx: DbTransaction = {
      query: (sql, params, options) =>
        sub({ op: 'tx.query', sql, params, options: wireOptions(options) }),
      exec: (sql, options) => sub({ op: 'tx.exec', sql, options: wireOptions(options) }),
      rollback: () => sub({ op: 'tx.rollback' }),
    };
    let value: T;
    try {
      value = await callback(tx);
    } catch (error) {
      this.post({ op: 'tx.end', tx: txId, ok: false });
      await done.catch(() => {});
      throw error;
    }
    this.post({ op: 'tx.end', tx: txId, ok: true });
    await done;
    return value;
  }

  async listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>> {
    let set = this.listeners.get(channel);
    if (!set) {
      set = new Set();
      this.listeners.set(channel, set);
      await this.call({ op: 'listen', channel });
    }
    set.add(callback);
    return async () => {
      set.delete(callback);
      if (set.size === 0 && this.listeners.get(channel) === set) {
        this.listeners.delete(channel);
        if (!this.closed) await this.call({ op: 'unlisten', channel });
      }
    };
  }

  async batch<T>(
    context: Statement[],
    main: Statement,
    readOnly: boolean,
    decide: Decide<T>,
    timeoutMs?: number,
  ): Promise<T> {
    if (readOnly) {
      const result = await this.call<StatementResult>(
        { op: 'batch', context, main, readOnly },
        { timeoutMs },
      );
      return decide(result).value;
    }
    let outcome: { value: T; commit: boolean } | undefined;
    let failure: { error: unknown } | undefined;
    const id = this.nextId;
    const call = this.call<void>(
      { op: 'batch', context, main, readOnly },
      {
        timeoutMs,
        onDecide: (result) => {
          try {
            outcome = decide(result);
          } catch (error) {
            failure = { error };
          }
          this.post({ op: 'decide', id, commit: outcome?.commit ?? false });
        },
      },
    );
    try {
      await call;
    } catch (error) {
      throw failure ? failure.error : error;
    }
    if (failure) throw failure.error;
    if (!outcome) throw new Error('the database worker finished a write without deciding it');
    return outcome.value;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.restarting;
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.call({ op: 'close' });
    } finally {
      this.worker = null;
      worker.removeAllListeners();
      await worker.terminate();
      for (const call of [...this.calls.values()]) {
        this.settle(call, { error: new Error('the database is closed') });
      }
    }
  }
}

/** Only plain options cross the thread boundary (parsers and serializers are functions). */
function wireOptions(options: QueryOptions | undefined): QueryOptions | undefined {
  return options?.rowMode ? { rowMode: options.rowMode } : undefined;
}

/** Opens (or creates) the database in a worker thread and brings it up to date. */
export async function openWorkerDatabase(
  options: WorkerDatabaseOptions = {},
): Promise<OpenedDatabase> {
  const db = new WorkerDatabase(options);
  const { created, applied } = await db.spawn();
  return { db, created, applied };
}
