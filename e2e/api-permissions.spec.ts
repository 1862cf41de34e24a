import type { PostgrestError } from '@supabase/supabase-js';
import { anonymousClient, demoUsers, signInThroughApi, type ApiSession } from './support/auth';
import { expect, test } from './support/test';

// The database is the only gate: whatever the UI hides, a signed-in user with a token and the
// anon key can call the API directly. These are the calls a curious lead might try, made through
// the same gateway the app uses; each is refused (an error, or zero rows) and a re-read shows
// nothing changed.

const ids = {
  kiertotalot: '30000000-0000-4000-8000-000000000001',
  arabia: '30000000-0000-4000-8000-000000000003',
  arabiaTask: '40000000-0000-4000-8000-000000000303',
  meriklusteri: '20000000-0000-4000-8000-000000000004',
};

/**
 * Refused: permission denied (42501), or a write that matched no row. Any other error would
 * mean the request itself was wrong, which proves nothing about the gate.
 */
function expectRefused(result: { data: unknown[] | null; error: PostgrestError | null }) {
  if (result.error) expect(result.error.code, result.error.message).toBe('42501');
  else expect(result.data).toEqual([]);
}

test.describe('a lead calling the API directly', () => {
  let lead: ApiSession;
  test.beforeEach(async ({ baseURL }) => {
    lead = await signInThroughApi(baseURL, demoUsers.lead);
  });

  test("cannot change another lead's task or add one to their project", async () => {
    const { client } = lead;
    expectRefused(
      await client
        .from('tasks')
        .update({ title: 'Kaapattu tehtävä' })
        .eq('id', ids.arabiaTask)
        .select('id'),
    );
    expectRefused(await client.from('tasks').delete().eq('id', ids.arabiaTask).select('id'));
    expectRefused(
      await client
        .from('tasks')
        .insert({ project_id: ids.arabia, title: 'Ujutettu tehtävä', state: 'not_started' })
        .select('id'),
    );

    const { data } = await client
      .from('tasks')
      .select('title')
      .eq('project_id', ids.arabia)
      .throwOnError();
    expect(data?.map((t) => t.title)).toContain('EAKR-rahoitushakemus');
    expect(data?.map((t) => t.title)).not.toContain('Kaapattu tehtävä');
    expect(data?.map((t) => t.title)).not.toContain('Ujutettu tehtävä');
  });

  test('cannot unpublish, move or delete even their own project', async () => {
    const { client } = lead;
    expectRefused(
      await client
        .from('projects')
        .update({ published: false })
        .eq('id', ids.kiertotalot)
        .select('id'),
    );
    expectRefused(
      await client
        .from('projects')
        .update({ growth_area_id: ids.meriklusteri })
        .eq('id', ids.kiertotalot)
        .select('id'),
    );
    expectRefused(await client.from('projects').delete().eq('id', ids.kiertotalot).select('id'));

    const { data } = await client
      .from('projects')
      .select('published, growth_area_id')
      .eq('id', ids.kiertotalot)
      .single()
      .throwOnError();
    expect(data).toEqual({
      published: true,
      growth_area_id: '20000000-0000-4000-8000-000000000003',
    });
  });

  test('cannot raise their own privileges', async () => {
    const { client, session } = lead;
    expectRefused(
      await client
        .from('user_roles')
        .insert({ user_id: session.user.id, role: 'director' })
        .select(),
    );
    expectRefused(
      await client
        .from('project_members')
        .insert({ project_id: ids.arabia, user_id: session.user.id, role: 'lead' })
        .select(),
    );
    // user_metadata is never trusted: writing it changes nothing the database believes.
    await client.auth.updateUser({ data: { role: 'director', is_admin: true } });
    expectRefused(
      await client
        .from('tasks')
        .update({ title: 'Kaapattu tehtävä' })
        .eq('id', ids.arabiaTask)
        .select('id'),
    );
    const roles = await client.from('user_roles').select('role').throwOnError();
    expect(roles.data).toEqual([]);
    await client.auth.updateUser({ data: { role: null, is_admin: null } });
  });
});

test("the same calls work for a director, so the refusals above are the gate's", async ({
  baseURL,
}) => {
  const { client } = await signInThroughApi(baseURL, demoUsers.director);
  // Writes back the values the rows already have: allowed, and nothing visible changes.
  const task = await client
    .from('tasks')
    .update({ title: 'EAKR-rahoitushakemus' })
    .eq('id', ids.arabiaTask)
    .select('id');
  expect(task.error).toBeNull();
  expect(task.data).toHaveLength(1);
  const project = await client
    .from('projects')
    .update({ published: true })
    .eq('id', ids.kiertotalot)
    .select('id');
  expect(project.error).toBeNull();
  expect(project.data).toHaveLength(1);
});

test('a visitor reads no drafts, no e-mail addresses and no audit trail', async ({ baseURL }) => {
  const anon = await anonymousClient(baseURL);
  const drafts = await anon.from('projects').select('slug').eq('published', false).throwOnError();
  expect(drafts.data).toEqual([]);

  const emails = await anon.from('people').select('full_name, email').limit(1);
  expect(emails.error?.code, 'people.email must not be readable anonymously').toBe('42501');

  const audit = await anon.from('audit_log').select('*').limit(1);
  expectRefused(audit);

  expectRefused(
    await anon.from('projects').update({ summary: 'Kaapattu' }).eq('id', ids.arabia).select('id'),
  );
});

test('a viewer reads drafts but writes nothing', async ({ baseURL }) => {
  const { client } = await signInThroughApi(baseURL, demoUsers.viewer);
  const drafts = await client.from('projects').select('slug').eq('published', false).throwOnError();
  expect(drafts.data?.map((p) => p.slug)).toContain('hyvinvointidatan-yhteiskehittamo');
  expectRefused(
    await client
      .from('projects')
      .update({ summary: 'Kaapattu' })
      .eq('id', ids.kiertotalot)
      .select('id'),
  );
  expectRefused(
    await client
      .from('tasks')
      .update({ title: 'Kaapattu tehtävä' })
      .eq('id', ids.arabiaTask)
      .select('id'),
  );
});
