// GET /rest/v1/ answers with PostgREST's OpenAPI (Swagger 2.0) description, limited to what the
// caller's role may use: anon sees its public tables, views, the columns granted to it and the
// functions it may execute; service_role sees everything; nobody sees what they cannot use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.close();
});

interface Swagger {
  swagger: string;
  info: { title: string; version: string };
  basePath: string;
  paths: Record<string, Record<string, { parameters?: unknown[] }>>;
  definitions: Record<
    string,
    {
      properties: Record<
        string,
        { format: string; type?: string; description?: string; enum?: string[] }
      >;
    }
  >;
  parameters: Record<string, unknown>;
}

async function describeAs(key: string, bearer?: string, path = '/rest/v1/') {
  const res = await fetch(`${gw.url}${path}`, {
    headers: { apikey: key, ...(bearer ? { Authorization: `Bearer ${bearer}` } : {}) },
  });
  return res;
}

describe('GET /rest/v1/ (the OpenAPI description)', () => {
  it('is a Swagger 2.0 document for anon with the public relations and their paths', async () => {
    const res = await describeAs(gw.anonKey);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/openapi+json; charset=utf-8');
    const doc = (await res.json()) as Swagger;
    expect(doc.swagger).toBe('2.0');
    expect(doc.basePath).toBe('/rest/v1/');
    for (const name of ['programmes', 'growth_areas', 'projects', 'tasks', 'project_overview']) {
      expect(doc.definitions[name], name).toBeDefined();
      expect(Object.keys(doc.paths[`/${name}`] ?? {}), name).toEqual(['get']);
    }
    expect(doc.definitions['projects']?.properties['id']).toMatchObject({
      format: 'uuid',
      type: 'string',
    });
    expect(doc.definitions['projects']?.properties['id']?.description).toContain('Primary Key');
    expect(doc.definitions['tasks']?.properties['project_id']?.description).toContain(
      "<fk table='projects' column='id'/>",
    );
    expect(doc.definitions['projects']?.properties['stage']?.enum).toEqual([
      'not_started',
      'planning',
      'implementation',
      'completed',
    ]);
    expect(doc.parameters['rowFilter.projects.slug']).toMatchObject({ in: 'query', name: 'slug' });
  });

  it('shows anon only the people columns granted to it', async () => {
    const doc = (await (await describeAs(gw.anonKey)).json()) as Swagger;
    expect(Object.keys(doc.definitions['people']?.properties ?? {}).sort()).toEqual([
      'full_name',
      'id',
      'organisation',
      'title',
    ]);
  });

  it('leaves out what anon may not use: private tables, writes and functions without EXECUTE', async () => {
    const doc = (await (await describeAs(gw.anonKey)).json()) as Swagger;
    for (const hidden of [
      'audit_log',
      'user_roles',
      'project_members',
      'user_settings',
      'my_tasks',
    ])
      expect(doc.definitions[hidden], hidden).toBeUndefined();
    expect(doc.paths['/rpc/list_accounts']).toBeUndefined();
    expect(doc.paths['/rpc/reorder_tasks']).toBeUndefined();
    expect(doc.paths['/rpc/dashboard_summary']).toBeDefined();
  });

  it('shows an authenticated user their writes and functions, and service_role everything', async () => {
    const user = await gw.signJwt({
      role: 'authenticated',
      sub: '00000000-0000-4000-8000-0000000000aa',
    });
    const mine = (await (await describeAs(gw.anonKey, user)).json()) as Swagger;
    expect(Object.keys(mine.paths['/projects'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
      'post',
    ]);
    expect(mine.definitions['people']?.properties['email']).toBeDefined();
    expect(mine.paths['/rpc/reorder_tasks']?.['post']).toBeDefined();
    // The audit trail is theirs to read (RLS narrows the rows), never to write.
    expect(Object.keys(mine.paths['/audit_log'] ?? {})).toEqual(['get']);
    expect(mine.paths['/rpc/list_accounts']?.['post']).toBeDefined();

    const all = (await (await describeAs(gw.serviceRoleKey, gw.serviceRoleKey)).json()) as Swagger;
    expect(Object.keys(all.paths['/audit_log'] ?? {}).sort()).toEqual([
      'delete',
      'get',
      'patch',
      'post',
    ]);
    expect(all.paths['/rpc/list_accounts']).toBeDefined();
  });

  it('answers HEAD without a body and refuses writes on the root', async () => {
    const head = await fetch(`${gw.url}/rest/v1/`, {
      method: 'HEAD',
      headers: { apikey: gw.anonKey },
    });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${gw.url}/rest/v1/`, {
      method: 'POST',
      headers: { apikey: gw.anonKey, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(post.status).toBe(405);
  });

  it('still needs an API key', async () => {
    const res = await fetch(`${gw.url}/rest/v1/`);
    expect(res.status).toBe(401);
  });
});
