// Mounts the local Supabase stack into Vite's dev and preview servers, so one process serves
// the app and /rest/v1 + /auth/v1 (and the Atom feeds under /feeds/) on one origin. Active
// only when VITE_SUPABASE_URL is unset (the app then talks to its own origin); the anon key
// of the local install is defined for the client. `vite build` only defines the key (for
// `vite preview` against the local stack); it never opens the database, and neither does vitest.
//
// Environment: SALKKU_DATA_DIR picks the database folder (default .salkku/db);
// SALKKU_FRESH_DB=1 deletes it first, so the stack starts from the seed (the e2e tests).
import { rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isAbsolute, relative, resolve } from 'node:path';
import { loadEnv, type Connect, type Logger, type Plugin } from 'vite';
import { projectRoot } from './db.ts';
import { loadOrCreateKeys } from './keys.ts';
import { createLocalStack, defaultDataDir, recordStackUrl, type LocalStack } from './stack.ts';

export interface SalkkuLocalStackOptions {
  /** Database folder (default: $SALKKU_DATA_DIR or .salkku/db). */
  dataDir?: string;
}

interface SharedStack {
  stack: Promise<LocalStack>;
  users: number;
}

interface Registry {
  stacks: Map<string, SharedStack>;
  /** Stacks still closing: a new one on the same folder waits for them. */
  closing: Map<string, Promise<void>>;
  /** Folders already wiped for SALKKU_FRESH_DB in this process (not again on restarts). */
  wiped: Set<string>;
}

// Vite re-imports its config (and this module) when it restarts the server, and may open the
// new server before closing the old one; the stack is shared through globalThis so the
// database is opened once per process.
const REGISTRY = Symbol.for('salkku.localStack');
function registry(): Registry {
  const g = globalThis as typeof globalThis & { [REGISTRY]?: Registry };
  g[REGISTRY] ??= { stacks: new Map(), closing: new Map(), wiped: new Set() };
  return g[REGISTRY];
}

const API_PREFIXES = ['/rest/v1', '/auth/v1'];
const isApi = (url: string | undefined) =>
  !!url &&
  (API_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`)) ||
    url.startsWith('/feeds/'));
// The local mail viewer and the stand-in for the hosted mail-worker function (supabase/local/mail).
const isMail = (url: string | undefined) =>
  !!url &&
  (url === '/_mail' || url.startsWith('/_mail/') || url.startsWith('/functions/v1/mail-worker/'));

function acquire(dataDir: string, siteUrl: string, logger: Logger): SharedStack {
  const { stacks, closing, wiped } = registry();
  let entry = stacks.get(dataDir);
  if (!entry) {
    const previous = closing.get(dataDir) ?? Promise.resolve();
    const stack = previous.then(() => {
      if (process.env.SALKKU_FRESH_DB === '1' && !wiped.has(dataDir)) {
        wiped.add(dataDir);
        rmSync(dataDir, { recursive: true, force: true });
      }
      return createLocalStack({
        dataDir,
        siteUrl,
        log: (m) => logger.info(`[salkku] ${m}`, { timestamp: true }),
      });
    });
    entry = { stack, users: 0 };
    stacks.set(dataDir, entry);
    stack.catch((error: unknown) => {
      stacks.delete(dataDir);
      logger.error(`[salkku] the local stack failed to start: ${String(error)}`);
    });
  }
  entry.users++;
  return entry;
}

function release(dataDir: string, entry: SharedStack): Promise<void> {
  entry.users--;
  if (entry.users > 0) return Promise.resolve();
  const { stacks, closing } = registry();
  if (stacks.get(dataDir) === entry) stacks.delete(dataDir);
  const done = entry.stack
    .then((s) => s.close())
    .catch(() => {})
    .finally(() => {
      if (closing.get(dataDir) === done) closing.delete(dataDir);
    });
  closing.set(dataDir, done);
  return done;
}

function banner(logger: Logger, dataDir: string, stack: LocalStack) {
  const rel = (p: string) => (isAbsolute(p) ? relative(projectRoot, p) || '.' : p);
  logger.info(
    [
      '',
      `  Salkku local Supabase stack: /rest/v1 and /auth/v1 on this origin (database ${rel(dataDir)})`,
      '  Demo sign-ins, password salkku-demo: admin@ director@ lead@ lead2@ viewer@salkku.test',
      stack.mail
        ? `  Mail (reminders, password recovery): /_mail on this origin (SMTP on ${stack.mail.catcher.host}:${stack.mail.catcher.port})`
        : `  Recovery mails are written to ${rel(stack.config.outboxDir)}/`,
      '',
    ].join('\n'),
  );
}

function mount(
  middlewares: Connect.Server,
  server: { close(): Promise<void> },
  logger: Logger,
  dataDir: string,
  siteUrl: string,
) {
  const entry = acquire(dataDir, siteUrl, logger);
  void entry.stack
    .then((stack) => {
      recordStackUrl(dataDir, siteUrl);
      banner(logger, dataDir, stack);
    })
    .catch(() => {});
  middlewares.use((req: IncomingMessage, res: ServerResponse, next: Connect.NextFunction) => {
    if (isMail(req.url)) {
      entry.stack.then(
        (stack) => {
          if (!stack.mail?.handle(req, res)) next();
        },
        () => next(),
      );
      return;
    }
    if (!isApi(req.url)) {
      next();
      return;
    }
    entry.stack.then(
      (stack) => stack.gateway.middleware(req, res, next),
      () => {
        res.writeHead(503, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(
          JSON.stringify({ message: 'The local Supabase stack failed to start; see the terminal' }),
        );
      },
    );
  });
  // Closing the server closes the database (awaited, so a restart can reopen the folder).
  const close = server.close.bind(server);
  let released: Promise<void> | undefined;
  server.close = async () => {
    await close();
    released ??= release(dataDir, entry);
    await released;
  };
}

export function salkkuLocalStack(options: SalkkuLocalStackOptions = {}): Plugin {
  let local = false;
  const dataDir = resolve(
    projectRoot,
    options.dataDir ?? process.env.SALKKU_DATA_DIR ?? defaultDataDir,
  );
  return {
    name: 'salkku-local-stack',
    async config(config, { mode }) {
      if (process.env.VITEST) return;
      const env = loadEnv(mode, config.envDir || config.root || process.cwd(), 'VITE_');
      if (env.VITE_SUPABASE_URL || process.env.VITE_SUPABASE_URL) return;
      local = true;
      if (env.VITE_SUPABASE_ANON_KEY || process.env.VITE_SUPABASE_ANON_KEY) return;
      const { anonKey } = await loadOrCreateKeys();
      return { define: { 'import.meta.env.VITE_SUPABASE_ANON_KEY': JSON.stringify(anonKey) } };
    },
    configureServer(server) {
      if (!local) return;
      const { port = 5173, https } = server.config.server;
      const siteUrl = `${https ? 'https' : 'http'}://localhost:${port}`;
      mount(server.middlewares, server, server.config.logger, dataDir, siteUrl);
    },
    configurePreviewServer(server) {
      if (!local) return;
      const { port = 4173, https } = server.config.preview;
      const siteUrl = `${https ? 'https' : 'http'}://localhost:${port}`;
      mount(server.middlewares, server, server.config.logger, dataDir, siteUrl);
    },
  };
}
