// The whole local stack in one process: the persisted PGlite database (bootstrap, pending
// migrations, seed on a new database), the per-install keys and the gateway — either as a
// middleware (the Vite plugin mounts it) or behind its own http.Server (server.ts, tests).
//
// Durability: PGlite's NodeFS is Emscripten's NODEFS, which writes straight through to the
// real files with synchronous fs calls, and Postgres writes the WAL at every commit
// (synchronous_commit stays on; relaxedDurability stays false). PGlite runs with fsync off,
// so a write acknowledged to a client survives the process being killed (SIGKILL), though
// not a power cut; the kill-and-restart test in tests/stack-durability.test.ts checks it.
// PGlite runs in a worker thread (database.ts): a statement past its timeout gets the worker
// terminated and started again on the folder, which is the same recovery.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { openWorkerDatabase, type Database } from './database.ts';
import { projectRoot } from './db.ts';
import { createGateway, KEEP_ALIVE_TIMEOUT_MS, type Gateway } from './gateway/http.ts';
import { startLocalMail, type LocalMail } from './mail/index.ts';
import type { GatewayConfig } from './gateway/types.ts';
import { defaultGatewayConfig, loadOrCreateKeys, localStateDir, type LocalKeys } from './keys.ts';

export const defaultDataDir = join(localStateDir, 'db');

export interface LocalStackOptions {
  /** Database folder, relative to the project root (default .salkku/db). */
  dataDir?: string;
  /** Folder of jwt-secret (default .salkku). */
  keysDir?: string;
  /** Public URL of the API (mails, Link headers, token issuer). */
  siteUrl?: string;
  /** Load supabase/seed.sql when the database is new (default true). */
  seed?: boolean;
  /** Migrations folder (default supabase/migrations). */
  migrationsDir?: string;
  config?: Partial<GatewayConfig>;
  /** The mail catcher and reminder timer (default on); false leaves them out. */
  mail?: boolean | { smtpPort?: number; intervalMs?: number };
  log?: (message: string) => void;
}

export interface LocalStack {
  db: Database;
  keys: LocalKeys;
  config: GatewayConfig;
  gateway: Gateway;
  /** Mail: the catcher (SMTP + /_mail), reminders on a timer, the unsubscribe route. */
  mail: LocalMail | null;
  /** Serves a request: the mail routes, else the gateway. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  dataDir: string;
  /** Whether the database was created (and seeded) by this start. */
  created: boolean;
  /** Migration versions applied by this start. */
  applied: string[];
  close(): Promise<void>;
}

export interface RunningStack extends LocalStack {
  url: string;
  port: number;
  server: Server;
}

const absolute = (path: string) => (isAbsolute(path) ? path : resolve(projectRoot, path));

/**
 * One process at a time may open a PGlite folder (it is a single-user Postgres). A lock file
 * beside the folder names the owner; a lock whose process is gone is taken over.
 */
function acquireLock(dataDir: string): () => void {
  const lock = `${dataDir}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (Number.parseInt(readFileSync(lock, 'utf8'), 10) === process.pid) {
            rmSync(lock, { force: true });
          }
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(readFileSync(lock, 'utf8'), 10);
      if (Number.isInteger(owner) && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `The local database ${dataDir} is in use by process ${owner} ` +
            '(is `npm run dev` or `npm run local:start` running?). Stop it first.',
          { cause: error },
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new Error(`Could not lock ${dataDir}`);
}

/** Where running stacks note themselves, one file per data folder, for local:status. */
const stacksDir = join(localStateDir, 'stacks');
const stackRecord = (dataDir: string) =>
  join(stacksDir, `${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}.json`);

export interface StackRecord {
  pid: number;
  url: string;
  dataDir: string;
  startedAt: string;
}

/**
 * Notes where the stack serves: in the lock file beside its data folder, and in
 * .salkku/stacks/, so `npm run local:status` and user:add find a stack started with its own
 * --port and --data-dir.
 */
export function recordStackUrl(dataDir: string, url: string): void {
  const folder = absolute(dataDir);
  const lock = `${folder}.lock`;
  try {
    if (Number.parseInt(readFileSync(lock, 'utf8'), 10) !== process.pid) return;
    writeFileSync(lock, `${process.pid}\n${url}\n`);
  } catch {
    return; // no lock, nothing to note
  }
  const record: StackRecord = {
    pid: process.pid,
    url,
    dataDir: folder,
    startedAt: new Date().toISOString(),
  };
  mkdirSync(stacksDir, { recursive: true });
  writeFileSync(stackRecord(folder), `${JSON.stringify(record)}\n`);
}

function forgetStack(dataDir: string): void {
  const file = stackRecord(dataDir);
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as StackRecord;
    if (record.pid === process.pid) rmSync(file, { force: true });
  } catch {
    // already gone
  }
}

/** The URL of a stack running on this folder in another (live) process, if any. */
export function runningStackUrl(dataDir: string = defaultDataDir): string | undefined {
  try {
    const [pid = '', url] = readFileSync(`${absolute(dataDir)}.lock`, 'utf8').split('\n');
    const owner = Number.parseInt(pid, 10);
    return Number.isInteger(owner) && isAlive(owner) && url ? url.trim() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Stacks that noted themselves and whose process is alive, newest first: the default folder's
 * first when it runs. Whether they answer is for the caller to check.
 */
export function runningStacks(): StackRecord[] {
  let files: string[];
  try {
    files = readdirSync(stacksDir).filter((f) => f.endsWith('.json'));
  } catch {
    files = [];
  }
  const records: StackRecord[] = [];
  for (const file of files) {
    try {
      const record = JSON.parse(readFileSync(join(stacksDir, file), 'utf8')) as StackRecord;
      if (!isAlive(record.pid)) rmSync(join(stacksDir, file), { force: true });
      else if (runningStackUrl(record.dataDir) === record.url) records.push(record);
    } catch {
      // unreadable or half-written: skip
    }
  }
  const rank = (r: StackRecord) => (r.dataDir === defaultDataDir ? 1 : 0);
  return records.sort((a, b) => rank(b) - rank(a) || b.startedAt.localeCompare(a.startedAt));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Opens the database and builds the gateway, without listening anywhere. */
export async function createLocalStack(options: LocalStackOptions = {}): Promise<LocalStack> {
  const dataDir = absolute(options.dataDir ?? defaultDataDir);
  const log = options.log ?? (() => {});
  const keys = await loadOrCreateKeys(options.keysDir ? absolute(options.keysDir) : undefined);
  const release = acquireLock(dataDir);
  try {
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true });
    const { db, created, applied } = await openWorkerDatabase({
      dataDir,
      seed: options.seed ?? true,
      migrationsDir: options.migrationsDir,
      log,
    });
    const config = defaultGatewayConfig(keys, {
      ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}),
      ...options.config,
    });
    const gateway = createGateway({ db, config });
    const mailOptions = typeof options.mail === 'object' ? options.mail : {};
    let mail: LocalMail | null = null;
    if (options.mail !== false) {
      try {
        mail = await startLocalMail({
          db,
          siteUrl: config.siteUrl,
          outboxDir: config.outboxDir,
          log,
          ...mailOptions,
        });
      } catch (error) {
        await db.close();
        throw error;
      }
    }
    let closed = false;
    return {
      db,
      keys,
      config,
      gateway,
      mail,
      handle(req, res) {
        if (mail?.handle(req, res)) return;
        void gateway.handle(req, res);
      },
      dataDir,
      created,
      applied,
      async close() {
        if (closed) return;
        closed = true;
        try {
          await mail?.close();
          await db.close();
        } finally {
          forgetStack(dataDir);
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** Opens the stack and serves it on http://host:port (port 0 picks a free one). */
export async function startLocalStack(
  options: LocalStackOptions & { port?: number; host?: string } = {},
): Promise<RunningStack> {
  const port = options.port ?? 54321;
  const host = options.host ?? '127.0.0.1';
  const server = createServer();
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const actual = (server.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}`;
  let stack: LocalStack;
  try {
    stack = await createLocalStack({ siteUrl: url, ...options });
  } catch (error) {
    server.close();
    throw error;
  }
  recordStackUrl(stack.dataDir, url);
  server.on('request', (req, res) => {
    stack.handle(req, res);
  });
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  return {
    ...stack,
    url,
    port: actual,
    server,
    async close() {
      await new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      });
      await stack.close();
    },
  };
}
