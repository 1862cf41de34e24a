// The admin pages' reads and writes against the real local stack (PGlite behind the gateway,
// seeded), signed in as the demo users: row-level security, foreign keys and CHECKs answer.
import { describe, expect, it } from 'vitest';
import { seededStackForFile } from '@/test/seeded-stack';
import { VersionConflictError, ZeroRowsError, violatedConstraint } from '@/lib/errors';
import { getPerson, listPeople } from '@/lib/people';
import {
  PersonInUseError,
  deletePerson,
  insertPerson,
  setRole,
  updatePerson,
  type PersonPatch,
} from './mutations';
import { listAccounts } from './queries';

const STAFF = 'a0000000-0000-4000-8000-000000000006';
const LEAD = 'a0000000-0000-4000-8000-000000000003';
const LAURA = '50000000-0000-4000-8000-000000000005'; // contact of one project

const stack = seededStackForFile();
const as = (name: string) => stack.as(name);

const newPerson = (full_name: string): PersonPatch => ({
  full_name,
  title: 'Erityisasiantuntija',
  organisation: 'Helsingin kaupunki',
  email: 'testi@hel.example',
  user_id: null,
});

async function rolesOf(userId: string): Promise<string[]> {
  const { rows } = await stack.gw.db.query<{ role: string }>(
    'select role::text from public.user_roles where user_id = $1 order by role',
    [userId],
  );
  return rows.map((r) => r.role);
}

describe('people', () => {
  it('an admin adds a person, edits them from the version they read, and deletes them', async () => {
    const admin = await as('admin');
    const added = await insertPerson(admin, newPerson('Aino Admintesti'));
    expect(added).toMatchObject({ full_name: 'Aino Admintesti', version: 1, user_id: null });
    expect((await listPeople(admin)).map((p) => p.full_name)).toContain('Aino Admintesti');

    const saved = await updatePerson(admin, {
      id: added.id,
      version: 1,
      patch: { ...newPerson('Aino Admintesti'), title: 'Johtaja', user_id: STAFF },
    });
    expect(saved).toMatchObject({ version: 2, title: 'Johtaja', user_id: STAFF });
    const accounts = await listAccounts(admin);
    expect(accounts.find((a) => a.user_id === STAFF)).toMatchObject({
      person_id: added.id,
      full_name: 'Aino Admintesti',
    });

    await deletePerson(admin, added.id);
    expect(await getPerson(admin, added.id)).toBeNull();
  });

  it('a stale version is a conflict carrying what is saved now', async () => {
    const admin = await as('admin');
    const added = await insertPerson(admin, newPerson('Kalle Kilpailija'));
    await updatePerson(admin, {
      id: added.id,
      version: 1,
      patch: { ...newPerson('Kalle Kilpailija'), organisation: 'Forum Virium' },
    });
    const stale = updatePerson(admin, {
      id: added.id,
      version: 1,
      patch: { ...newPerson('Kalle Kilpailija'), title: 'Oma muutos' },
    });
    await expect(stale).rejects.toBeInstanceOf(VersionConflictError);
    const error = (await stale.catch((e: unknown) => e)) as VersionConflictError<unknown>;
    expect(error.current).toMatchObject({ version: 2, organisation: 'Forum Virium' });
    expect(await getPerson(admin, added.id)).toMatchObject({ title: 'Erityisasiantuntija' });
  });

  it('a director may not edit or delete people: zero rows is an error', async () => {
    const director = await as('director');
    const laura = await getPerson(director, LAURA);
    expect(laura).not.toBeNull();
    await expect(
      updatePerson(director, {
        id: LAURA,
        version: laura?.version ?? 1,
        patch: { ...newPerson('Laura Majoinen'), title: 'Muutettu' },
      }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
    await expect(deletePerson(director, LAURA)).rejects.toBeInstanceOf(ZeroRowsError);
    expect(await getPerson(director, LAURA)).toMatchObject({ title: laura?.title });
  });

  it('a project contact cannot be deleted; the error names the projects', async () => {
    const admin = await as('admin');
    const refused = await deletePerson(admin, LAURA).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(PersonInUseError);
    expect((refused as PersonInUseError).projects.map((p) => p.name)).toEqual([
      'Rakentamisen kiertotalouden kokeiluympäristöt',
    ]);
    expect(await getPerson(admin, LAURA)).not.toBeNull();
  });

  it('the CHECKs and the one-person-per-account key name their constraints', async () => {
    const admin = await as('admin');
    const badEmail = await insertPerson(admin, {
      ...newPerson('Virhe Sähköposti'),
      email: 'ei sähköposti',
    }).catch((e: unknown) => e);
    expect(violatedConstraint(badEmail)).toBe('people_email_format');
    const taken = await insertPerson(admin, {
      ...newPerson('Toinen Ronny'),
      user_id: LEAD,
    }).catch((e: unknown) => e);
    expect(violatedConstraint(taken)).toBe('people_user_id_key');
  });
});

describe('roles', () => {
  it('an admin grants and revokes a role; revoking what is not there is an error', async () => {
    const admin = await as('admin');
    await setRole(admin, { userId: STAFF, role: 'director', granted: true });
    expect(await rolesOf(STAFF)).toEqual(['director']);
    expect((await listAccounts(admin)).find((a) => a.user_id === STAFF)?.roles).toEqual([
      'director',
    ]);
    await setRole(admin, { userId: STAFF, role: 'director', granted: false });
    expect(await rolesOf(STAFF)).toEqual([]);
    await expect(
      setRole(admin, { userId: STAFF, role: 'director', granted: false }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
  });

  it('a director can neither grant nor revoke', async () => {
    const director = await as('director');
    await expect(
      setRole(director, { userId: STAFF, role: 'viewer', granted: true }),
    ).rejects.toMatchObject({ code: '42501' });
    await expect(
      setRole(director, { userId: LEAD, role: 'viewer', granted: false }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
    await stack.gw.db.query("insert into public.user_roles (user_id, role) values ($1, 'viewer')", [
      STAFF,
    ]);
    await expect(
      setRole(director, { userId: STAFF, role: 'viewer', granted: false }),
    ).rejects.toBeInstanceOf(ZeroRowsError);
    expect(await rolesOf(STAFF)).toEqual(['viewer']);
    await stack.gw.db.query('delete from public.user_roles where user_id = $1', [STAFF]);
  });

  it('only directors and admins list the accounts', async () => {
    expect(await listAccounts(await as('admin'))).toHaveLength(6);
    await expect(listAccounts(await as('lead'))).rejects.toMatchObject({ code: '42501' });
  });
});
