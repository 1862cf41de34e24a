// The limits the forms enforce (lib/limits.ts) against the CHECK constraints of the migrated
// schema: a limit changed on either side alone fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPatterns, textLimits } from './limits';
import { startTestGateway, type TestGateway } from '../../supabase/local/tests/support/gateway.ts';

let gw: TestGateway;
beforeAll(async () => {
  gw = await startTestGateway();
});
afterAll(async () => {
  await gw?.close();
});

interface Check {
  table: string;
  name: string;
  definition: string;
}

async function checks(): Promise<Check[]> {
  const { rows } = await gw.db.query<Check>(
    `select c.relname as "table", k.conname as name, pg_get_constraintdef(k.oid) as definition
       from pg_constraint k join pg_class c on c.oid = k.conrelid
      where k.contype = 'c' and k.connamespace = 'public'::regnamespace`,
  );
  return rows;
}

/** table.column → the upper bound of every `char_length(column) <= n` (or `between … and n`). */
function lengthLimits(all: Check[]): Map<string, number> {
  const found = new Map<string, number>();
  const bound = /char_length\((?:btrim\()?\(?"?(\w+)"?\)?(?:::text)?\)?\)?\s*<=\s*(\d+)/g;
  for (const check of all) {
    for (const [, column, max] of check.definition.matchAll(bound)) {
      found.set(`${check.table}.${column}`, Number(max));
    }
  }
  return found;
}

function patterns(all: Check[]): Map<string, string> {
  const found = new Map<string, string>();
  const match = /\(?"?(\w+)"?\s*~\s*'([^']+)'/g;
  for (const check of all) {
    for (const [, column, pattern] of check.definition.matchAll(match)) {
      if (column && pattern) found.set(`${check.table}.${column}`, pattern);
    }
  }
  return found;
}

describe('the forms’ limits equal the database’s', () => {
  it('has a CHECK with the same length limit for every limit the forms declare', async () => {
    const db = lengthLimits(await checks());
    const declared = Object.entries(textLimits).flatMap(([table, columns]) =>
      Object.entries(columns).map(([column, max]) => [`${table}.${column}`, max] as const),
    );
    expect(declared.length).toBeGreaterThan(10);
    for (const [key, max] of declared) expect({ [key]: db.get(key) }).toEqual({ [key]: max });
  });

  it('declares every length limit of the tables the forms write', async () => {
    const db = lengthLimits(await checks());
    const tables = new Set(Object.keys(textLimits));
    const inDb = [...db.entries()].filter(([key]) => tables.has(key.split('.')[0] ?? ''));
    const declared = new Map(
      Object.entries(textLimits).flatMap(([table, columns]) =>
        Object.entries(columns).map(([column, max]) => [`${table}.${column}`, max] as const),
      ),
    );
    expect(new Map(inDb)).toEqual(declared);
  });

  it('uses the database’s format patterns', async () => {
    const db = patterns(await checks());
    for (const [table, columns] of Object.entries(checkPatterns)) {
      for (const [column, pattern] of Object.entries(columns)) {
        expect({ [`${table}.${column}`]: db.get(`${table}.${column}`) }).toEqual({
          [`${table}.${column}`]: pattern,
        });
      }
    }
  });
});
