// Status updates, nudges and the reminder log against the real local stack (PGlite
// behind the gateway, seeded), signed in as the demo users: row-level security and the nudge
// trigger answer, through the same functions the app calls.
import type { SupabaseClient } from '@supabase/supabase-js';
import { describe, expect, it } from 'vitest';
import { seededStackForFile } from '@/test/seeded-stack';
import type { Database } from '@/types/database';
import { nudgeLeads, postStatusUpdate } from './mutations';
import { nudgeErrorKey } from './nudge-errors';
import { listStatusUpdates, readReminderLog } from './queries';

const KIERTOTALOT = '30000000-0000-4000-8000-000000000001'; // published; lead@ leads it
const DRAFT = '30000000-0000-4000-8000-000000000014'; // Kansainvälisten osaajien palvelupolku

const stack = seededStackForFile();

const anonymous = () => stack.gw.client() as unknown as SupabaseClient<Database>;

const update = (happened: string) => ({
  happened,
  next_steps: '  ',
  risks: 'Varastotila puuttuu.',
  proposed_schedule_status: 'late' as const,
});

describe('status updates', () => {
  it('a lead posts one; readers and visitors of the published project see it, newest first', async () => {
    const lead = await stack.as('lead');
    await postStatusUpdate(lead, KIERTOTALOT, update('Ensimmäinen katsaus.'));
    const saved = await postStatusUpdate(lead, KIERTOTALOT, update('Toinen katsaus.'));

    const asViewer = await listStatusUpdates(await stack.as('viewer'), KIERTOTALOT);
    expect(asViewer.map((u) => u.happened).slice(0, 2)).toEqual([
      'Toinen katsaus.',
      'Ensimmäinen katsaus.',
    ]);
    expect(asViewer[0]).toMatchObject({
      id: saved.id,
      next_steps: null,
      risks: 'Varastotila puuttuu.',
      proposed_schedule_status: 'late',
      authorName: 'Ronny Rantamäki',
    });
    // Visitors see the text but not the directory's names.
    const asVisitor = await listStatusUpdates(anonymous(), KIERTOTALOT);
    expect(asVisitor[0]).toMatchObject({ id: saved.id, authorName: null });
  });

  it('refuses someone who is not on the project', async () => {
    await expect(
      postStatusUpdate(await stack.as('lead2'), KIERTOTALOT, update('Ei minun hankkeeni.')),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('appears in review mode as status_update_posted with the proposal and what happened', async () => {
    const director = await stack.as('director');
    const { data } = await director
      .from('review_changes')
      .select('kind, new_value, note')
      .eq('project_id', KIERTOTALOT)
      .eq('kind', 'status_update_posted')
      .throwOnError();
    expect(data).toContainEqual({
      kind: 'status_update_posted',
      new_value: 'late',
      note: 'Toinen katsaus.',
    });
  });
});

describe('nudging the leads', () => {
  it('a director nudges once an hour; the log shows the lead reminded; others are refused', async () => {
    const director = await stack.as('director');
    await nudgeLeads(director, KIERTOTALOT, 'Katsaus, kiitos!');
    const log = await readReminderLog(director, KIERTOTALOT);
    expect(log).toContainEqual(
      expect.objectContaining({ rule: 'nudge', recipient_name: 'Ronny Rantamäki' }),
    );

    const again = await nudgeLeads(director, KIERTOTALOT, '').catch((error: unknown) => error);
    expect(again).toMatchObject({ code: 'PT429' });
    expect(nudgeErrorKey(again)).toBe('nudgeRateLimited');

    const lead = await stack.as('lead');
    const refused = await nudgeLeads(lead, DRAFT, '').catch((error: unknown) => error);
    expect(nudgeErrorKey(refused)).toBe('nudgeForbidden');
    // The log is the directors' alone.
    expect(await readReminderLog(lead, KIERTOTALOT)).toEqual([]);
  });
});
