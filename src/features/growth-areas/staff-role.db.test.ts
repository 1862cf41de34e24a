// Editing an existing growth area staff role in three languages (#14 §1), against the real local
// stack: version-checked (lib/versioned-update.ts, migration 20260426000000_role_versions); only
// directors may (a refused write is a ZeroRowsError); a blank Finnish role is refused by its CHECK.
import { describe, expect, it } from 'vitest';
import { ZeroRowsError } from '@/lib/errors';
import { seededStackForFile } from '@/test/seeded-stack';
import { updateStaffRole } from './mutations';

const AREA = '20000000-0000-4000-8000-000000000003';
const STAFF_PERSON = '50000000-0000-4000-8000-000000000003';

const stack = seededStackForFile();

async function staffMember() {
  const { rows } = await stack.gw.db.query<{
    id: string;
    version: number;
    role: string;
    role_sv: string | null;
    role_en: string | null;
  }>(
    'select id, version, role, role_sv, role_en from public.growth_area_people where growth_area_id = $1 and person_id = $2',
    [AREA, STAFF_PERSON],
  );
  if (!rows[0]) throw new Error('no row');
  return rows[0];
}

describe("a growth area staff member's role", () => {
  it('a director saves it in English; a lead (not a director) is refused with zero rows', async () => {
    const director = await stack.as('director');
    const before = await staffMember();
    const saved = await updateStaffRole(director, {
      id: before.id,
      version: before.version,
      patch: { role: before.role, role_sv: before.role_sv, role_en: 'Special planner' },
    });
    expect(saved).toMatchObject({ version: before.version + 1, role_en: 'Special planner' });
    const lead = await stack.as('lead');
    await expect(
      updateStaffRole(lead, {
        id: before.id,
        version: saved.version,
        patch: { role: 'Ei saa', role_sv: null, role_en: null },
      }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
    expect((await staffMember()).role).toBe('Erityissuunnittelija');
  });

  it('a blank Finnish role is refused by the CHECK, named for the field', async () => {
    const director = await stack.as('director');
    const now = await staffMember();
    await expect(
      updateStaffRole(director, {
        id: now.id,
        version: now.version,
        patch: { role: null, role_sv: null, role_en: null },
      }),
    ).rejects.toMatchObject({
      code: '23514',
      message: expect.stringContaining('growth_area_people_role_length'),
    });
  });
});
