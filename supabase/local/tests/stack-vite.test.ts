// The Vite plugin: a dev server with the plugin serves the app and /auth/v1 + /rest/v1 on one
// origin, defines the local anon key for the client, and closes the database with the server.
// With VITE_SUPABASE_URL set it stays out of the way.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { projectRoot } from '../db.ts';
import { loadOrCreateKeys } from '../keys.ts';
import { salkkuLocalStack } from '../vite-plugin.ts';

const root = mkdtempSync(join(tmpdir(), 'salkku-vite-'));
const dataDir = join(root, 'db');
const saved = { VITEST: process.env.VITEST, VITE_SUPABASE_URL: process.env.VITE_SUPABASE_URL };
let server: ViteDevServer | undefined;

beforeEach(() => {
  // The plugin stays off under vitest; these tests are the exception.
  delete process.env.VITEST;
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  process.env.VITEST = saved.VITEST;
  if (saved.VITE_SUPABASE_URL === undefined) delete process.env.VITE_SUPABASE_URL;
  else process.env.VITE_SUPABASE_URL = saved.VITE_SUPABASE_URL;
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

async function start(): Promise<string> {
  server = await createServer({
    root: projectRoot,
    configFile: false,
    logLevel: 'silent',
    plugins: [salkkuLocalStack({ dataDir })],
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  const { port } = server.httpServer?.address() as AddressInfo;
  return `http://127.0.0.1:${port}`;
}

describe('vite dev server with the local stack', () => {
  it('serves the app and the API on one origin, with the local anon key defined', async () => {
    const url = await start();
    const { anonKey } = await loadOrCreateKeys();
    expect(server?.config.define?.['import.meta.env.VITE_SUPABASE_ANON_KEY']).toBe(
      JSON.stringify(anonKey),
    );
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root"');

    const signIn = await fetch(`${url}/auth/v1/token?grant_type=password`, {
      method: 'POST',
      headers: { apikey: anonKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'director@salkku.test', password: 'salkku-demo' }),
    });
    expect(signIn.status).toBe(200);
    const { access_token: token } = (await signIn.json()) as { access_token: string };
    const roles = await fetch(`${url}/rest/v1/user_roles?select=role&order=role`, {
      headers: { apikey: anonKey, Authorization: `Bearer ${token}` },
    });
    expect(await roles.json()).toEqual([
      { role: 'admin' },
      { role: 'director' },
      { role: 'viewer' },
    ]);

    // The database folder is locked while the server runs and released when it closes.
    expect(existsSync(`${dataDir}.lock`)).toBe(true);
    await server?.close();
    server = undefined;
    for (let i = 0; i < 100 && existsSync(`${dataDir}.lock`); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });

  it('with VITE_SUPABASE_URL set, mounts nothing and defines nothing', async () => {
    process.env.VITE_SUPABASE_URL = 'https://example.supabase.co';
    const url = await start();
    expect(server?.config.define?.['import.meta.env.VITE_SUPABASE_ANON_KEY']).toBeUndefined();
    const res = await fetch(`${url}/auth/v1/health`);
    expect(res.headers.get('x-supabase-api-version')).toBeNull();
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
});
