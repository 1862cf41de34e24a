// docs/open-data.md is a promise to the public: every curl example in it answers 200 with the
// anon key, and every table and column it lists is readable by anon. Both are checked here
// against the real migrations and seed through the gateway, so the page cannot drift from the
// grants and policies.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicRelations } from '../../../src/features/about/public-relations.ts';
import { startTestGateway, type TestGateway } from './support/gateway.ts';

const doc = readFileSync(new URL('../../../docs/open-data.md', import.meta.url), 'utf8');
const HOSTED = 'https://<project>.supabase.co';

interface Example {
  url: string;
  headers: Record<string, string>;
}

/** The curl lines of the document: the quoted URL and each -H header. */
function curlExamples(): Example[] {
  return doc
    .split('\n')
    .filter((line) => line.startsWith('curl '))
    .map((line) => {
      const url = /^curl '([^']+)'/.exec(line)?.[1];
      if (!url) throw new Error(`no quoted URL in: ${line}`);
      const headers: Record<string, string> = {};
      for (const m of line.matchAll(/-H "([^:]+): ([^"]+)"/g)) headers[m[1]!] = m[2]!;
      return { url, headers };
    });
}

/** The documented tables and their columns: "### `name`" then "Columns: `a`, `b`". */
function documentedColumns(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const m of doc.matchAll(/^### `(\w+)`\n[\s\S]*?^Columns: (.+)$/gm))
    out.set(
      m[1]!,
      [...m[2]!.matchAll(/`(\w+)`/g)].map((c) => c[1]!),
    );
  return out;
}

let gw: TestGateway;

beforeAll(async () => {
  gw = await startTestGateway({ seed: true });
});
afterAll(async () => {
  await gw?.close();
});

describe('docs/open-data.md', () => {
  const examples = curlExamples();

  it('has curl examples against the hosted URL with the anon key', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const e of examples) {
      expect(e.url.startsWith(`${HOSTED}/rest/v1/`), e.url).toBe(true);
      expect(e.headers['apikey']).toBe('$ANON_KEY');
    }
  });

  it.each(examples.map((e) => [e.url.slice(HOSTED.length), e] as const))(
    'GET %s answers 200 with data for anon',
    async (_path, example) => {
      const headers = { ...example.headers, apikey: gw.anonKey };
      const res = await fetch(example.url.replace(HOSTED, gw.url), { headers });
      const body = await res.text();
      expect(res.status, body).toBe(200);
      const json: unknown = JSON.parse(body);
      if (Array.isArray(json)) expect(json.length, example.url).toBeGreaterThan(0);
    },
  );

  it('lists the same tables as the /open-data page', () => {
    expect([...documentedColumns().keys()]).toEqual([...publicRelations]);
  });

  it('lists only tables and columns anon can read, each of them readable', async () => {
    const documented = documentedColumns();
    expect(documented.size).toBeGreaterThanOrEqual(10);
    for (const [table, columns] of documented) {
      const res = await fetch(`${gw.url}/rest/v1/${table}?select=${columns.join(',')}&limit=1`, {
        headers: { apikey: gw.anonKey },
      });
      expect(res.status, `${table}: ${await res.clone().text()}`).toBe(200);
    }
    // And nothing more than the OpenAPI description offers anon (no column listed by mistake).
    const openapi = (await (
      await fetch(`${gw.url}/rest/v1/`, { headers: { apikey: gw.anonKey } })
    ).json()) as { definitions: Record<string, { properties: Record<string, unknown> }> };
    for (const [table, columns] of documented)
      expect(Object.keys(openapi.definitions[table]?.properties ?? {}), table).toEqual(columns);

    // And every relation anon can read is documented: a new public table needs a line here.
    expect(Object.keys(openapi.definitions).sort()).toEqual([...documented.keys()].sort());
  });
});
