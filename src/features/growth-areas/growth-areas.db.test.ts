// Growth area management against the real local stack (PGlite behind the gateway, seeded),
// signed in as the demo users: row-level security, unique indexes and CHECKs answer.
import { describe, expect, it } from 'vitest';
import { seededStackForFile } from '@/test/seeded-stack';
import { VersionConflictError, ZeroRowsError, isPostgrestError } from '@/lib/errors';
import {
  addStaff,
  fieldOfServerError,
  insertGrowthArea,
  removeStaff,
  updateGrowthArea,
  type NewGrowthArea,
} from './mutations';
import { getEditableGrowthArea } from './queries';

const PROGRAMME = '10000000-0000-4000-8000-000000000001'; // Elinvoimaohjelma 2025–2029
const RUOKA = '20000000-0000-4000-8000-000000000005';
const LAURA = '50000000-0000-4000-8000-000000000005';

const stack = seededStackForFile();
const as = (name: string) => stack.as(name);

const area = (name: string, slug: string): NewGrowthArea => ({
  programme_id: PROGRAMME,
  name,
  slug,
  color: '#00548a',
  sort_order: 6,
  description: null,
  lead_person_id: null,
});

async function rowOf(id: string) {
  const { rows } = await stack.gw.db.query<{ name: string; version: number }>(
    'select name, version from public.growth_areas where id = $1',
    [id],
  );
  return rows[0];
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!isPostgrestError(error)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('growth areas', () => {
  it('a director creates a growth area, renames it, recolours and reorders it', async () => {
    const director = await as('director');
    const created = await insertGrowthArea(director, area('Älykäs liikenne', 'alykas-liikenne'));
    expect(created).toMatchObject({ name: 'Älykäs liikenne', slug: 'alykas-liikenne' });
    const editable = await getEditableGrowthArea(director, created.id);
    expect(editable).toMatchObject({ version: 1, color: '#00548a', sort_order: 6 });

    const saved = await updateGrowthArea(director, {
      id: created.id,
      version: 1,
      patch: {
        name: 'Älykäs ja kestävä liikenne',
        color: '#008741',
        sort_order: 7,
        description: 'Liikkumisen kokeilut.',
        lead_person_id: LAURA,
      },
    });
    expect(saved).toMatchObject({
      version: 2,
      name: 'Älykäs ja kestävä liikenne',
      color: '#008741',
      sort_order: 7,
      lead_person_id: LAURA,
    });

    // A save from the old version is a conflict carrying what is saved now.
    const stale = await updateGrowthArea(director, {
      id: created.id,
      version: 1,
      patch: { ...saved, name: 'Myöhästynyt' },
    }).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(VersionConflictError);
    expect((stale as VersionConflictError<{ name: string }>).current.name).toBe(
      'Älykäs ja kestävä liikenne',
    );
  });

  it('an admin creates one too', async () => {
    const admin = await as('admin');
    const created = await insertGrowthArea(admin, area('Kaupunkikulttuuri', 'kaupunkikulttuuri'));
    expect(await rowOf(created.id)).toMatchObject({ name: 'Kaupunkikulttuuri', version: 1 });
  });

  it('refuses a duplicate name in the programme with 23505, whatever the address name', async () => {
    const director = await as('director');
    const error = await refusal(insertGrowthArea(director, area('ruoka ', 'ruoka-toinen')));
    expect(error.code).toBe('23505');
    expect(fieldOfServerError(error)).toEqual({ field: 'name', key: 'areaForm.nameTaken' });

    const renamed = await refusal(
      updateGrowthArea(director, {
        id: RUOKA,
        version: (await rowOf(RUOKA))?.version ?? 1,
        patch: {
          name: 'Meriklusteri',
          color: '#b45d00',
          sort_order: 5,
          description: null,
          lead_person_id: null,
        },
      }),
    );
    expect(renamed.code).toBe('23505');
    expect(fieldOfServerError(renamed)?.field).toBe('name');
    expect(await rowOf(RUOKA)).toMatchObject({ name: 'Ruoka' });
  });

  it('refuses a taken address name (23505) and a bad colour (23514) naming their fields', async () => {
    const director = await as('director');
    const slug = await refusal(insertGrowthArea(director, area('Ruoka ja ravinto', 'ruoka')));
    expect(slug.code).toBe('23505');
    expect(fieldOfServerError(slug)).toEqual({ field: 'slug', key: 'areaForm.slugTaken' });

    const colour = await refusal(
      insertGrowthArea(director, { ...area('Vesi', 'vesi'), color: 'blue' }),
    );
    expect(colour.code).toBe('23514');
    expect(fieldOfServerError(colour)).toEqual({ field: 'color', key: 'areaForm.colorInvalid' });
  });

  it("a lead's update is a zero-row refusal and changes nothing; a lead cannot create one", async () => {
    const lead = await as('lead');
    const before = await rowOf(RUOKA);
    const error = await updateGrowthArea(lead, {
      id: RUOKA,
      version: before?.version ?? 1,
      patch: {
        name: 'Vetäjän ruoka',
        color: '#b45d00',
        sort_order: 5,
        description: null,
        lead_person_id: null,
      },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZeroRowsError);
    expect(await rowOf(RUOKA)).toEqual(before);

    const insert = await refusal(insertGrowthArea(lead, area('Vetäjän alue', 'vetajan-alue')));
    expect(insert.code).toBe('42501');
  });
});

describe('growth area staff', () => {
  it('a director adds a person with a role and removes them; a second removal is zero rows', async () => {
    const director = await as('director');
    await addStaff(director, {
      growth_area_id: RUOKA,
      person_id: LAURA,
      role: 'Erityisasiantuntija',
      sort_order: 1,
    });
    const { rows } = await stack.gw.db.query<{ role: string }>(
      'select role from public.growth_area_people where growth_area_id = $1 and person_id = $2',
      [RUOKA, LAURA],
    );
    expect(rows).toEqual([{ role: 'Erityisasiantuntija' }]);

    const twice = await refusal(
      addStaff(director, {
        growth_area_id: RUOKA,
        person_id: LAURA,
        role: 'Toinen',
        sort_order: 2,
      }),
    );
    expect(twice.code).toBe('23505');

    // A lead may not remove them: RLS filters the row out, which is never silent.
    const lead = await as('lead');
    await expect(
      removeStaff(lead, { growth_area_id: RUOKA, person_id: LAURA }),
    ).rejects.toBeInstanceOf(ZeroRowsError);

    await removeStaff(director, { growth_area_id: RUOKA, person_id: LAURA });
    await expect(
      removeStaff(director, { growth_area_id: RUOKA, person_id: LAURA }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
  });
});
