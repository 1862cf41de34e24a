// The schema cache: tables, columns, keys, foreign keys and functions of the exposed
// schemas, read from pg_catalog in one query. Like Supabase's `pgrst_ddl_watch`, an event
// trigger notifies the `pgrst` channel on DDL and the cache is dropped; the next request
// reloads it.
import type { Database, Queryable } from '../../database.ts';

export interface Column {
  name: string;
  type: string;
  typeOid: number;
  notNull: boolean;
  hasDefault: boolean;
  generated: boolean;
}

export interface Table {
  oid: number;
  schema: string;
  name: string;
  kind: string;
  columns: Map<string, Column>;
  columnList: Column[];
  pk: string[];
  /** Column sets with a unique constraint or unique index (incl. the primary key). */
  uniques: string[][];
}

export interface ForeignKey {
  name: string;
  fromOid: number;
  fromCols: string[];
  toOid: number;
  toCols: string[];
}

export interface FnArg {
  name: string;
  type: string;
  typeOid: number;
  hasDefault: boolean;
}

export interface Fn {
  oid: number;
  schema: string;
  name: string;
  args: FnArg[];
  returnsSet: boolean;
  returnType: string;
  returnTypeOid: number;
  /** 'c' composite, 'p' pseudo (void, record …), else scalar. */
  returnKind: string;
  /** Table whose row type the function returns, if any. */
  returnRelOid: number | null;
  /** Output columns for composite / TABLE / OUT-parameter results. */
  outColumns: Column[];
  volatility: string;
  variadic: boolean;
}

export interface SchemaCache {
  tables: Map<string, Table>;
  tablesByOid: Map<number, Table>;
  fks: ForeignKey[];
  functions: Map<string, Fn[]>;
  /** Type names usable in `::casts`, mapped to their qualified SQL spelling. */
  types: Map<string, string>;
  roles: Set<string>;
}

export const tableKey = (schema: string, name: string): string => `${schema}\u0000${name}`;

const CATALOG_SQL = `
with rels as (
  select c.oid, n.nspname, c.relname, c.relkind
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = any($1::text[]) and c.relkind in ('r','v','m','f','p')
),
cols as (
  select a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.atttypid::int as typoid,
         a.attnotnull, a.atthasdef, a.attgenerated <> '' as generated, a.attnum
  from pg_attribute a
  where a.attrelid in (select oid from rels) and a.attnum > 0 and not a.attisdropped
),
keys as (
  select i.indrelid, i.indisprimary,
         array(select a.attname from unnest(i.indkey) with ordinality k(attnum, ord)
               join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.ord) as cols
  from pg_index i
  where i.indrelid in (select oid from rels) and i.indisunique and i.indpred is null
    and i.indexprs is null and not (0 = any(i.indkey::int2[]))
),
fks as (
  select con.conname, con.conrelid::int as fromoid, con.confrelid::int as tooid,
         array(select a.attname from unnest(con.conkey) with ordinality k(attnum, ord)
               join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum order by k.ord) as fromcols,
         array(select a.attname from unnest(con.confkey) with ordinality k(attnum, ord)
               join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum order by k.ord) as tocols
  from pg_constraint con
  where con.contype = 'f' and con.conrelid in (select oid from rels) and con.confrelid in (select oid from rels)
),
fns as (
  select p.oid::int as oid, n.nspname, p.proname, p.proretset, p.provolatile, p.pronargdefaults,
         p.provariadic <> 0 as isvariadic,
         format_type(p.prorettype, null) as rettype, p.prorettype::int as rettypoid, t.typtype, t.typrelid::int as typrelid,
         coalesce(p.proallargtypes, p.proargtypes::oid[])::int[] as argtypes,
         coalesce(p.proargmodes, array_fill('i'::"char", array[coalesce(array_length(p.proallargtypes, 1), p.pronargs)])) as argmodes,
         coalesce(p.proargnames, array_fill(''::text, array[coalesce(array_length(p.proallargtypes, 1), p.pronargs)])) as argnames,
         array(select format_type(x, null) from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[])) with ordinality u(x, o) order by o) as argtypenames
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace join pg_type t on t.oid = p.prorettype
  where n.nspname = any($1::text[]) and p.prokind = 'f'
),
comp as (
  select a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.atttypid::int as typoid, a.attnum
  from pg_attribute a
  where a.attrelid in (select typrelid from fns where typtype = 'c') and a.attnum > 0 and not a.attisdropped
),
view_cols as (
  select c.oid::int as view, m.ord::int as ord, m.v[1]::int as resno, m.v[2] as resname,
         m.v[3]::bigint as origtbl, m.v[4]::int as origcol
  from rels c join pg_rewrite r on r.ev_class = c.oid and r.rulename = '_RETURN'
  cross join lateral regexp_matches(r.ev_action::text,
    ':resno (\\d+) :resname (\\S+) :ressortgroupref \\d+ :resorigtbl (\\d+) :resorigcol (\\d+)', 'g')
    with ordinality as m(v, ord)
  where c.relkind in ('v', 'm')
),
view_origins as (
  select vc.view, vc.ord, vc.resno, vc.resname, vc.origtbl::int as origtbl, a.attname as origname
  from view_cols vc join pg_attribute a on a.attrelid = vc.origtbl::oid and a.attnum = vc.origcol
  where vc.origtbl <> 0
),
types as (
  select t.typname, n.nspname, format_type(t.oid, null) as spelled
  from pg_type t join pg_namespace n on n.oid = t.typnamespace
  where (n.nspname = 'pg_catalog' or n.nspname = any($1::text[]) or n.nspname = 'extensions')
    and t.typtype in ('b','e','d','r','m','c') and t.typisdefined and not (t.typname like 'pg\\_%')
)
select json_build_object(
  'rels', (select coalesce(json_agg(json_build_object('oid', oid::int, 'schema', nspname, 'name', relname, 'kind', relkind)), '[]') from rels),
  'cols', (select coalesce(json_agg(json_build_object('rel', attrelid::int, 'name', attname, 'type', type, 'typoid', typoid,
            'notnull', attnotnull, 'hasdef', atthasdef, 'generated', generated) order by attrelid, attnum), '[]') from cols),
  'keys', (select coalesce(json_agg(json_build_object('rel', indrelid::int, 'primary', indisprimary, 'cols', cols)), '[]') from keys),
  'fks', (select coalesce(json_agg(json_build_object('name', conname, 'from', fromoid, 'to', tooid, 'fromcols', fromcols, 'tocols', tocols) order by conname), '[]') from fks),
  'fns', (select coalesce(json_agg(json_build_object('oid', oid, 'schema', nspname, 'name', proname, 'set', proretset,
            'vol', provolatile, 'ndefaults', pronargdefaults, 'variadic', isvariadic, 'rettype', rettype, 'rettypoid', rettypoid,
            'typtype', typtype, 'typrelid', typrelid, 'argtypes', argtypes, 'argmodes', argmodes, 'argnames', argnames,
            'argtypenames', argtypenames)), '[]') from fns),
  'comp', (select coalesce(json_agg(json_build_object('rel', attrelid::int, 'name', attname, 'type', type, 'typoid', typoid) order by attrelid, attnum), '[]') from comp),
  'views', (select coalesce(json_agg(json_build_object('view', view, 'ord', ord, 'resno', resno, 'resname', resname,
            'tbl', origtbl, 'col', origname) order by view, ord), '[]') from view_origins),
  'types', (select coalesce(json_agg(json_build_object('name', typname, 'schema', nspname, 'spelled', spelled)), '[]') from types),
  'roles', (select coalesce(json_agg(r.rolname), '[]') from pg_roles r
            where exists (select 1 from pg_auth_members m join pg_roles a on a.oid = m.member
                          where a.rolname = 'authenticator' and m.roleid = r.oid))
)::text as cache`;

interface RawCatalog {
  rels: { oid: number; schema: string; name: string; kind: string }[];
  cols: {
    rel: number;
    name: string;
    type: string;
    typoid: number;
    notnull: boolean;
    hasdef: boolean;
    generated: boolean;
  }[];
  keys: { rel: number; primary: boolean; cols: string[] }[];
  fks: { name: string; from: number; to: number; fromcols: string[]; tocols: string[] }[];
  fns: {
    oid: number;
    schema: string;
    name: string;
    set: boolean;
    vol: string;
    ndefaults: number;
    variadic: boolean;
    rettype: string;
    rettypoid: number;
    typtype: string;
    typrelid: number;
    argtypes: number[];
    argmodes: string[];
    argnames: string[];
    argtypenames: string[];
  }[];
  comp: { rel: number; name: string; type: string; typoid: number }[];
  types: { name: string; schema: string; spelled: string }[];
  roles: string[];
  views: { view: number; ord: number; resno: number; resname: string; tbl: number; col: string }[];
}

/** SQL-standard spellings PostgREST users write in casts. */
const TYPE_ALIASES: Record<string, string> = {
  int: 'integer',
  int4: 'integer',
  integer: 'integer',
  int2: 'smallint',
  smallint: 'smallint',
  int8: 'bigint',
  bigint: 'bigint',
  float4: 'real',
  real: 'real',
  float8: 'double precision',
  float: 'double precision',
  'double precision': 'double precision',
  bool: 'boolean',
  boolean: 'boolean',
  varchar: 'character varying',
  'character varying': 'character varying',
  char: 'character',
  character: 'character',
  decimal: 'numeric',
  timestamptz: 'timestamp with time zone',
  timestamp: 'timestamp without time zone',
  timetz: 'time with time zone',
  time: 'time without time zone',
};

export async function loadSchemaCache(db: Queryable, schemas: string[]): Promise<SchemaCache> {
  // An empty search_path makes format_type() qualify every non-builtin type, so the
  // spellings stay valid whatever search_path a request runs with.
  const res = await db.transaction(async (tx) => {
    await tx.exec(`set local search_path = ''`);
    return tx.query<{ cache: string }>(CATALOG_SQL, [schemas]);
  });
  const raw = JSON.parse(res.rows[0]?.cache ?? '{}') as RawCatalog;
  const tables = new Map<string, Table>();
  const tablesByOid = new Map<number, Table>();
  for (const r of raw.rels) {
    const t: Table = {
      oid: r.oid,
      schema: r.schema,
      name: r.name,
      kind: r.kind,
      columns: new Map(),
      columnList: [],
      pk: [],
      uniques: [],
    };
    tables.set(tableKey(r.schema, r.name), t);
    tablesByOid.set(r.oid, t);
  }
  for (const c of raw.cols) {
    const t = tablesByOid.get(c.rel);
    if (!t) continue;
    const col: Column = {
      name: c.name,
      type: c.type,
      typeOid: c.typoid,
      notNull: c.notnull,
      hasDefault: c.hasdef,
      generated: c.generated,
    };
    t.columns.set(c.name, col);
    t.columnList.push(col);
  }
  for (const k of raw.keys) {
    const t = tablesByOid.get(k.rel);
    if (!t) continue;
    if (k.primary) t.pk = k.cols;
    t.uniques.push(k.cols);
  }
  const fks: ForeignKey[] = raw.fks.map((f) => ({
    name: f.name,
    fromOid: f.from,
    fromCols: f.fromcols,
    toOid: f.to,
    toCols: f.tocols,
  }));
  addViewRelationships(tablesByOid, fks, raw.views ?? []);
  const comp = new Map<number, Column[]>();
  for (const c of raw.comp) {
    const list = comp.get(c.rel) ?? [];
    list.push({
      name: c.name,
      type: c.type,
      typeOid: c.typoid,
      notNull: false,
      hasDefault: false,
      generated: false,
    });
    comp.set(c.rel, list);
  }
  const functions = new Map<string, Fn[]>();
  for (const f of raw.fns) {
    const args: FnArg[] = [];
    const outColumns: Column[] = [];
    const inCount = f.argmodes.filter((m) => m === 'i' || m === 'b' || m === 'v').length;
    let inIndex = 0;
    f.argmodes.forEach((mode, i) => {
      const name = f.argnames[i] ?? '';
      const type = f.argtypenames[i] ?? 'unknown';
      const typeOid = f.argtypes[i] ?? 0;
      if (mode === 'i' || mode === 'b' || mode === 'v') {
        args.push({ name, type, typeOid, hasDefault: inIndex >= inCount - f.ndefaults });
        inIndex++;
      }
      if (mode === 'o' || mode === 'b' || mode === 't') {
        outColumns.push({
          name,
          type,
          typeOid,
          notNull: false,
          hasDefault: false,
          generated: false,
        });
      }
    });
    const composite = f.typtype === 'c' ? (comp.get(f.typrelid) ?? []) : [];
    const fn: Fn = {
      oid: f.oid,
      schema: f.schema,
      name: f.name,
      args,
      returnsSet: f.set,
      returnType: f.rettype,
      returnTypeOid: f.rettypoid,
      returnKind: outColumns.length > 0 ? 'c' : f.typtype,
      returnRelOid: f.typtype === 'c' && tablesByOid.has(f.typrelid) ? f.typrelid : null,
      outColumns: outColumns.length > 0 ? outColumns : composite,
      volatility: f.vol,
      variadic: f.variadic,
    };
    const key = tableKey(f.schema, f.name);
    const list = functions.get(key) ?? [];
    list.push(fn);
    functions.set(key, list);
  }
  const types = new Map<string, string>();
  for (const t of raw.types) {
    // Exposed schemas shadow pg_catalog only for their own names, never the built-ins.
    if (t.schema === 'pg_catalog' || !types.has(t.name)) types.set(t.name, t.spelled);
    if (!types.has(`${t.schema}.${t.name}`)) types.set(`${t.schema}.${t.name}`, t.spelled);
  }
  for (const [alias, spelled] of Object.entries(TYPE_ALIASES)) types.set(alias, spelled);
  return { tables, tablesByOid, fks, functions, types, roles: new Set(raw.roles) };
}

/** Keeps one cache per database and drops it whenever DDL is notified. */
export class SchemaCacheHolder {
  private cache: SchemaCache | null = null;
  private loading: Promise<SchemaCache> | null = null;
  private generation = 0;
  private watching: Promise<void> | null = null;

  constructor(
    private readonly db: Database,
    private readonly schemas: string[],
  ) {}

  invalidate(): void {
    this.generation++;
    this.cache = null;
  }

  async get(): Promise<SchemaCache> {
    if (!this.watching) this.watching = this.watch();
    await this.watching;
    if (this.cache) return this.cache;
    if (!this.loading) {
      const gen = this.generation;
      this.loading = loadSchemaCache(this.db, this.schemas).then(
        (c) => {
          this.loading = null;
          if (gen === this.generation) this.cache = c;
          return c;
        },
        (e: unknown) => {
          this.loading = null;
          throw e;
        },
      );
    }
    return this.loading;
  }

  private async watch(): Promise<void> {
    // Same names as Supabase's own DDL watchers, so a dump looks familiar.
    await this.db.exec(`
      create schema if not exists extensions;
      create or replace function extensions.pgrst_ddl_watch() returns event_trigger
      language plpgsql as $$ begin perform pg_notify('pgrst', 'reload schema'); end $$;
      create or replace function extensions.pgrst_drop_watch() returns event_trigger
      language plpgsql as $$ begin perform pg_notify('pgrst', 'reload schema'); end $$;
      do $$ begin
        if not exists (select from pg_event_trigger where evtname = 'pgrst_ddl_watch') then
          create event trigger pgrst_ddl_watch on ddl_command_end execute procedure extensions.pgrst_ddl_watch();
        end if;
        if not exists (select from pg_event_trigger where evtname = 'pgrst_drop_watch') then
          create event trigger pgrst_drop_watch on sql_drop execute procedure extensions.pgrst_drop_watch();
        end if;
      end $$;`);
    await this.db.listen('pgrst', () => this.invalidate());
    this.invalidate();
  }
}

/**
 * Views get the keys and foreign keys of the base-table columns they pass through, as in
 * PostgREST: a view column's origin comes from the view's rewrite rule (the top-level
 * target list's `resorigtbl`/`resorigcol`), followed through views of views.
 */
function addViewRelationships(
  tablesByOid: Map<number, Table>,
  fks: ForeignKey[],
  raw: RawCatalog['views'],
): void {
  // view oid → view column → [base oid, base column]; the last match per column wins
  // (the top-level target list is printed after the subqueries in the range table).
  const direct = new Map<number, Map<string, [number, string]>>();
  for (const v of raw) {
    const view = tablesByOid.get(v.view);
    const col = view?.columnList[v.resno - 1];
    if (!view || !col || col.name !== v.resname) continue;
    const m = direct.get(v.view) ?? new Map<string, [number, string]>();
    m.set(col.name, [v.tbl, v.col]);
    direct.set(v.view, m);
  }
  const resolve = (oid: number, col: string, depth = 0): [number, string] | undefined => {
    const hop = direct.get(oid)?.get(col);
    if (!hop) return depth === 0 ? undefined : [oid, col];
    if (depth > 8) return undefined;
    return direct.has(hop[0]) ? resolve(hop[0], hop[1], depth + 1) : hop;
  };
  // base oid → [{view, base column → view column}]
  const exposures = new Map<number, { view: Table; cols: Map<string, string> }[]>();
  for (const [viewOid, cols] of direct) {
    const view = tablesByOid.get(viewOid);
    if (!view) continue;
    const byBase = new Map<number, Map<string, string>>();
    for (const colName of cols.keys()) {
      const origin = resolve(viewOid, colName);
      if (!origin) continue;
      const m = byBase.get(origin[0]) ?? new Map<string, string>();
      if (!m.has(origin[1])) m.set(origin[1], colName);
      byBase.set(origin[0], m);
    }
    for (const [baseOid, m] of byBase) {
      const list = exposures.get(baseOid) ?? [];
      list.push({ view, cols: m });
      exposures.set(baseOid, list);
      const base = tablesByOid.get(baseOid);
      if (!base) continue;
      const mapCols = (cols: string[]) =>
        cols.every((c) => m.has(c)) ? cols.map((c) => m.get(c) as string) : null;
      const pk = mapCols(base.pk);
      if (pk && pk.length && view.pk.length === 0) view.pk = pk;
      for (const u of base.uniques) {
        const mapped = mapCols(u);
        if (mapped) view.uniques.push(mapped);
      }
    }
  }
  const sides = (oid: number, cols: string[]): { oid: number; cols: string[] }[] => {
    const out = [{ oid, cols }];
    for (const e of exposures.get(oid) ?? []) {
      if (cols.every((c) => e.cols.has(c))) {
        out.push({ oid: e.view.oid, cols: cols.map((c) => e.cols.get(c) as string) });
      }
    }
    return out;
  };
  for (const fk of [...fks]) {
    for (const from of sides(fk.fromOid, fk.fromCols)) {
      for (const to of sides(fk.toOid, fk.toCols)) {
        if (from.oid === fk.fromOid && to.oid === fk.toOid) continue;
        fks.push({
          name: fk.name,
          fromOid: from.oid,
          fromCols: from.cols,
          toOid: to.oid,
          toCols: to.cols,
        });
      }
    }
  }
}
