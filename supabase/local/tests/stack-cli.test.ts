// The npm scripts as a developer runs them: local:status, user:add and db:reset, each in a
// child process (tsx), against a test gateway or a temporary database folder.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../db.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'salkku-cli-'));
let gw: TestGateway;

const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
  });

beforeAll(async () => {
  gw = await startTestGateway({ seed: true });
});
afterAll(async () => {
  await gw?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run local:status', () => {
  it('prints the names `supabase status -o env` uses', async () => {
    const dataDir = join(root, 'status-db');
    const { stdout } = await tsx('scripts/local-status.ts', [], { SALKKU_DATA_DIR: dataDir });
    const env = Object.fromEntries(
      stdout
        .trim()
        .split('\n')
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(env.API_URL).toBe('http://127.0.0.1:54321');
    expect(decodeJwt(env.ANON_KEY ?? '').role).toBe('anon');
    expect(decodeJwt(env.SERVICE_ROLE_KEY ?? '').role).toBe('service_role');
    expect(env.DB_PATH).toBe(dataDir);
    expect(env.OUTBOX_DIR).toMatch(/\.salkku\/outbox$/);
    expect(env.STATUS).toBe('stopped');

    // A live stack on the folder that answers: its URL from the lock file.
    writeFileSync(`${dataDir}.lock`, `${process.pid}\n${gw.url}\n`);
    const running = await tsx('scripts/local-status.ts', [], { SALKKU_DATA_DIR: dataDir });
    expect(running.stdout).toContain(`API_URL=${gw.url}\n`);
    expect(running.stdout).toContain('STATUS=running\n');
  });
});

describe('npm run db:reset', () => {
  it('refuses while a stack runs on the folder', async () => {
    const dataDir = join(root, 'status-db');
    await expect(
      tsx('scripts/db-reset.ts', [], { SALKKU_DATA_DIR: dataDir }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('stop it before resetting'),
    });
  });

  it('rebuilds the folder from migrations and seed', async () => {
    const dataDir = join(root, 'reset-db');
    const { stdout } = await tsx('scripts/db-reset.ts', ['--data-dir', dataDir]);
    expect(stdout).toMatch(/Database rebuilt in .*reset-db: \d+ migrations and the seed/);
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  });
});

describe('npm run user:add', () => {
  it('onboards a director through --url/--service-key and prints a password', async () => {
    const { stdout } = await tsx('scripts/user-add.ts', [
      '--url',
      gw.url,
      '--service-key',
      gw.serviceRoleKey,
      '--email',
      'cli.director@hel.test',
      '--role',
      'director',
      '--name',
      'Cli Johtaja',
    ]);
    expect(stdout).toMatch(
      /^Created cli\.director@hel\.test \([0-9a-f-]{36}\) on http.*, role director\n/,
    );
    const password = /Password: (\S+)/.exec(stdout)?.[1] ?? '';
    const { error } = await gw
      .client()
      .auth.signInWithPassword({ email: 'cli.director@hel.test', password });
    expect(error).toBeNull();
  });

  it('exits non-zero with the reason on bad input', async () => {
    await expect(
      tsx('scripts/user-add.ts', ['--email', 'x@hel.test', '--role', 'king']),
    ).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--role must be one of') });
    await expect(
      tsx('scripts/user-add.ts', ['--url', gw.url, '--email', 'x@hel.test', '--role', 'viewer'], {
        SUPABASE_SERVICE_ROLE_KEY: '',
      }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--service-key') });
  });
});
