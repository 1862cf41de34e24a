// Durability: the standalone server runs as a child process, clients stream inserts, the
// process is SIGKILLed mid-stream, a new server opens the same folder — every write that was
// acknowledged (2xx) must be there, and the database must take new writes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../db.ts';

const root = mkdtempSync(join(tmpdir(), 'salkku-durability-'));
const dataDir = join(root, 'db');
const migrations = join(root, 'migrations');
mkdirSync(migrations);
writeFileSync(
  join(migrations, '20260101000000_stream.sql'),
  `create table public.stream (id integer primary key, writer integer not null, payload text not null);
   alter table public.stream enable row level security;`,
);

interface Server {
  child: ChildProcess;
  url: string;
  serviceKey: string;
  exited: Promise<number | null>;
}

function startServer(): Promise<Server> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'supabase/local/server.ts',
      '--port',
      '0',
      '--data-dir',
      dataDir,
      '--migrations-dir',
      migrations,
      '--no-seed',
      '--quiet',
    ],
    { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 60_000);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const url = /^API_URL=(.+)$/m.exec(out)?.[1];
      const serviceKey = /^SERVICE_ROLE_KEY=(.+)$/m.exec(out)?.[1];
      if (url && serviceKey && /^OUTBOX_DIR=/m.test(out)) {
        clearTimeout(timer);
        resolve({ child, url, serviceKey, exited });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${err}`));
    });
  });
}

const headers = (key: string) => ({
  apikey: key,
  Authorization: `Bearer ${key}`,
  'Content-Type': 'application/json',
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('SIGKILL in the middle of a stream of writes', () => {
  it('keeps every acknowledged write, and the database stays usable', async () => {
    const first = await startServer();
    const acknowledged = new Set<number>();
    let failed = 0;
    let killed = false;
    const WRITERS = 4;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const id = i * WRITERS + w;
        try {
          const res = await fetch(`${first.url}/rest/v1/stream`, {
            method: 'POST',
            headers: { ...headers(first.serviceKey), Prefer: 'return=minimal' },
            body: JSON.stringify({ id, writer: w, payload: 'x'.repeat(200) }),
          });
          if (res.status === 201) acknowledged.add(id);
          else failed++;
          await res.arrayBuffer();
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    // Let a few hundred writes through, then kill without warning.
    while (acknowledged.size < 300) await new Promise((r) => setTimeout(r, 20));
    first.child.kill('SIGKILL');
    killed = true;
    await first.exited;
    await Promise.all(writers);
    expect(failed).toBe(0);
    expect(acknowledged.size).toBeGreaterThanOrEqual(300);

    // The same folder, a new process (the dead one's lock is taken over).
    const second = await startServer();
    try {
      const res = await fetch(`${second.url}/rest/v1/stream?select=id&order=id`, {
        headers: headers(second.serviceKey),
      });
      expect(res.status).toBe(200);
      const ids = new Set(((await res.json()) as { id: number }[]).map((r) => r.id));
      const lost = [...acknowledged].filter((id) => !ids.has(id));
      expect(lost).toEqual([]);
      // At most the in-flight writes (one per writer) may be there without an ack.
      expect(ids.size - acknowledged.size).toBeLessThanOrEqual(WRITERS);

      const insert = await fetch(`${second.url}/rest/v1/stream`, {
        method: 'POST',
        headers: { ...headers(second.serviceKey), Prefer: 'return=representation' },
        body: JSON.stringify({ id: -1, writer: -1, payload: 'after restart' }),
      });
      expect(insert.status).toBe(201);
      const count = await fetch(`${second.url}/rest/v1/stream?select=id&limit=1`, {
        headers: { ...headers(second.serviceKey), Prefer: 'count=exact' },
      });
      expect(count.headers.get('content-range')).toBe(`0-0/${ids.size + 1}`);
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});
