// One REST request = one transaction, in as few trips into PGlite as is safe.
//
// PGlite's db.transaction() costs 16 calls into the WebAssembly backend per request: BEGIN and
// COMMIT are two each (Query, Sync), and each tx.query() six (Parse, Describe statement, Bind,
// Describe portal, Execute, Sync). Here the same statements go as one buffer of extended-protocol
// messages (Parse/Bind/Execute for each, then Sync), which the backend runs in order:
//
//   reads (GET/HEAD)  set_config(…) and the query, then Sync: one call. Without BEGIN, the
//                     messages up to Sync are one implicit transaction (PostgreSQL protocol,
//                     "Extended Query"): set_config(…, true) is local to it, an error anywhere
//                     skips the rest and rolls the whole of it back at Sync, success commits at
//                     Sync. A read-only transaction that commits instead of rolling back (a
//                     406 single-object miss, Prefer: tx=rollback) leaves nothing behind:
//                     transaction_read_only is on and the settings are transaction-local.
//   writes            BEGIN, set_config(…) and the statement, then Sync: the transaction stays
//                     open (an explicit block) while finish() looks at the rows; then COMMIT or
//                     ROLLBACK: two calls. An error rolls back before anything is returned.
//
// The database runs in a worker thread (database.ts, db-worker.ts): the gateway's thread hands
// each request's statements over in one message and keeps answering HTTP meanwhile; the worker
// runs them here (runBatch) and sends the rows back.
//
// Parameters go as untyped text, so Postgres infers their types, exactly as before; values are
// never put into SQL. Both PGlite mutexes are held for the whole exchange, so nothing else
// (another request's transaction, a listener) can interleave with it.
import { protocol, type PGlite } from '@electric-sql/pglite';
import type { Database } from '../../database.ts';
import { execRaw, resultOf } from './wire.ts';

const { serialize } = protocol;

export interface Statement {
  sql: string;
  params: (string | null)[];
}

export interface StatementResult {
  rows: Record<string, unknown>[];
  affectedRows: number;
}

/** The outcome of the main statement decides whether a write commits. */
export type Decide<T> = (result: StatementResult) => { value: T; commit: boolean };

/** For benchmarks and debugging: sees the statements of every request (context…, main). */
export const statementLog: {
  observe?: (context: Statement[], main: Statement, readOnly: boolean) => void;
} = {};

// The messages sent for every statement, written here rather than by PGlite's serializer
// (which builds each through a growing writer): Bind with text parameters (no format codes:
// all text) and text results, Describe portal, Execute (no row limit), Sync.
const DESCRIBE_PORTAL = Uint8Array.from([0x44, 0, 0, 0, 6, 0x50, 0]);
const EXECUTE = Uint8Array.from([0x45, 0, 0, 0, 9, 0, 0, 0, 0, 0]);
const SYNC = Uint8Array.from([0x53, 0, 0, 0, 4]);

function bind(statement: string, values: (string | null)[]): Uint8Array {
  const nameBytes = Buffer.byteLength(statement);
  // 'B', length, portal "" (one NUL), statement name + NUL, 0 format codes, n values, 0 result
  // format codes.
  let size = 1 + 4 + 1 + nameBytes + 1 + 2 + 2 + 2;
  const lengths = values.map((v) => (v === null ? -1 : Buffer.byteLength(v)));
  for (const n of lengths) size += 4 + Math.max(n, 0);
  const out = Buffer.allocUnsafe(size);
  let at = 0;
  out[at++] = 0x42;
  out.writeInt32BE(size - 1, at);
  at += 4;
  out[at++] = 0;
  at += out.write(statement, at, 'utf8');
  out[at++] = 0;
  out.writeInt16BE(0, at);
  at += 2;
  out.writeInt16BE(values.length, at);
  at += 2;
  values.forEach((v, i) => {
    const n = lengths[i] ?? -1;
    out.writeInt32BE(n, at);
    at += 4;
    if (v !== null) at += out.write(v, at, 'utf8');
  });
  out.writeInt16BE(0, at);
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  let size = 0;
  for (const p of parts) size += p.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// Prepared statements: each distinct SQL text is parsed (and, after a few runs, planned) once
// and then only bound and executed, as PostgREST does. Postgres itself re-plans a statement when
// the objects it uses change, when search_path differs, or when the role differs for a plan that
// depends on row-level security. The least recently used ones are closed past MAX_PREPARED.
const MAX_PREPARED = 256;

interface Prepared {
  /** SQL text → statement name, in least-recently-used order. */
  names: Map<string, string>;
  next: number;
  /** Statements to close at the start of the next exchange. */
  toClose: string[];
}

const preparedByDb = new WeakMap<PGlite, Prepared>();

function preparedFor(db: PGlite): Prepared {
  let p = preparedByDb.get(db);
  if (!p) {
    p = { names: new Map(), next: 0, toClose: [] };
    preparedByDb.set(db, p);
  }
  return p;
}

interface Encoded {
  parts: Uint8Array[];
  /** Statements parsed in this exchange (to forget and close if it fails). */
  created: string[];
}

function encode(db: PGlite, statements: Statement[], describe: number): Encoded {
  const prepared = preparedFor(db);
  const parts = prepared.toClose.map((name) => serialize.close({ type: 'S', name }));
  prepared.toClose = [];
  const created: string[] = [];
  statements.forEach((s, i) => {
    let name = prepared.names.get(s.sql);
    if (name === undefined) {
      name = `salkku_rest_${prepared.next++}`;
      parts.push(serialize.parse({ name, text: s.sql }));
      created.push(name);
    } else {
      prepared.names.delete(s.sql); // most recently used goes last
    }
    prepared.names.set(s.sql, name);
    parts.push(bind(name, s.params));
    if (i === describe) parts.push(DESCRIBE_PORTAL);
    parts.push(EXECUTE);
  });
  for (const [sql, name] of prepared.names) {
    if (prepared.names.size <= MAX_PREPARED) break;
    prepared.names.delete(sql);
    prepared.toClose.push(name);
  }
  return { parts, created };
}

/** After a failed exchange: statements it meant to create may or may not exist; close them. */
function forget(db: PGlite, created: string[]): Uint8Array[] {
  const prepared = preparedFor(db);
  const gone = new Set(created);
  for (const [sql, name] of prepared.names) if (gone.has(name)) prepared.names.delete(sql);
  return created.map((name) => serialize.close({ type: 'S', name }));
}

/** What the worker-side runner reports before it runs a request's statements. */
interface RunHooks {
  /** Called when the request holds the database and its statements are about to run. */
  onStart?: () => void;
  /**
   * Yield one turn of the event loop before running (default true). On a thread that also
   * serves HTTP this lets requests that need no database be answered between two that do.
   */
  yieldFirst?: boolean;
  /** A NOTIFY delivered with a request's results (PGlite's own listeners do not see it). */
  onNotification?: (channel: string, payload: string) => void;
}

/**
 * Runs `context` (statements that return one row each, e.g. set_config) and then `main` in one
 * transaction on an in-process PGlite. `readOnly` requests run in one call; others keep the
 * transaction open until `decide` has seen the main statement's rows, then commit or roll back.
 * The database worker (db-worker.ts) runs requests through this.
 */
export async function runBatch<T>(
  db: PGlite,
  context: Statement[],
  main: Statement,
  readOnly: boolean,
  decide: (
    result: StatementResult,
  ) => { value: T; commit: boolean } | Promise<{ value: T; commit: boolean }>,
  hooks: RunHooks = {},
): Promise<T> {
  return db._runExclusiveTransaction(() =>
    db._runExclusiveQuery(async () => {
      // PGlite blocks its thread for each call, and the mutexes hand over through promise
      // callbacks, which run before any I/O: without this, a queue of heavy requests runs back
      // to back and nothing else on this thread is answered until the queue drains.
      if (hooks.yieldFirst !== false) await new Promise<void>((resolve) => setImmediate(resolve));
      hooks.onStart?.();
      if (readOnly) {
        const statements = [...context, main];
        const { parts, created } = encode(db, statements, context.length);
        let result: StatementResult;
        try {
          const output = await execRaw(db, concat([...parts, SYNC]));
          result = resultOf(output, context.length, hooks.onNotification);
        } catch (error) {
          // Sync has already rolled the implicit transaction back.
          await db.execProtocol(concat([...forget(db, created), SYNC]), {
            syncToFs: false,
            throwOnError: false,
          });
          throw error;
        }
        return (await decide(result)).value;
      }
      const statements: Statement[] = [{ sql: 'begin', params: [] }, ...context, main];
      const { parts, created } = encode(db, statements, statements.length - 1);
      let result: StatementResult;
      try {
        const output = await execRaw(db, concat([...parts, SYNC]));
        result = resultOf(output, statements.length - 1, hooks.onNotification);
      } catch (error) {
        // The explicit block is now aborted (or, if BEGIN itself failed, absent: ROLLBACK
        // then only warns).
        await db.execProtocol(concat([serialize.query('rollback'), ...forget(db, created), SYNC]), {
          syncToFs: false,
          throwOnError: false,
        });
        throw error;
      }
      let outcome: { value: T; commit: boolean };
      try {
        outcome = await decide(result);
      } catch (error) {
        await db.execProtocol(serialize.query('rollback'), { syncToFs: false });
        throw error;
      }
      // COMMIT can fail too (deferred constraints): then the transaction is gone and the
      // error goes to the caller, as with db.transaction().
      await db.execProtocol(serialize.query(outcome.commit ? 'commit' : 'rollback'));
      return outcome.value;
    }),
  );
}

/**
 * One REST request's transaction on the stack's database (see runBatch; the database worker
 * runs it). `timeoutMs` is the request's statement timeout: past it the caller gets 57014.
 */
export function runInTransaction<T>(
  db: Database,
  context: Statement[],
  main: Statement,
  readOnly: boolean,
  decide: Decide<T>,
  timeoutMs?: number,
): Promise<T> {
  statementLog.observe?.(context, main, readOnly);
  return db.batch(context, main, readOnly, decide, timeoutMs);
}
