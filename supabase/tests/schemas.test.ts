// supabase/schemas/ holds the current definition of views and functions that the migrations
// (history, never edited) define, some of them several times over. This proves each file there
// says exactly what the migrations leave in the database: migrate an empty database, record
// each object's definition as Postgres prints it, run the file (create or replace), and record
// again. A migration that restates an object without its file following fails here. Only the
// objects that have a file are checked, so new migrations need not add one to pass.
import type { PGlite } from '@electric-sql/pglite';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDatabase, supabaseDir } from '../local/db';

const schemasDir = join(supabaseDir, 'schemas');

interface SchemaFile {
  file: string;
  kind: 'view' | 'function';
  /** schema.name, from the file name (`views/public.project_overview.sql`). */
  name: string;
  sql: string;
}

const files: SchemaFile[] = (['view', 'function'] as const).flatMap((kind) =>
  readdirSync(join(schemasDir, `${kind}s`))
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((f) => ({
      file: `${kind}s/${f}`,
      kind,
      name: f.replace(/\.sql$/, ''),
      sql: readFileSync(join(schemasDir, `${kind}s`, f), 'utf8'),
    })),
);

/** What Postgres says an object is: its definition, options and comment, every overload. */
async function definition(db: PGlite, { kind, name }: SchemaFile): Promise<unknown[]> {
  const [schema, object] = name.split('.');
  if (kind === 'view') {
    const { rows } = await db.query(
      `select pg_get_viewdef(c.oid, true) as definition, c.reloptions as options,
              obj_description(c.oid, 'pg_class') as comment
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relname = $2 and c.relkind = 'v'`,
      [schema, object],
    );
    return rows;
  }
  const { rows } = await db.query(
    `select pg_get_functiondef(p.oid) as definition,
            obj_description(p.oid, 'pg_proc') as comment
     from pg_proc p join pg_namespace n on n.oid = p.pronamespace
     where n.nspname = $1 and p.proname = $2
     order by pg_get_function_identity_arguments(p.oid)`,
    [schema, object],
  );
  return rows;
}

/** The objects a file creates, e.g. ["view public.project_overview"]. */
function created(sql: string): string[] {
  const withoutComments = sql.replace(/--[^\n]*/g, '');
  return [
    ...withoutComments.matchAll(/create\s+(?:or\s+replace\s+)?(view|function)\s+([\w.]+)/gi),
  ].map((m) => `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`);
}

let db: PGlite;
const migrated = new Map<string, unknown[]>();
const restated = new Map<string, unknown[]>();
const errors = new Map<string, string>();

beforeAll(async () => {
  ({ db } = await openDatabase({ seed: false }));
  for (const f of files) migrated.set(f.file, await definition(db, f));
  for (const f of files) {
    try {
      await db.exec(f.sql);
    } catch (error) {
      errors.set(f.file, error instanceof Error ? error.message : String(error));
    }
  }
  for (const f of files) restated.set(f.file, await definition(db, f));
});

afterAll(async () => {
  await db?.close();
});

test('supabase/schemas has views and functions', () => {
  expect(files.filter((f) => f.kind === 'view').length).toBeGreaterThan(0);
  expect(files.filter((f) => f.kind === 'function').length).toBeGreaterThan(0);
});

describe.each(files)('$file', (f) => {
  test('creates exactly the object its name says, with create or replace', () => {
    expect(created(f.sql)).toEqual([`${f.kind} ${f.name}`]);
    expect(f.sql).toMatch(/create\s+or\s+replace\s/i);
  });

  test('describes an object the migrations create', () => {
    expect(migrated.get(f.file)).not.toEqual([]);
  });

  test('equals what the migrations leave in the database', () => {
    expect(errors.get(f.file) ?? null).toBeNull();
    expect(restated.get(f.file)).toEqual(migrated.get(f.file));
  });
});
