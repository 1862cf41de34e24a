// Global setup of the `db` vitest project: a folder for this run's database templates (see
// migratedDatabase in gateway.ts), removed when the run ends. Each run migrates afresh, so a
// template is never older than the run, nor made from other migrations.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'salkku-db-templates-'));
  process.env.SALKKU_TEST_DB_TEMPLATES = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
