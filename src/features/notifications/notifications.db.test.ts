// The notifications feature's reads and writes against the real local stack (PGlite behind the
// gateway, seeded), signed in as the demo users: only the recipient reads and marks their
// notifications, follows and preferences are one's own, and a write that changed nothing says so.
import { describe, expect, it } from 'vitest';
import { ZeroRowsError } from '@/lib/errors';
import { seededStackForFile } from '@/test/seeded-stack';
import { unfollow } from '@/features/follows/public';
import { markRead, rememberUiLanguage, savePreferences } from './mutations';
import {
  defaultPreferences,
  getPreferences,
  listFollows,
  listNotifications,
  unreadCount,
} from './queries';

const LEAD = 'a0000000-0000-4000-8000-000000000003';
const VIEWER = 'a0000000-0000-4000-8000-000000000004';
const KIERTOTALOT = '30000000-0000-4000-8000-000000000001'; // led by lead@

const stack = seededStackForFile();

/** A task of Kiertotalot due on `due`, and the rules run seven days before it, at 09:00. */
async function dueSoonTask(title: string, due: string): Promise<string> {
  const { rows } = await stack.gw.db.query<{ id: string }>(
    'insert into public.tasks (project_id, title, due_on) values ($1, $2, $3) returning id',
    [KIERTOTALOT, title, due],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error('no task');
  await stack.gw.db.query(
    "select public.record_notifications((($1::date - 7)::timestamp + interval '9 hours') at time zone 'Europe/Helsinki')",
    [due],
  );
  return id;
}

describe('notifications', () => {
  it('a lead reads the due-soon reminder of their task, with the task as it is now', async () => {
    await stack.gw.db.query(
      "update public.projects set name_sv = 'Cirkulära hus', name_en = null where id = $1",
      [KIERTOTALOT],
    );
    const taskId = await dueSoonTask('Muistutustesti', '2031-03-31');
    const lead = await stack.as('lead');
    const mine = await listNotifications(lead);
    const reminder = mine.find((n) => n.task_id === taskId);
    expect(reminder).toMatchObject({
      rule: 'task_due_soon',
      kind: 'reminders',
      read_at: null,
      project_id: KIERTOTALOT,
      payload: expect.objectContaining({
        project_slug: 'kiertotalot',
        task_title: 'Muistutustesti',
        due_on: '2031-03-31',
        days: 7,
      }),
      task: { id: taskId, version: 1, state: 'not_started', title: 'Muistutustesti' },
      // The project as it is now, its name's translations with it (#14 §1).
      project: { name: 'Kiertotalot', name_sv: 'Cirkulära hus', name_en: null },
    });
    // Newest first.
    const times = mine.map((n) => n.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(await unreadCount(lead)).toBe(mine.filter((n) => !n.read_at).length);
  });

  it('only the recipient sees a notification or can mark it read', async () => {
    const taskId = await dueSoonTask('Vain vastaanottajalle', '2031-04-30');
    const lead = await stack.as('lead');
    const viewer = await stack.as('viewer');
    const reminder = (await listNotifications(lead)).find((n) => n.task_id === taskId);
    if (!reminder) throw new Error('no reminder');
    expect((await listNotifications(viewer)).some((n) => n.id === reminder.id)).toBe(false);
    await expect(markRead(viewer, [reminder.id])).rejects.toBeInstanceOf(ZeroRowsError);

    const before = await unreadCount(lead);
    expect(await markRead(lead, [reminder.id])).toBe(1);
    expect(await unreadCount(lead)).toBe(before - 1);
    // Already read: nothing changed, and that is said.
    await expect(markRead(lead, [reminder.id])).rejects.toBeInstanceOf(ZeroRowsError);
  });

  it('"mark all read" marks every unread one of the caller and no one else\'s', async () => {
    await dueSoonTask('Kaikki luetuiksi', '2031-05-30');
    const lead = await stack.as('lead');
    const { rows } = await stack.gw.db.query<{ n: number }>(
      'select count(*)::int as n from public.notifications where recipient_id <> $1 and read_at is null',
      [LEAD],
    );
    const unread = await unreadCount(lead);
    expect(unread).toBeGreaterThan(0);
    expect(await markRead(lead, null)).toBe(unread);
    expect(await unreadCount(lead)).toBe(0);
    // Nothing left to mark is not an error for "all".
    expect(await markRead(lead, null)).toBe(0);
    const after = await stack.gw.db.query<{ n: number }>(
      'select count(*)::int as n from public.notifications where recipient_id <> $1 and read_at is null',
      [LEAD],
    );
    expect(after.rows[0]?.n).toBe(rows[0]?.n);
  });
});

describe('my follows', () => {
  it('lists what the user follows, with names, and unfollows it', async () => {
    const viewer = await stack.as('viewer');
    await stack.gw.db.query(
      "update public.projects set name_sv = 'Cirkulära hus', name_en = null where id = $1",
      [KIERTOTALOT],
    );
    const { error } = await viewer.from('follows').insert({ project_id: KIERTOTALOT });
    expect(error).toBeNull();
    const follows = await listFollows(viewer);
    const follow = follows.find((f) => f.project_id === KIERTOTALOT);
    expect(follow).toMatchObject({
      project_slug: 'kiertotalot',
      project_name: 'Kiertotalot',
      project_name_sv: 'Cirkulära hus',
      project_name_en: null,
      growth_area_name_sv: null,
    });
    if (!follow) throw new Error('no follow');

    // Another user can neither see nor remove it.
    const lead = await stack.as('lead');
    expect((await listFollows(lead)).some((f) => f.id === follow.id)).toBe(false);
    const subject = { kind: 'project', id: KIERTOTALOT } as const;
    await expect(unfollow(lead, subject)).rejects.toBeInstanceOf(ZeroRowsError);

    await unfollow(viewer, subject);
    expect((await listFollows(viewer)).some((f) => f.id === follow.id)).toBe(false);
    await expect(unfollow(viewer, subject)).rejects.toBeInstanceOf(ZeroRowsError);
  });
});

describe('e-mail preferences', () => {
  it('are the defaults until saved, then what was saved, for the user alone', async () => {
    const viewer = await stack.as('viewer');
    expect(await getPreferences(viewer)).toEqual(defaultPreferences);

    const chosen = {
      ...defaultPreferences,
      email_follows: false,
      digest_cadence: 'weekly' as const,
      email_locale: 'sv' as const,
    };
    expect(await savePreferences(viewer, { userId: VIEWER, preferences: chosen })).toEqual(chosen);
    expect(await getPreferences(viewer)).toEqual(chosen);
    // Saving again updates the one row.
    const again = { ...chosen, digest_cadence: 'immediately' as const };
    await savePreferences(viewer, { userId: VIEWER, preferences: again });
    expect(await getPreferences(viewer)).toEqual(again);

    const lead = await stack.as('lead');
    expect(await getPreferences(lead)).toEqual(defaultPreferences);
    // Nobody saves preferences for someone else.
    await expect(
      savePreferences(lead, { userId: VIEWER, preferences: defaultPreferences }),
    ).rejects.toBeTruthy();
    expect(await getPreferences(viewer)).toEqual(again);
  });
});

describe('the e-mail language by default', () => {
  it('is the UI language the app remembered, until the user picks one', async () => {
    const lead2 = await stack.as('lead2');
    const LEAD2 = 'a0000000-0000-4000-8000-000000000005';
    const mailLocale = async () =>
      (
        await stack.gw.db.query<{ locale: string }>(
          'select locale from private.mail_recipients() where user_id = $1',
          [LEAD2],
        )
      ).rows[0]?.locale;
    expect(await mailLocale()).toBe('fi');
    await rememberUiLanguage(lead2, { userId: LEAD2, locale: 'en' });
    expect(await mailLocale()).toBe('en');
    await savePreferences(lead2, {
      userId: LEAD2,
      preferences: { ...defaultPreferences, email_locale: 'sv' },
    });
    expect(await mailLocale()).toBe('sv');
    // Only one's own settings.
    await expect(rememberUiLanguage(lead2, { userId: LEAD, locale: 'sv' })).rejects.toBeTruthy();
  });
});
