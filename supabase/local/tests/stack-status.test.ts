// `npm run local:status` names the stack that is really running: started with --port and a
// data folder of its own, status finds it (with or without being told the folder) and checks
// that it answers.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../db.ts';
import { startLocalStack, type RunningStack } from '../stack.ts';

const run = promisify(execFile);
const root = mkdtempSync(join(tmpdir(), 'salkku-status-'));
const dataDir = join(root, 'db');
let stack: RunningStack | undefined;

async function status(args: string[] = []) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.SALKKU_DATA_DIR;
  const { stdout } = await run(
    process.execPath,
    ['--import', 'tsx', 'scripts/local-status.ts', ...args],
    { cwd: projectRoot, env },
  );
  return Object.fromEntries(
    stdout
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  ) as Record<string, string>;
}

beforeAll(async () => {
  stack = await startLocalStack({ dataDir, port: 0, seed: false });
});
afterAll(async () => {
  await stack?.close();
  rmSync(root, { recursive: true, force: true });
});

describe('npm run local:status with a stack on its own port and folder', () => {
  it('--data-dir <folder>: the running URL, not the default port', async () => {
    expect(stack?.port).not.toBe(54321);
    const env = await status(['--data-dir', dataDir]);
    expect(env.API_URL).toBe(stack?.url);
    expect(env.DB_PATH).toBe(dataDir);
    expect(env.STATUS).toBe('running');
  });

  it('without a folder: finds the live stack that recorded itself', async () => {
    const env = await status();
    expect(env.API_URL).toBe(stack?.url);
    expect(env.DB_PATH).toBe(dataDir);
    expect(env.STATUS).toBe('running');
  });

  it('once it has stopped: stopped, and the default URL', async () => {
    await stack?.close();
    stack = undefined;
    const env = await status(['--data-dir', dataDir]);
    expect(env.STATUS).toBe('stopped');
    expect(env.API_URL).toBe('http://127.0.0.1:54321');
  });
});
