// The most important rows of the RLS matrix, re-run through HTTP on the real schema and
// seed: tokens come from /auth/v1 sign-ins, requests go through supabase-js to /rest/v1.
import type { SupabaseClient } from '@supabase/supabase-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

let gw: TestGateway;

const LEADS_PROJECT = '30000000-0000-4000-8000-000000000001'; // lead@ leads it
const OTHER_PROJECT = '30000000-0000-4000-8000-000000000003'; // lead2@'s
const DRAFT_PROJECT = '30000000-0000-4000-8000-000000000006';

beforeAll(async () => {
  gw = await startTestGateway({ seed: true });
});
afterAll(async () => {
  await gw?.close();
});

async function as(name: string): Promise<SupabaseClient> {
  const client = gw.client();
  const { error } = await client.auth.signInWithPassword({
    email: `${name}@salkku.test`,
    password: 'salkku-demo',
  });
  if (error) throw error;
  return client;
}

async function openTaskOf(projectId: string): Promise<string> {
  const { rows } = await gw.db.query<{ id: string }>(
    "select id from public.tasks where project_id = $1 and state <> 'done' order by id limit 1",
    [projectId],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error(`no open task in ${projectId}`);
  return id;
}

const taskState = async (id: string) =>
  (await gw.db.query<{ state: string }>('select state from public.tasks where id = $1', [id]))
    .rows[0]?.state;

describe('anonymous visitors', () => {
  it('read published projects and their tasks, never drafts', async () => {
    const anon = gw.client();
    const projects = await anon.from('projects').select('id, published');
    expect(projects.error).toBeNull();
    expect(projects.data?.length).toBeGreaterThan(0);
    expect(projects.data?.every((p) => p.published)).toBe(true);
    expect(projects.data?.some((p) => p.id === DRAFT_PROJECT)).toBe(false);
    const draftTasks = await anon.from('tasks').select('id').eq('project_id', DRAFT_PROJECT);
    expect(draftTasks.data).toEqual([]);
  });

  it('cannot write: an update matches zero rows or is refused', async () => {
    const task = await openTaskOf(LEADS_PROJECT);
    const res = await gw
      .client()
      .from('tasks')
      .update({ state: 'done', completed_on: '2026-11-22' })
      .eq('id', task)
      .select('id');
    expect(res.error !== null || res.data?.length === 0).toBe(true);
    expect(await taskState(task)).not.toBe('done');
  });
});

describe('a project lead', () => {
  it('completes a task of their own project', async () => {
    const task = await openTaskOf(LEADS_PROJECT);
    const lead = await as('lead');
    const { data, error } = await lead
      .from('tasks')
      .update({ state: 'done', completed_on: '2026-11-22' })
      .eq('id', task)
      .select('id, state, completed_on');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: task, state: 'done', completed_on: '2026-11-22' }]);
    expect(await taskState(task)).toBe('done');
  });

  it("cannot complete a task of another lead's project (zero rows, nothing changes)", async () => {
    const task = await openTaskOf(OTHER_PROJECT);
    const before = await taskState(task);
    const lead = await as('lead');
    const { data, error } = await lead
      .from('tasks')
      .update({ state: 'done', completed_on: '2026-11-22' })
      .eq('id', task)
      .select('id');
    expect(error).toBeNull();
    expect(data).toEqual([]);
    expect(await taskState(task)).toBe(before);
  });

  it('cannot publish or unpublish a project, even their own', async () => {
    const lead = await as('lead');
    const res = await lead
      .from('projects')
      .update({ published: false })
      .eq('id', LEADS_PROJECT)
      .select('published');
    const stored = await gw.db.query<{ published: boolean }>(
      'select published from public.projects where id = $1',
      [LEADS_PROJECT],
    );
    expect(stored.rows[0]?.published).toBe(true);
    expect(res.error !== null || res.data?.every((r) => r.published)).toBe(true);
  });
});

describe('the programme director', () => {
  it('publishes a draft, which anonymous visitors then see', async () => {
    const director = await as('director');
    const { data, error } = await director
      .from('projects')
      .update({ published: true })
      .eq('id', DRAFT_PROJECT)
      .select('id, published');
    expect(error).toBeNull();
    expect(data).toEqual([{ id: DRAFT_PROJECT, published: true }]);
    const anon = await gw.client().from('projects').select('id').eq('id', DRAFT_PROJECT);
    expect(anon.data).toEqual([{ id: DRAFT_PROJECT }]);
  });
});

describe('caller mistakes answer 4xx, never 500', () => {
  it('a 264-step JSON path in select from the anon key → 400, and the stack keeps answering', async () => {
    const path = `schedule_reasons${'->a'.repeat(264)}`;
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${gw.url}/rest/v1/project_overview?select=id,${path}&limit=1`, {
        headers: { apikey: gw.anonKey },
      });
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('PGRST100');
    }
    const { data, error } = await gw.client().from('projects').select('id').limit(1);
    expect(error).toBeNull();
    expect(data).toHaveLength(1);
  });

  it("reordering with another project's task → 400 22023", async () => {
    const lead = await as('lead');
    const other = await openTaskOf(OTHER_PROJECT);
    const { error, status } = await lead.rpc('reorder_tasks', {
      project_id: LEADS_PROJECT,
      task_ids: [other],
    });
    expect(status).toBe(400);
    expect(error?.code).toBe('22023');
  });

  it('making someone who is not a contact the main contact → 400 22023', async () => {
    const lead = await as('lead');
    const { error, status } = await lead.rpc('set_primary_contact', {
      project_id: LEADS_PROJECT,
      person_id: '00000000-0000-4000-8000-00000000dead',
    });
    expect(status).toBe(400);
    expect(error?.code).toBe('22023');
  });
});
