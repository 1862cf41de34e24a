// Editing an existing contact role in three languages (#14 §1), against the real local
// stack: the save is version-checked (lib/versioned-update.ts, migration
// 20260426000000_role_versions), a lost race is a conflict carrying the saved row, and a write
// row-level security filters out is a ZeroRowsError, never silence. (The staff role: growth-areas/staff-role.db.test.ts.)
import { describe, expect, it } from 'vitest';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { seededStackForFile } from '@/test/seeded-stack';
import { updateContactRole } from './mutations';

const LEADS_PROJECT = '30000000-0000-4000-8000-000000000001'; // lead@ leads it
const CONTACT_PERSON = '50000000-0000-4000-8000-000000000002'; // "Kasvualueen vetäjä", no sv

const stack = seededStackForFile();

async function row(sql: string, params: string[]) {
  const { rows } = await stack.gw.db.query<{
    id: string;
    version: number;
    role: string | null;
    role_sv: string | null;
    role_en: string | null;
  }>(sql, params);
  if (!rows[0]) throw new Error('no row');
  return rows[0];
}
const contact = () =>
  row(
    'select id, version, role, role_sv, role_en from public.project_contacts where project_id = $1 and person_id = $2',
    [LEADS_PROJECT, CONTACT_PERSON],
  );
describe("a contact's role", () => {
  it('the project lead saves it in Swedish from the version read; the version goes up by one', async () => {
    const lead = await stack.as('lead');
    const before = await contact();
    expect(before.role_sv).toBeNull();
    const saved = await updateContactRole(lead, {
      id: before.id,
      version: before.version,
      patch: { role: before.role, role_sv: 'Tillväxtområdets ledare', role_en: null },
    });
    expect(saved).toEqual({
      id: before.id,
      version: before.version + 1,
      role: 'Kasvualueen vetäjä',
      role_sv: 'Tillväxtområdets ledare',
      role_en: null,
    });
    expect(await contact()).toEqual(saved);
  });

  it('a stale version is a conflict carrying what is saved now; the row stays', async () => {
    const lead = await stack.as('lead');
    const now = await contact();
    const stale = updateContactRole(lead, {
      id: now.id,
      version: now.version - 1,
      patch: { role: 'Vanha', role_sv: null, role_en: null },
    });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    await stale.catch((e: VersionConflictError<typeof now>) => expect(e.current).toEqual(now));
    expect(await contact()).toEqual(now);
  });

  it('a viewer cannot: zero rows, reported', async () => {
    const viewer = await stack.as('viewer');
    const now = await contact();
    await expect(
      updateContactRole(viewer, {
        id: now.id,
        version: now.version,
        patch: { role: 'Ei saa', role_sv: null, role_en: null },
      }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
    expect(await contact()).toEqual(now);
  });
});
