// Relationship detection from foreign keys, the way PostgREST does it: many-to-one,
// one-to-many, one-to-one (FK columns unique) and many-to-many through a junction whose
// two foreign keys are part of its primary key. Hints narrow the candidates by
// constraint name, FK column or junction table.
import { RestError } from './errors.ts';
import type { ForeignKey, SchemaCache, Table } from './schema.ts';
import { tableKey } from './schema.ts';

export type Cardinality = 'many-to-one' | 'one-to-many' | 'one-to-one' | 'many-to-many';

export interface Junction {
  table: Table;
  /** (junction column, source column) */
  source: [string, string][];
  /** (junction column, target column) */
  target: [string, string][];
  sourceFk: string;
  targetFk: string;
}

export interface Relationship {
  cardinality: Cardinality;
  toOne: boolean;
  constraint: string;
  source: Table;
  target: Table;
  /** (source column, target column) for direct relationships. */
  cols: [string, string][];
  junction?: Junction;
}

const sameSet = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

const isUnique = (t: Table, cols: string[]): boolean => t.uniques.some((u) => sameSet(u, cols));

const within = (cols: string[], set: string[]): boolean => cols.every((c) => set.includes(c));

function zip(a: string[], b: string[]): [string, string][] {
  return a.map((x, i) => [x, b[i] ?? ''] as [string, string]);
}

export function relationshipsBetween(
  cache: SchemaCache,
  source: Table,
  target: Table,
): Relationship[] {
  const out: Relationship[] = [];
  for (const fk of cache.fks) {
    if (fk.fromOid === source.oid && fk.toOid === target.oid) {
      out.push({
        cardinality: isUnique(source, fk.fromCols) ? 'one-to-one' : 'many-to-one',
        toOne: true,
        constraint: fk.name,
        source,
        target,
        cols: zip(fk.fromCols, fk.toCols),
      });
    }
  }
  for (const fk of cache.fks) {
    if (fk.toOid === source.oid && fk.fromOid === target.oid) {
      const unique = isUnique(target, fk.fromCols);
      out.push({
        cardinality: unique ? 'one-to-one' : 'one-to-many',
        toOne: unique,
        constraint: fk.name,
        source,
        target,
        cols: zip(fk.toCols, fk.fromCols),
      });
    }
  }
  const byTable = new Map<number, ForeignKey[]>();
  for (const fk of cache.fks) {
    const list = byTable.get(fk.fromOid) ?? [];
    list.push(fk);
    byTable.set(fk.fromOid, list);
  }
  for (const [oid, list] of byTable) {
    const junction = cache.tablesByOid.get(oid);
    if (!junction || junction.pk.length === 0) continue;
    if (junction.oid === source.oid || junction.oid === target.oid) continue;
    for (const a of list) {
      if (a.toOid !== source.oid || !within(a.fromCols, junction.pk)) continue;
      for (const b of list) {
        if (b === a || b.toOid !== target.oid || !within(b.fromCols, junction.pk)) continue;
        out.push({
          cardinality: 'many-to-many',
          toOne: false,
          constraint: `${a.name},${b.name}`,
          source,
          target,
          cols: [],
          junction: {
            table: junction,
            source: zip(a.fromCols, a.toCols),
            target: zip(b.fromCols, b.toCols),
            sourceFk: a.name,
            targetFk: b.name,
          },
        });
      }
    }
  }
  return out;
}

function describe(r: Relationship): {
  cardinality: string;
  embedding: string;
  relationship: string;
} {
  const cols = (t: Table, c: string[]) => `${t.schema}.${t.name}(${c.join(', ')})`;
  let relationship: string;
  if (r.junction) {
    const j = r.junction;
    relationship = `${cols(j.table, [...j.source.map((p) => p[0]), ...j.target.map((p) => p[0])])} using ${j.sourceFk} and ${j.targetFk}`;
  } else {
    relationship = `${r.constraint} using ${cols(
      r.source,
      r.cols.map((p) => p[0]),
    )} and ${cols(
      r.target,
      r.cols.map((p) => p[1]),
    )}`;
  }
  return {
    cardinality: r.cardinality,
    embedding: `${r.source.name} with ${r.target.name}`,
    relationship,
  };
}

/** How a hint matches a candidate: 2 = via a source-side column, 1 = otherwise, 0 = no. */
function hintMatch(r: Relationship, hint: string): number {
  if (r.junction) {
    const j = r.junction;
    if (hint === j.table.name || hint === j.sourceFk || hint === j.targetFk) return 1;
    return 0;
  }
  if (r.cols.length === 1 && r.cols[0]?.[0] === hint) return 2;
  if (hint === r.constraint) return 1;
  if (r.cols.length === 1 && r.cols[0]?.[1] === hint) return 1;
  return 0;
}

export function resolveRelationship(
  cache: SchemaCache,
  source: Table,
  targetName: string,
  hint: string | undefined,
): Relationship {
  const target = cache.tables.get(tableKey(source.schema, targetName));
  const notFound = () =>
    new RestError(
      400,
      'PGRST200',
      `Could not find a relationship between '${source.name}' and '${targetName}' in the schema cache`,
      `Searched for a foreign key relationship between '${source.name}' and '${targetName}'${
        hint ? ` using the hint '${hint}'` : ''
      } in the schema '${source.schema}', but no matches were found.`,
      null,
    );
  if (!target) throw notFound();
  let candidates = relationshipsBetween(cache, source, target);
  if (hint !== undefined) {
    const scored = candidates.map((r) => ({ r, s: hintMatch(r, hint) })).filter((x) => x.s > 0);
    candidates = scored.map((x) => x.r);
    // A self-reference matches its FK column from both ends; the source-side match wins.
    if (candidates.length > 1) {
      const best = scored.filter((x) => x.s === 2).map((x) => x.r);
      if (best.length === 1) candidates = best;
    }
  }
  if (candidates.length === 0) throw notFound();
  if (candidates.length > 1) {
    const options = candidates.map((r) =>
      r.junction ? `'${targetName}!${r.junction.table.name}'` : `'${targetName}!${r.constraint}'`,
    );
    throw new RestError(
      300,
      'PGRST201',
      `Could not embed because more than one relationship was found for '${source.name}' and '${targetName}'`,
      candidates.map(describe),
      `Try changing '${targetName}' to one of the following: ${options.join(', ')}. Find the desired relationship in the 'details' key.`,
    );
  }
  return candidates[0] as Relationship;
}
