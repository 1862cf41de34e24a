// The persisted stack: a new migration applies on the next start without losing data, the
// seed runs on a new database only, and one folder is opened by one process at a time.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createLocalStack, startLocalStack } from '../stack.ts';

const root = mkdtempSync(join(tmpdir(), 'salkku-stack-'));
const migrations = join(root, 'migrations');
mkdirSync(migrations);
const dataDir = join(root, 'db');
const keysDir = join(root, 'keys');

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('migrations on a persisted database', () => {
  it('applies pending migrations on the next start and keeps the data', async () => {
    writeFileSync(
      join(migrations, '20260101000000_notes.sql'),
      'create table public.notes (id integer primary key, body text not null);',
    );
    const first = await createLocalStack({
      dataDir,
      keysDir,
      migrationsDir: migrations,
      seed: false,
    });
    expect(first.created).toBe(true);
    expect(first.applied).toEqual(['20260101000000']);
    await first.db.query("insert into public.notes values (1, 'kept')");
    await first.close();

    writeFileSync(
      join(migrations, '20260102000000_note_tags.sql'),
      "alter table public.notes add column tag text not null default 'untagged';",
    );
    const second = await createLocalStack({
      dataDir,
      keysDir,
      migrationsDir: migrations,
      seed: false,
    });
    try {
      expect(second.created).toBe(false);
      expect(second.applied).toEqual(['20260102000000']);
      const rows = await second.db.query('select id, body, tag from public.notes');
      expect(rows.rows).toEqual([{ id: 1, body: 'kept', tag: 'untagged' }]);
      const recorded = await second.db.query<{ version: string; name: string }>(
        'select version, name from supabase_migrations.schema_migrations order by version',
      );
      expect(recorded.rows).toEqual([
        { version: '20260101000000', name: 'notes' },
        { version: '20260102000000', name: 'note_tags' },
      ]);
    } finally {
      await second.close();
    }

    const third = await createLocalStack({
      dataDir,
      keysDir,
      migrationsDir: migrations,
      seed: false,
    });
    expect(third.applied).toEqual([]);
    await third.close();
  });

  it('a failing migration is rolled back and stops the start; fixed, it applies', async () => {
    const bad = join(migrations, '20260103000000_broken.sql');
    writeFileSync(bad, "insert into public.notes values (2, 'half'); select 1/0;");
    await expect(
      createLocalStack({ dataDir, keysDir, migrationsDir: migrations, seed: false }),
    ).rejects.toThrow(/division by zero/);
    writeFileSync(bad, "insert into public.notes values (2, 'whole');");
    const stack = await createLocalStack({
      dataDir,
      keysDir,
      migrationsDir: migrations,
      seed: false,
    });
    try {
      expect(stack.applied).toEqual(['20260103000000']);
      const rows = await stack.db.query('select id, body from public.notes order by id');
      expect(rows.rows).toEqual([
        { id: 1, body: 'kept' },
        { id: 2, body: 'whole' },
      ]);
    } finally {
      await stack.close();
    }
  });
});

describe('locking and keys', () => {
  it('a lock left by a dead process is taken over; a live owner is refused', async () => {
    writeFileSync(`${dataDir}.lock`, '999999999\nhttp://127.0.0.1:1\n');
    const stack = await startLocalStack({
      dataDir,
      keysDir,
      migrationsDir: migrations,
      seed: false,
      port: 0,
    });
    try {
      expect(stack.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const res = await fetch(`${stack.url}/auth/v1/health`, {
        headers: { apikey: stack.keys.anonKey },
      });
      expect(res.status).toBe(200);
    } finally {
      await stack.close();
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
    // PID 1 is alive and is not us.
    writeFileSync(`${dataDir}.lock`, '1\n');
    await expect(
      createLocalStack({ dataDir, keysDir, migrationsDir: migrations, seed: false }),
    ).rejects.toThrow(/in use by process 1/);
    rmSync(`${dataDir}.lock`);
  });

  it('keys are stable per install and the secret file is private', async () => {
    const { loadOrCreateKeys } = await import('../keys.ts');
    const { statSync } = await import('node:fs');
    const { decodeJwt } = await import('jose');
    const a = await loadOrCreateKeys(keysDir);
    const b = await loadOrCreateKeys(keysDir);
    expect(b).toEqual(a);
    expect(statSync(join(keysDir, 'jwt-secret')).mode & 0o777).toBe(0o600);
    expect(decodeJwt(a.anonKey)).toMatchObject({ role: 'anon', iss: 'salkku-local' });
    expect(decodeJwt(a.serviceRoleKey)).toMatchObject({ role: 'service_role' });
    const other = await loadOrCreateKeys(join(root, 'other-keys'));
    expect(other.jwtSecret).not.toBe(a.jwtSecret);
  });
});
