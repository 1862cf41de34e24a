// The app's one optimistic-concurrency write, run against the real local stack (PGlite behind
// the gateway, seeded): a save, a lost race, and a write row-level security filters out.
import { describe, expect, it } from 'vitest';
import { seededStackForFile } from '@/test/seeded-stack';
import { VersionConflictError, ZeroRowsError } from './errors';
import { updateVersioned } from './versioned-update';

const LEADS_PROJECT = '30000000-0000-4000-8000-000000000001'; // lead@ leads it
const OTHER_PROJECT = '30000000-0000-4000-8000-000000000003'; // lead2@'s

const stack = seededStackForFile();
const as = (name: string) => stack.as(name);

async function versionOf(id: string): Promise<{ version: number; summary: string | null }> {
  const { rows } = await stack.gw.db.query<{ version: number; summary: string | null }>(
    'select version, summary from public.projects where id = $1',
    [id],
  );
  const row = rows[0];
  if (!row) throw new Error(`no project ${id}`);
  return row;
}

type Row = { id: string; version: number; summary: string | null };
const columns = 'id, version, summary';

describe('updateVersioned', () => {
  it('saves from the current version and returns the new row with version + 1', async () => {
    const lead = await as('lead');
    const before = await versionOf(LEADS_PROJECT);
    const saved = await updateVersioned<Row, 'projects'>(lead, {
      table: 'projects',
      id: LEADS_PROJECT,
      version: before.version,
      patch: { summary: 'Tallennettu versiotarkistuksella' },
      columns,
    });
    expect(saved).toEqual({
      id: LEADS_PROJECT,
      version: before.version + 1,
      summary: 'Tallennettu versiotarkistuksella',
    });
    expect(await versionOf(LEADS_PROJECT)).toEqual({
      version: before.version + 1,
      summary: 'Tallennettu versiotarkistuksella',
    });
  });

  it('refuses a stale version with what is saved now, and leaves the row alone', async () => {
    const lead = await as('lead');
    const director = await as('director');
    const start = await versionOf(LEADS_PROJECT);
    await updateVersioned<Row, 'projects'>(director, {
      table: 'projects',
      id: LEADS_PROJECT,
      version: start.version,
      patch: { summary: 'Johtaja ehti ensin' },
      columns,
    });
    const stale = updateVersioned<Row, 'projects'>(lead, {
      table: 'projects',
      id: LEADS_PROJECT,
      version: start.version,
      patch: { summary: 'Vetäjän myöhästynyt muutos' },
      columns,
    });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    const error = (await stale.catch((e: unknown) => e)) as VersionConflictError<Row>;
    expect(error.current).toEqual({
      id: LEADS_PROJECT,
      version: start.version + 1,
      summary: 'Johtaja ehti ensin',
    });
    expect(await versionOf(LEADS_PROJECT)).toEqual({
      version: start.version + 1,
      summary: 'Johtaja ehti ensin',
    });
  });

  it("reports a write RLS filtered out (another lead's project) as ZeroRowsError", async () => {
    const lead = await as('lead');
    const before = await versionOf(OTHER_PROJECT);
    const refused = updateVersioned<Row, 'projects'>(lead, {
      table: 'projects',
      id: OTHER_PROJECT,
      version: before.version,
      patch: { summary: 'Ei kuulu minulle' },
      columns,
    });
    await expect(refused).rejects.toBeInstanceOf(ZeroRowsError);
    expect(await versionOf(OTHER_PROJECT)).toEqual(before);
  });
});
