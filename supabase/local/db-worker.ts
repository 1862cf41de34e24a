// The database worker (started by database.ts through db-worker.mjs): owns the PGlite
// instance and runs what the gateway's thread sends it, one message per call (several may come
// as one `many`). Before a call runs it marks it started in the memory it shares with the other
// side (started-calls.ts), so that side can time it and knows it is no longer safe to send again
// after a restart. Replies are posted at once, each as its own message.
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { bootstrapFile, openDatabase } from './db.ts';
import { runBatch, type StatementResult } from './gateway/rest/batch.ts';
import { StartedCalls } from './started-calls.ts';

interface Options {
  dataDir?: string;
  seed: boolean;
  migrations: boolean;
  migrationsDir?: string;
  /** A restart: the folder is already up to date; only open it. */
  reopen?: boolean;
  /** An in-memory database made once per test run (database.ts's templateFile). */
  templateFile?: string;
  /** database.ts's StartedCalls memory (started-calls.ts). */
  started: SharedArrayBuffer;
}

type Message = { id: number; op: string; [key: string]: unknown };

const port = parentPort;
if (!port) throw new Error('db-worker.ts runs as a worker thread');
const post = (m: unknown) => port.postMessage(m);

function wireError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const out: Record<string, unknown> = { message: error.message };
  for (const [k, v] of Object.entries(error)) {
    if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v;
  }
  return out;
}

const options = workerData as Options;

const started = new StartedCalls(options.started);
let db: PGlite;
try {
  if (options.reopen) {
    db = await PGlite.create({ dataDir: options.dataDir, extensions: { pgcrypto } });
    post({ type: 'ready', created: false, applied: [] });
  } else if (options.templateFile && existsSync(options.templateFile)) {
    db = await PGlite.create({
      loadDataDir: new Blob([readFileSync(options.templateFile)]),
      extensions: { pgcrypto },
    });
    post({ type: 'ready', created: true, applied: [] });
  } else if (options.migrations) {
    const opened = await openDatabase({
      dataDir: options.dataDir,
      seed: options.seed,
      migrationsDir: options.migrationsDir,
      log: (message) => post({ type: 'log', message }),
    });
    db = opened.db;
    if (options.templateFile) {
      // Written whole, then renamed: another test file never loads half a template.
      const dump = await db.dumpDataDir('none');
      const partial = `${options.templateFile}.${process.pid}-${randomBytes(4).toString('hex')}`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, options.templateFile);
    }
    post({ type: 'ready', created: opened.created, applied: opened.applied });
  } else {
    db = await PGlite.create({ dataDir: options.dataDir, extensions: { pgcrypto } });
    await db.exec(readFileSync(bootstrapFile, 'utf8'));
    post({ type: 'ready', created: true, applied: [] });
  }
} catch (error) {
  post({ type: 'failed', error: wireError(error) });
  throw error;
}

/** Open interactive transactions, by the id of the call that began them. */
const sessions = new Map<number, Transaction>();
const ends = new Map<number, (ok: boolean) => void>();
const decisions = new Map<number, (m: Message) => void>();
const unlisten = new Map<string, () => Promise<void>>();

class Aborted extends Error {}

async function reply(id: number, run: () => Promise<unknown>): Promise<void> {
  try {
    post({ type: 'done', id, ok: true, value: await run() });
  } catch (error) {
    post({ type: 'done', id, ok: false, error: wireError(error) });
  }
}

function session(m: Message): Transaction {
  const tx = sessions.get(m['tx'] as number);
  if (!tx) throw new Error('the transaction is over');
  return tx;
}

function handle(m: Message): Promise<void> | void {
  const { id } = m;
  const sql = m['sql'] as string;
  const params = m['params'] as unknown[] | undefined;
  const queryOptions = m['options'] as Parameters<PGlite['query']>[2];
  switch (m.op) {
    case 'many':
      for (const one of m['messages'] as Message[]) void handle(one);
      return;
    case 'query':
      started.mark(id);
      return reply(id, () => db.query(sql, params, queryOptions));
    case 'exec':
      started.mark(id);
      return reply(id, () => db.exec(sql, queryOptions));
    case 'batch':
      return reply(id, () =>
        runBatch(
          db,
          m['context'] as never,
          m['main'] as never,
          m['readOnly'] as boolean,
          m['readOnly']
            ? (result: StatementResult) => ({ value: result, commit: true })
            : (result: StatementResult) =>
                new Promise<{ value: undefined; commit: boolean }>((resolve) => {
                  decisions.set(id, (d) =>
                    resolve({ value: undefined, commit: d['commit'] === true }),
                  );
                  post({ type: 'decide', id, result });
                }),
          {
            yieldFirst: false,
            onStart: () => started.mark(id),
            onNotification: (channel, payload) => {
              if (unlisten.has(channel)) post({ type: 'notify', channel, payload });
            },
          },
        ),
      );
    case 'decide': {
      const decided = decisions.get(id);
      decisions.delete(id);
      decided?.(m);
      return;
    }
    case 'tx.begin':
      return reply(id, () =>
        db.transaction(async (tx) => {
          sessions.set(id, tx);
          started.mark(id);
          post({ type: 'start', id });
          const ok = await new Promise<boolean>((resolve) => ends.set(id, resolve));
          sessions.delete(id);
          if (!ok) throw new Aborted('rolled back');
        }),
      );
    case 'tx.end': {
      const tx = m['tx'] as number;
      ends.get(tx)?.(m['ok'] === true);
      ends.delete(tx);
      return;
    }
    case 'tx.query':
      return reply(id, () => session(m).query(sql, params, queryOptions));
    case 'tx.exec':
      return reply(id, () => session(m).exec(sql, queryOptions));
    case 'tx.rollback':
      return reply(id, () => session(m).rollback());
    case 'listen':
      return reply(id, async () => {
        const channel = m['channel'] as string;
        if (unlisten.has(channel)) return;
        unlisten.set(
          channel,
          await db.listen(channel, (payload) => post({ type: 'notify', channel, payload })),
        );
      });
    case 'unlisten':
      return reply(id, async () => {
        const channel = m['channel'] as string;
        await unlisten.get(channel)?.();
        unlisten.delete(channel);
      });
    case 'close':
      return reply(id, async () => {
        await db.close();
      });
    default:
      return reply(id, () => Promise.reject(new Error(`unknown call ${m.op}`)));
  }
}

port.on('message', (m: Message) => void handle(m));
