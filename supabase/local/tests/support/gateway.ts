// Test support for the gateway suites: starts the gateway on an in-memory PGlite (in its worker
// thread, as the stack runs it; or in a folder, `dataDir`) behind a real
// http.Server on 127.0.0.1, with keys signed for a per-run secret. Shared by the REST and Auth
// conformance suites, the app's *.db.test.ts files and the API benchmarks.
import {
  createClient,
  type SupabaseClient,
  type SupabaseClientOptions,
} from '@supabase/supabase-js';
import { SignJWT, type JWTPayload } from 'jose';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openWorkerDatabase, type Database } from '../../database.ts';
import { createGateway, KEEP_ALIVE_TIMEOUT_MS } from '../../gateway/http.ts';
import type { GatewayConfig } from '../../gateway/types.ts';
import WebSocket from 'ws';

type RealtimeTransport = NonNullable<
  NonNullable<SupabaseClientOptions<'public'>['realtime']>['transport']
>;

export interface StartOptions {
  /** SQL run (in order) after the bootstrap/migrations, as the superuser. */
  setupSql?: string[];
  /** Load supabase/seed.sql (only with migrations; default false). */
  seed?: boolean;
  /** Run the project's migrations (default true); false = bootstrap only. */
  migrations?: boolean;
  config?: Partial<GatewayConfig>;
  /** Persist in this folder (a statement timeout then restarts the database); default in memory. */
  dataDir?: string;
}

export interface TestGateway {
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  db: Database;
  config: GatewayConfig;
  signJwt(
    claims: JWTPayload & { role?: string },
    opts?: { expiresIn?: string | number },
  ): Promise<string>;
  /** A supabase-js client using the anon key, or `token` as the bearer when given. */
  client(token?: string): SupabaseClient;
  close(): Promise<void>;
}

export async function startTestGateway(opts: StartOptions = {}): Promise<TestGateway> {
  const { migrations = true, seed = false, setupSql = [] } = opts;
  // Migrating takes seconds and dozens of test files want a database: under vitest the first
  // file to need one leaves a dump in the run's folder (SALKKU_TEST_DB_TEMPLATES, set by the db
  // project's global setup in db-templates.ts) and every later one loads it. Without that folder
  // (the benchmarks), and for databases kept in a folder, it migrates as before.
  const templates = process.env.SALKKU_TEST_DB_TEMPLATES;
  const templateFile =
    templates && migrations && !opts.dataDir
      ? join(templates, seed ? 'seeded.tar' : 'migrated.tar')
      : undefined;
  const { db } = await openWorkerDatabase({
    seed,
    migrations,
    dataDir: opts.dataDir,
    templateFile,
  });
  for (const sql of setupSql) await db.exec(sql);

  const jwtSecret = randomBytes(32).toString('base64url');
  const key = new TextEncoder().encode(jwtSecret);
  const signJwt: TestGateway['signJwt'] = async (claims, o = {}) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setIssuedAt();
    if (o.expiresIn !== undefined) jwt.setExpirationTime(o.expiresIn);
    else if (claims.exp === undefined) jwt.setExpirationTime('1h');
    return jwt.sign(key);
  };
  const anonKey = await signJwt({ role: 'anon', iss: 'supabase' }, { expiresIn: '10y' });
  const serviceRoleKey = await signJwt(
    { role: 'service_role', iss: 'supabase' },
    { expiresIn: '10y' },
  );

  const config: GatewayConfig = {
    jwtSecret,
    anonKey,
    serviceRoleKey,
    siteUrl: 'http://localhost:5173',
    schemas: ['public'],
    maxRows: 1000,
    maxBodyBytes: 1024 * 1024,
    jwtExpiry: 3600,
    enableSignup: false,
    outboxDir: join(tmpdir(), `salkku-outbox-${process.pid}-${randomBytes(4).toString('hex')}`),
    ...opts.config,
  };
  const gateway = createGateway({ db, config });
  const server = createServer((req, res) => void gateway.handle(req, res));
  // As the stack serves it (stack.ts): clients keep their connections between requests.
  server.keepAliveTimeout = KEEP_ALIVE_TIMEOUT_MS;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    anonKey,
    serviceRoleKey,
    jwtSecret,
    db,
    config,
    signJwt,
    client(token?: string) {
      return createClient(url, anonKey, {
        auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
        // Node 20 has no global WebSocket; realtime-js needs one even when unused.
        realtime: { transport: WebSocket as unknown as RealtimeTransport },
        global: token ? { headers: { Authorization: `Bearer ${token}` } } : {},
      });
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await db.close();
    },
  };
}
