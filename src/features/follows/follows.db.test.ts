// Following against the real local stack (PGlite behind the gateway, seeded), signed in as the
// demo users: row-level security answers, through the same functions the app calls.
import { describe, expect, it } from 'vitest';
import { ZeroRowsError } from '@/lib/errors';
import { seededStackForFile } from '@/test/seeded-stack';
import { follow, unfollow } from './mutations';
import { readFollow } from './queries';

const KIERTOTALOT = '30000000-0000-4000-8000-000000000001'; // published
const DRAFT = '30000000-0000-4000-8000-000000000014'; // Kansainvälisten osaajien palvelupolku
const RUOKA = '20000000-0000-4000-8000-000000000005';

const stack = seededStackForFile();

describe('following', () => {
  it('follows and unfollows a project and a growth area in the user’s own name', async () => {
    const viewer = await stack.as('viewer');
    for (const subject of [
      { kind: 'project', id: KIERTOTALOT },
      { kind: 'growth-area', id: RUOKA },
    ] as const) {
      expect(await readFollow(viewer, subject)).toBeNull();
      const saved = await follow(viewer, subject);
      expect(await readFollow(viewer, subject)).toEqual(saved);
      // Nobody else sees who follows what.
      expect(await readFollow(await stack.as('lead'), subject)).toBeNull();
      await unfollow(viewer, subject);
      expect(await readFollow(viewer, subject)).toBeNull();
      // Nothing left to remove: an error, never silence.
      await expect(unfollow(viewer, subject)).rejects.toBeInstanceOf(ZeroRowsError);
    }
  });

  it('refuses a draft project to someone who cannot see it', async () => {
    const staff = await stack.as('staff');
    await expect(follow(staff, { kind: 'project', id: DRAFT })).rejects.toMatchObject({
      code: '42501',
    });
    // A reader of drafts may follow it.
    const viewer = await stack.as('viewer');
    await follow(viewer, { kind: 'project', id: DRAFT });
    await unfollow(viewer, { kind: 'project', id: DRAFT });
  });
});
