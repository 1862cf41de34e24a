// What the app learns about the signed-in user, from my_access() on the real local stack.
import { describe, expect, it } from 'vitest';
import { seededStackForFile } from '@/test/seeded-stack';
import { parseAccess } from './access';

const stack = seededStackForFile();
const KIERTOTALOT = '30000000-0000-4000-8000-000000000001';

describe('my_access() as the app reads it', () => {
  it('gives a lead their memberships and person, and no organisation-wide role', async () => {
    const lead = await stack.as('lead');
    const { data, error } = await lead.rpc('my_access');
    expect(error).toBeNull();
    const access = parseAccess(data);
    expect(access.roles).toEqual([]);
    expect(access.memberships).toContainEqual({ projectId: KIERTOTALOT, role: 'lead' });
    expect(access.personId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("gives a director the director role and nobody else's memberships", async () => {
    const director = await stack.as('director');
    const access = parseAccess((await director.rpc('my_access')).data);
    expect(access.roles).toEqual(['director']);
    expect(access.memberships).toEqual([]);
  });

  it('drops values it does not know', () => {
    expect(
      parseAccess({
        roles: ['director', 'superuser'],
        memberships: [
          { project_id: 'p', role: 'owner' },
          { project_id: 'q', role: 'editor' },
        ],
        person_id: 5,
      }),
    ).toEqual({
      roles: ['director'],
      memberships: [{ projectId: 'q', role: 'editor' }],
      personId: null,
    });
  });
});
