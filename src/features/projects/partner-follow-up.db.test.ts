// Editing a partner's role and a follow-up's name and note in three languages (#14 §1), against
// the real local stack: version-checked (lib/versioned-update.ts, migration
// 20260428000000_partner_versions), a lost race is a conflict carrying the saved row, and a write
// row-level security filters out (only directors write these rows) is a ZeroRowsError.
import { describe, expect, it } from 'vitest';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { seededStackForFile } from '@/test/seeded-stack';
import { updateFollowUpTexts, updatePartnerRole } from './mutations';

const PRE_STUDY = '30000000-0000-4000-8000-000000000004'; // the Circular Valley pre-study
const GNF = '60000000-0000-4000-8000-000000000001'; // Green Net Finland, no role yet
const FOLLOW_UP = '80000000-0000-4000-8000-000000000002'; // "Kaikki muovi kiertää", no sv name

const stack = seededStackForFile();

const partner = async () => {
  const { rows } = await stack.gw.db.query<{
    id: string;
    version: number;
    role: string | null;
    role_sv: string | null;
    role_en: string | null;
  }>(
    'select id, version, role, role_sv, role_en from public.project_partners where project_id = $1 and organisation_id = $2',
    [PRE_STUDY, GNF],
  );
  if (!rows[0]) throw new Error('no partner');
  return rows[0];
};

describe("a partner's role", () => {
  it('a director saves it in Finnish and Swedish from the version read; the version goes up', async () => {
    const director = await stack.as('director');
    const before = await partner();
    const saved = await updatePartnerRole(director, {
      id: before.id,
      version: before.version,
      patch: { role: 'Koordinaattori', role_sv: 'Koordinator', role_en: null },
    });
    expect(saved).toEqual({
      id: before.id,
      version: before.version + 1,
      role: 'Koordinaattori',
      role_sv: 'Koordinator',
      role_en: null,
    });
    expect(await partner()).toEqual(saved);
  });

  it('a stale version is a conflict carrying what is saved now', async () => {
    const director = await stack.as('director');
    const now = await partner();
    const stale = updatePartnerRole(director, {
      id: now.id,
      version: now.version - 1,
      patch: { role: 'Vanha', role_sv: null, role_en: null },
    });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    expect(await partner()).toEqual(now);
  });

  it('a project lead cannot: zero rows, reported', async () => {
    const lead = await stack.as('lead');
    const now = await partner();
    await expect(
      updatePartnerRole(lead, {
        id: now.id,
        version: now.version,
        patch: { role: 'Ei saa', role_sv: null, role_en: null },
      }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
    expect(await partner()).toEqual(now);
  });
});

describe("a follow-up's name and note", () => {
  it('a director saves the Swedish name; a viewer is refused with zero rows', async () => {
    const director = await stack.as('director');
    const saved = await updateFollowUpTexts(director, {
      id: FOLLOW_UP,
      version: 1,
      patch: {
        name: 'Kaikki muovi kiertää',
        name_sv: 'Allt plast cirkulerar',
        name_en: null,
        note: 'Jatkohankehakemus (EAKR).',
        note_sv: 'Ansökan om fortsättningsprojekt (Eruf).',
        note_en: 'Follow-up project application (ERDF).',
      },
    });
    expect(saved).toMatchObject({ id: FOLLOW_UP, version: 2, name_sv: 'Allt plast cirkulerar' });
    const viewer = await stack.as('viewer');
    await expect(
      updateFollowUpTexts(viewer, {
        id: FOLLOW_UP,
        version: 2,
        patch: {
          name: saved.name,
          name_sv: 'Nej',
          name_en: saved.name_en,
          note: saved.note,
          note_sv: saved.note_sv,
          note_en: saved.note_en,
        },
      }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
  });
});
