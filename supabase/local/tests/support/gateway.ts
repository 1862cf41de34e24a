// Test support for the gateway suites: starts the gateway on an in-memory PGlite behind a real
// http.Server on 127.0.0.1, with keys signed for a per-run secret. Shared by the REST and Auth
// conformance suites, the app's *.db.test.ts files and the API benchmarks.
import { PGlite } from '@electric-sql/pglite';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import {
  createClient,
  type SupabaseClient,
  type SupabaseClientOptions,
} from '@supabase/supabase-js';
import { SignJWT, type JWTPayload } from 'jose';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrapFile, openDatabase, seedFile } from '../../db.ts';
import { createGateway } from '../../gateway/http.ts';
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
}

export interface TestGateway {
  url: string;
  anonKey: string;
  serviceRoleKey: string;
  jwtSecret: string;
  db: PGlite;
  config: GatewayConfig;
  signJwt(
    claims: JWTPayload & { role?: string },
    opts?: { expiresIn?: string | number },
  ): Promise<string>;
  /** A supabase-js client using the anon key, or `token` as the bearer when given. */
  client(token?: string): SupabaseClient;
  close(): Promise<void>;
}

/**
 * A database with every migration run (and the seed when asked). Migrating takes seconds, and
 * dozens of test files each want one, so under vitest the first file to need one dumps it into
 * the folder of this run that the db project's global setup names (SALKKU_TEST_DB_TEMPLATES,
 * db-templates.ts) and every later file loads a copy of it: the same database, made by the same
 * code. Without that folder (the benchmarks) it migrates as before.
 */
async function migratedDatabase(seed: boolean): Promise<PGlite> {
  const dir = process.env.SALKKU_TEST_DB_TEMPLATES;
  if (!dir) return (await openDatabase({ seed })).db;
  const file = join(dir, seed ? 'seeded.tar' : 'migrated.tar');
  if (existsSync(file)) {
    return PGlite.create({
      loadDataDir: new Blob([readFileSync(file)]),
      extensions: { pgcrypto },
    });
  }
  let db: PGlite;
  if (seed) {
    // What openDatabase does to a new database: migrate, then the seed.
    db = await migratedDatabase(false);
    await db.exec(readFileSync(seedFile, 'utf8'));
  } else {
    db = (await openDatabase({ seed: false })).db;
  }
  const dump = await db.dumpDataDir('none');
  // Written whole, then renamed: another worker never loads half a file.
  const partial = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
  renameSync(partial, file);
  return db;
}

export async function startTestGateway(opts: StartOptions = {}): Promise<TestGateway> {
  const { migrations = true, seed = false, setupSql = [] } = opts;
  let db: PGlite;
  if (migrations) {
    db = await migratedDatabase(seed);
  } else {
    db = await PGlite.create({ extensions: { pgcrypto } });
    await db.exec(readFileSync(bootstrapFile, 'utf8'));
  }
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
  server.keepAliveTimeout = 1000;
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
