// The hosted worker is a Supabase Edge Function (Deno). `npm test` type-checks it with
// `deno check` and runs its Deno tests (supabase/functions/**/*_test.ts) with `deno test`,
// using the npm package `deno` and the project's node_modules for npm: imports (no network).
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../db.ts';

function deno(...args: string[]) {
  const r = spawnSync('npx', ['--no-install', 'deno', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 240_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the mail-worker Edge Function under Deno', () => {
  it('type-checks (deno check)', () => {
    const r = deno('check', '--node-modules-dir=manual', 'supabase/functions/mail-worker/index.ts');
    expect(r.status, r.output).toBe(0);
  }, 240_000);

  it('the feed Edge Function type-checks too (deno check)', () => {
    const r = deno('check', '--node-modules-dir=manual', 'supabase/functions/feed/index.ts');
    expect(r.status, r.output).toBe(0);
  }, 240_000);

  it("passes its Deno tests and the feed function's (deno test)", () => {
    const r = deno('test', '--node-modules-dir=manual', '--no-prompt', 'supabase/functions');
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/ok \| \d+ passed \| 0 failed/);
  }, 240_000);
});
