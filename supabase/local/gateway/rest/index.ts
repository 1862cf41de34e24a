// The PostgREST subset behind /rest/v1: one transaction per request with the caller's
// role and claims set, Postgres deciding access, JSON built in SQL.
import type { PGlite } from '@electric-sql/pglite';
import type { GatewayRequest, GatewayResponse, ServiceEnv, ServiceHandler } from '../types.ts';
import { errorResponse, isPgError, JSON_TYPE, pgErrorToRest, RestError } from './errors.ts';
import type { SelectItem } from './parser.ts';
import { parseNameList, parseNonNegativeInt, parseOrder, parseSelect } from './parser.ts';
import type { Node } from './plan.ts';
import {
  applyQuery,
  buildNode,
  Ctx,
  renderLimit,
  renderOrder,
  renderSelect,
  renderWhere,
} from './plan.ts';
import type { Column, Fn, SchemaCache, Table } from './schema.ts';
import { SchemaCacheHolder, tableKey } from './schema.ts';
import { ident } from './sql.ts';
import { runInTransaction } from './batch.ts';

// Request context -----------------------------------------------------------------

interface Prefer {
  return?: 'minimal' | 'representation' | 'headers-only';
  count?: 'exact' | 'planned' | 'estimated';
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
  missing?: 'default' | 'null';
  tx?: 'commit' | 'rollback';
  handling?: 'strict' | 'lenient';
  maxAffected?: number;
  params?: 'single-object';
}

function parsePrefer(header: string | undefined): Prefer {
  const p: Prefer = {};
  if (!header) return p;
  for (const part of header.split(',')) {
    const [k = '', v = ''] = part
      .trim()
      .split('=', 2)
      .map((s) => s.trim());
    if (k === 'return' && (v === 'minimal' || v === 'representation' || v === 'headers-only'))
      p.return = v;
    else if (k === 'count' && (v === 'exact' || v === 'planned' || v === 'estimated')) p.count = v;
    else if (k === 'resolution' && (v === 'merge-duplicates' || v === 'ignore-duplicates'))
      p.resolution = v;
    else if (k === 'missing' && (v === 'default' || v === 'null')) p.missing = v;
    else if (k === 'tx' && (v === 'commit' || v === 'rollback')) p.tx = v;
    else if (k === 'handling' && (v === 'strict' || v === 'lenient')) p.handling = v;
    else if (k === 'max-affected' && /^\d{1,9}$/.test(v)) p.maxAffected = Number(v);
    else if (k === 'params' && v === 'single-object') p.params = v;
  }
  return p;
}

function preferenceApplied(p: Prefer, method: string): string | undefined {
  const out: string[] = [];
  if (p.return && method !== 'GET' && method !== 'HEAD') out.push(`return=${p.return}`);
  if (p.count) out.push(`count=${p.count}`);
  if (p.resolution && method === 'POST') out.push(`resolution=${p.resolution}`);
  if (p.missing && (method === 'POST' || method === 'PATCH')) out.push(`missing=${p.missing}`);
  if (p.tx) out.push(`tx=${p.tx}`);
  if (p.handling) out.push(`handling=${p.handling}`);
  return out.length ? out.join(', ') : undefined;
}

type Shape = 'array' | 'object' | 'csv';

interface Negotiated {
  shape: Shape;
  stripNulls: boolean;
}

function negotiate(accept: string | undefined): Negotiated {
  if (!accept) return { shape: 'array', stripNulls: false };
  for (const raw of accept.split(',')) {
    const [type = '', ...params] = raw.split(';').map((s) => s.trim().toLowerCase());
    const stripNulls = params.includes('nulls=stripped');
    if (type === 'application/vnd.pgrst.object+json' || type === 'application/vnd.pgrst.object') {
      return { shape: 'object', stripNulls };
    }
    if (type === 'text/csv') return { shape: 'csv', stripNulls: false };
    if (
      type === 'application/json' ||
      type === 'application/vnd.pgrst.array+json' ||
      type === 'application/vnd.pgrst.array' ||
      type === '*/*' ||
      type === 'application/*' ||
      type === ''
    ) {
      return { shape: 'array', stripNulls };
    }
  }
  throw new RestError(
    406,
    'PGRST107',
    `None of these media types are available: ${accept
      .split(',')
      .map((s) => s.trim())
      .join(', ')}`,
  );
}

class Rollback {
  constructor(readonly response: GatewayResponse) {}
}

interface Prepared {
  sql: string;
  params: (string | null)[];
  readOnly: boolean;
  finish(rows: Record<string, unknown>[], affected: number): GatewayResponse | Rollback;
}

const singleError = (n: number): RestError =>
  new RestError(
    406,
    'PGRST116',
    'JSON object requested, multiple (or no) rows returned',
    `The result contains ${n} rows`,
  );

// Entry --------------------------------------------------------------------------

const holders = new WeakMap<PGlite, Map<string, SchemaCacheHolder>>();

function cacheHolder(env: ServiceEnv): SchemaCacheHolder {
  let byDb = holders.get(env.db);
  if (!byDb) {
    byDb = new Map();
    holders.set(env.db, byDb);
  }
  const key = env.config.schemas.join(',');
  let h = byDb.get(key);
  if (!h) {
    h = new SchemaCacheHolder(env.db, env.config.schemas);
    byDb.set(key, h);
  }
  return h;
}

export const handleRest: ServiceHandler = async (req, env) => {
  const anonymous = (req.claims.role ?? 'anon') === 'anon';
  try {
    return await handle(req, env);
  } catch (e) {
    if (e instanceof RestError) return errorResponse(e);
    if (isPgError(e)) {
      const res = errorResponse(pgErrorToRest(e, anonymous));
      // As PostgREST: an anonymous request denied by Postgres is asked to authenticate.
      if (res.status === 401) res.headers = { ...res.headers, 'WWW-Authenticate': 'Bearer' };
      return res;
    }
    throw e;
  }
};

async function handle(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const { config } = env;
  const method = req.method.toUpperCase();
  const readMethod = method === 'GET' || method === 'HEAD';
  const profileHeader = readMethod ? req.headers['accept-profile'] : req.headers['content-profile'];
  const schema = profileHeader ?? config.schemas[0] ?? 'public';
  if (!config.schemas.includes(schema)) {
    throw new RestError(
      406,
      'PGRST106',
      `Invalid schema: ${schema}`,
      null,
      `Only the following schemas are exposed: ${config.schemas.join(', ')}`,
    );
  }
  const segments = req.path.split('/').filter((s) => s !== '');
  let decoded: string[];
  try {
    decoded = segments.map((s) => decodeURIComponent(s));
  } catch {
    throw new RestError(400, 'PGRST125', 'Invalid path specified in request URL');
  }
  const cache = await cacheHolder(env).get();
  const role = typeof req.claims.role === 'string' ? req.claims.role : 'anon';
  if (!cache.roles.has(role)) {
    throw new RestError(401, '22023', `role "${role}" does not exist`, null, null, {
      'WWW-Authenticate': 'Bearer error="invalid_token", error_description="role does not exist"',
    });
  }
  const prefer = parsePrefer(req.headers['prefer']);
  const neg = negotiate(req.headers['accept']);

  let prepared: Prepared;
  if (decoded.length === 2 && decoded[0] === 'rpc') {
    if (!['GET', 'HEAD', 'POST'].includes(method)) throw methodNotAllowed(method);
    prepared = prepareRpc(req, cache, schema, decoded[1] ?? '', prefer, neg, config.maxRows);
  } else if (decoded.length === 1) {
    const table = cache.tables.get(tableKey(schema, decoded[0] ?? ''));
    if (!table) {
      throw new RestError(
        404,
        'PGRST205',
        `Could not find the table '${schema}.${decoded[0]}' in the schema cache`,
      );
    }
    if (readMethod) prepared = prepareRead(req, cache, table, prefer, neg, config.maxRows);
    else if (method === 'POST') prepared = prepareInsert(req, cache, table, prefer, neg);
    else if (method === 'PATCH' || method === 'DELETE')
      prepared = prepareUpdateDelete(req, cache, table, prefer, neg, method);
    else throw methodNotAllowed(method);
  } else if (decoded.length === 0) {
    throw new RestError(404, 'PGRST125', 'Invalid path specified in request URL');
  } else {
    throw new RestError(404, 'PGRST125', 'Invalid path specified in request URL');
  }

  const context = {
    sql: `select set_config('role', $1, true), set_config('request.jwt.claims', $2, true),
              set_config('request.method', $3, true), set_config('request.path', $4, true),
              set_config('request.headers', $5, true), set_config('search_path', $6, true),
              set_config('transaction_read_only', $7, true)`,
    params: [
      role,
      JSON.stringify(req.claims),
      method,
      `/${segments.join('/')}`,
      JSON.stringify(req.headers),
      `${ident(schema)}, extensions`,
      prepared.readOnly ? 'on' : 'off',
    ],
  };
  if (process.env['GATEWAY_DEBUG_SQL']) console.error(prepared.sql, prepared.params);
  // One transaction: the context settings, then the statement (see batch.ts for the trips).
  const response = await runInTransaction(
    env.db,
    [context],
    { sql: prepared.sql, params: prepared.params },
    prepared.readOnly,
    (res) => {
      const out = prepared.finish(res.rows, res.affectedRows);
      if (out instanceof Rollback) return { value: out.response, commit: false };
      return { value: out, commit: prefer.tx !== 'rollback' };
    },
  );
  const applied = preferenceApplied(prefer, method);
  if (applied) response.headers = { ...response.headers, 'Preference-Applied': applied };
  if (method === 'HEAD') response.body = null;
  return response;
}

const methodNotAllowed = (method: string): RestError =>
  new RestError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);

// Reads --------------------------------------------------------------------------

function selectItems(req: GatewayRequest): SelectItem[] {
  const s = req.query.get('select');
  return s === null ? [{ type: 'star' }] : parseSelect(s);
}

function rangeFromHeaders(req: GatewayRequest): { offset?: number; limit?: number } {
  const h = req.headers['range'];
  if (!h) return {};
  const m = /^(?:items=)?\s*(\d{1,15})-(\d{0,15})\s*$/.exec(h);
  if (!m) return {};
  const from = Number(m[1]);
  const to = m[2] === '' || m[2] === undefined ? undefined : Number(m[2]);
  if (to !== undefined && to < from) {
    throw new RestError(416, 'PGRST103', 'Requested range not satisfiable', null);
  }
  return { offset: from, limit: to === undefined ? undefined : to - from + 1 };
}

function topLimits(req: GatewayRequest, maxRows: number): { limit?: number; offset: number } {
  const qLimit = req.query.get('limit');
  const qOffset = req.query.get('offset');
  const range = rangeFromHeaders(req);
  let limit = qLimit !== null ? parseNonNegativeInt(qLimit, 'limit') : range.limit;
  if (qLimit !== null && range.limit !== undefined)
    limit = Math.min(limit ?? Infinity, range.limit);
  const offset = qOffset !== null ? parseNonNegativeInt(qOffset, 'offset') : (range.offset ?? 0);
  if (maxRows > 0) limit = Math.min(limit ?? maxRows, maxRows);
  return { limit, offset };
}

function contentRange(offset: number, pageTotal: number, total: number | null): string {
  const totalStr = total === null ? '*' : String(total);
  if (pageTotal === 0 || total === 0) return `*/${totalStr}`;
  return `${offset}-${offset + pageTotal - 1}/${totalStr}`;
}

function bodyExpr(page: string, neg: Negotiated, scalarColumn?: string): string {
  const agg = scalarColumn ? `json_agg(${page}.${ident(scalarColumn)})` : `json_agg(${page})`;
  const arr = `coalesce(${agg}, '[]'::json)`;
  const strip = (x: string) => (neg.stripNulls ? `json_strip_nulls(${x})` : x);
  if (neg.shape === 'csv') {
    // A record's text form quotes like CSV: "(1,""a, b"")" → 1,"a, b" once the parens go.
    const header = `coalesce((select string_agg(k, ',') from json_object_keys((select row_to_json(h) from ${page} as h limit 1)) as k), '')`;
    const rows = `coalesce(string_agg(substring(${page}::text, 2, length(${page}::text) - 2), chr(10)), '')`;
    return `${header} || chr(10) || ${rows}`;
  }
  return neg.shape === 'object' ? `(${strip(arr)}->0)::text` : `${strip(arr)}::text`;
}

interface ReadSpec {
  node: Node;
  ctx: Ctx;
  from: string;
  scalarColumn?: string;
  /** Non-SETOF composite function results answer with an object. */
  forceObject?: boolean;
}

function readStatement(
  spec: ReadSpec,
  neg: Negotiated,
  prefer: Prefer,
  limit: number | undefined,
  offset: number,
): string {
  const { node, ctx, from } = spec;
  const sel = renderSelect(ctx, node);
  const where = renderWhere(ctx, node);
  const whereSql = where.length ? ` where ${where.join(' and ')}` : '';
  const list = sel.list.length ? sel.list.join(', ') : '';
  const page = `select ${list} from ${from} ${sel.joins.join(' ')}${whereSql}${renderOrder(ctx, node)}${renderLimit(ctx, limit, offset)}`;
  const count = prefer.count ? `(select count(*) from ${from}${whereSql})` : 'null';
  const shape: Negotiated = spec.forceObject ? { ...neg, shape: 'object' } : neg;
  return `with _pgrst_page as (${page})
    select count(*)::int as page_total, ${count}::bigint::text as total,
           ${bodyExpr('_pgrst_page', shape, spec.scalarColumn)} as body
    from _pgrst_page`;
}

function readResponse(
  rows: Record<string, unknown>[],
  neg: Negotiated,
  offset: number,
  forceObject = false,
): GatewayResponse | Rollback {
  const row = rows[0] ?? {};
  const pageTotal = Number(row['page_total'] ?? 0);
  const total = row['total'] === null || row['total'] === undefined ? null : Number(row['total']);
  if (neg.shape === 'object' && pageTotal !== 1)
    return new Rollback(errorResponse(singleError(pageTotal)));
  let status = 200;
  if (total !== null) {
    const upper = offset + pageTotal - 1;
    if (offset > total || (offset > 0 && offset >= total && total > 0)) {
      return new Rollback(
        errorResponse(
          new RestError(
            416,
            'PGRST103',
            'Requested range not satisfiable',
            `An offset of ${offset} was requested, but there are only ${total} rows.`,
          ),
        ),
      );
    }
    if (1 + upper - offset < total) status = 206;
  }
  const headers: Record<string, string> = {
    'Content-Type': neg.shape === 'csv' ? 'text/csv; charset=utf-8' : JSON_TYPE,
    'Content-Range': contentRange(offset, pageTotal, total),
  };
  if (forceObject && neg.shape !== 'object' && pageTotal === 0) {
    return { status, headers, body: 'null' };
  }
  return { status, headers, body: String(row['body'] ?? '[]') };
}

function prepareRead(
  req: GatewayRequest,
  cache: SchemaCache,
  table: Table,
  prefer: Prefer,
  neg: Negotiated,
  maxRows: number,
): Prepared {
  const ctx = new Ctx(cache);
  const node = buildNode(ctx, table, qualifiedName(table), table.name, selectItems(req));
  applyQuery(node, req.query);
  const order = req.query.get('order');
  if (order !== null) node.order = parseOrder(order);
  const { limit, offset } = topLimits(req, maxRows);
  const sql = readStatement(
    { node, ctx, from: `${qualifiedName(table)} as ${ident(node.alias)}` },
    neg,
    prefer,
    limit,
    offset,
  );
  return {
    sql,
    params: ctx.params.values,
    readOnly: true,
    finish: (rows) => readResponse(rows, neg, offset),
  };
}

const qualifiedName = (t: { schema: string; name: string }): string =>
  `${ident(t.schema)}.${ident(t.name)}`;

// Writes -------------------------------------------------------------------------

function decodeBody(req: GatewayRequest): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(req.body);
  } catch {
    throw new RestError(400, 'PGRST102', 'Empty or invalid json', 'The body is not valid UTF-8');
  }
}

function parseJsonBody(req: GatewayRequest): { text: string; value: unknown } {
  const text = decodeBody(req);
  if (text.trim() === '') throw new RestError(400, 'PGRST102', 'Empty or invalid json');
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    throw new RestError(400, 'PGRST102', 'Empty or invalid json');
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function unknownColumn(table: Table, name: string): RestError {
  return new RestError(
    400,
    'PGRST204',
    `Could not find the '${name}' column of '${table.name}' in the schema cache`,
  );
}

function checkColumns(table: Table, names: string[]): Column[] {
  return names.map((n) => {
    const c = table.columns.get(n);
    if (!c) throw unknownColumn(table, n);
    return c;
  });
}

interface Returning {
  node: Node;
  ctx: Ctx;
}

/** The representation of written rows, re-read from the data-modifying CTE. */
function writeStatement(
  modify: string,
  ret: Returning | null,
  neg: Negotiated,
  withInserted: boolean,
): string {
  if (!ret) return modify;
  const { node, ctx } = ret;
  const sel = renderSelect(ctx, node);
  const list = sel.list.length ? sel.list.join(', ') : '';
  return `with _pgrst_src as (${modify}),
    _pgrst_page as (select ${list} from _pgrst_src as ${ident(node.alias)} ${sel.joins.join(' ')})
    select (select count(*) from _pgrst_src)::int as page_total,
           ${withInserted ? '(select coalesce(bool_or(_pgrst_ins), false) from _pgrst_src)' : 'true'} as inserted,
           (select ${bodyExpr('_pgrst_page', neg)} from _pgrst_page) as body`;
}

function locationFor(table: Table, row: Record<string, unknown>): string | undefined {
  if (table.pk.length === 0) return undefined;
  const q = table.pk
    .map((c) => `${encodeURIComponent(c)}=eq.${encodeURIComponent(String(row[c] ?? ''))}`)
    .join('&');
  return `/${encodeURIComponent(table.name)}?${q}`;
}

function writeFinish(
  method: string,
  table: Table,
  prefer: Prefer,
  neg: Negotiated,
  mode: 'minimal' | 'representation' | 'headers-only',
): Prepared['finish'] {
  return (rows, affected) => {
    const row = rows[0] ?? {};
    const n = mode === 'minimal' ? affected : Number(row['page_total'] ?? 0);
    if (neg.shape === 'object' && n !== 1) return new Rollback(errorResponse(singleError(n)));
    if (
      prefer.handling === 'strict' &&
      prefer.maxAffected !== undefined &&
      n > prefer.maxAffected
    ) {
      return new Rollback(
        errorResponse(
          new RestError(
            400,
            'PGRST124',
            'Query result exceeds max-affected preference constraint',
            `The query affects ${n} rows`,
          ),
        ),
      );
    }
    const total = prefer.count ? String(n) : '*';
    const headers: Record<string, string> = {
      'Content-Range':
        method !== 'POST' && mode === 'representation' && n > 0
          ? `0-${n - 1}/${total}`
          : `*/${total}`,
    };
    let status = method === 'POST' ? 201 : 204;
    if (mode === 'representation') {
      headers['Content-Type'] = JSON_TYPE;
      if (
        method === 'POST' &&
        prefer.resolution === 'merge-duplicates' &&
        n > 0 &&
        row['inserted'] === false
      )
        status = 200;
      else if (method !== 'POST') status = 200;
      return { status, headers, body: String(row['body'] ?? '[]') };
    }
    if (mode === 'headers-only' && method === 'POST') {
      try {
        const list = JSON.parse(String(row['body'] ?? '[]')) as Record<string, unknown>[];
        const first = list[0];
        const loc = first ? locationFor(table, first) : undefined;
        if (loc) headers['Location'] = loc;
      } catch {
        /* no Location */
      }
    }
    return { status, headers, body: null };
  };
}

function returningFor(
  req: GatewayRequest,
  cache: SchemaCache,
  table: Table,
  prefer: Prefer,
): { mode: 'minimal' | 'representation' | 'headers-only'; ret: Returning | null } {
  const mode = prefer.return ?? 'minimal';
  if (mode === 'minimal') return { mode, ret: null };
  const ctx = new Ctx(cache);
  const items: SelectItem[] =
    mode === 'headers-only'
      ? table.pk.map((c) => ({ type: 'field', field: { name: c, path: [] } }))
      : selectItems(req);
  const node = buildNode(ctx, table, qualifiedName(table), table.name, items);
  if (mode === 'representation') applyEmbedQuery(node, req);
  return { mode, ret: { node, ctx } };
}

/** On writes only embed-scoped parameters shape the representation. */
function applyEmbedQuery(node: Node, req: GatewayRequest): void {
  const scoped = new URLSearchParams();
  for (const [k, v] of req.query) {
    if (k.includes('.') && !k.startsWith('not.') && node.embeds.length > 0) scoped.append(k, v);
  }
  applyQuery(node, scoped);
}

function prepareInsert(
  req: GatewayRequest,
  cache: SchemaCache,
  table: Table,
  prefer: Prefer,
  neg: Negotiated,
): Prepared {
  const { text, value } = parseJsonBody(req);
  const rows: Record<string, unknown>[] = Array.isArray(value)
    ? value.map((v) => {
        if (!isPlainObject(v)) throw new RestError(400, 'PGRST102', 'All object keys must match');
        return v;
      })
    : isPlainObject(value)
      ? [value]
      : (() => {
          throw new RestError(400, 'PGRST102', 'Empty or invalid json');
        })();
  const columnsParam = req.query.get('columns');
  let names: string[];
  if (columnsParam !== null) {
    names = parseNameList(columnsParam, 'columns');
  } else {
    const first = Object.keys(rows[0] ?? {});
    for (const r of rows) {
      const keys = Object.keys(r);
      if (keys.length !== first.length || !keys.every((k) => first.includes(k))) {
        throw new RestError(400, 'PGRST102', 'All object keys must match');
      }
    }
    names = first;
  }
  names = [...new Set(names)];
  checkColumns(table, names);
  const { mode, ret } = returningFor(req, cache, table, prefer);
  const ctx = ret?.ctx ?? new Ctx(cache);
  const p = ctx.params;
  const target = `${qualifiedName(table)} as ${ident(table.name)}`;
  const cols = names.map(ident).join(', ');
  const payload = p.add(Array.isArray(value) ? text : `[${text}]`);
  let source: string;
  if (rows.length === 0) {
    source = `select ${names.length ? cols : 'null'} from json_populate_recordset(null::${qualifiedName(table)}, ${payload}::json) where false`;
  } else if (names.length === 0) {
    source = `values ${rows.map(() => '(default)').join(', ')}`;
  } else if (prefer.missing === 'default' && columnsParam !== null) {
    const tuples = rows.map((r, i) => {
      const vals = names.map((n) =>
        Object.prototype.hasOwnProperty.call(r, n)
          ? `(json_populate_record(null::${qualifiedName(table)}, ${payload}::json->${i})).${ident(n)}`
          : 'default',
      );
      return `(${vals.join(', ')})`;
    });
    source = `values ${tuples.join(', ')}`;
  } else {
    source = `select ${cols} from json_populate_recordset(null::${qualifiedName(table)}, ${payload}::json)`;
  }
  let conflict = '';
  const upsert = prefer.resolution !== undefined;
  if (upsert) {
    const onConflict = req.query.get('on_conflict');
    const keys = onConflict !== null ? parseNameList(onConflict, 'on_conflict') : table.pk;
    checkColumns(table, keys);
    if (keys.length === 0) {
      throw new RestError(
        400,
        'PGRST103',
        `Table '${table.name}' has no primary key; use on_conflict to name the conflict columns`,
      );
    }
    const target2 = keys.map(ident).join(', ');
    if (prefer.resolution === 'ignore-duplicates' || names.length === 0) {
      conflict = ` on conflict (${target2}) do nothing`;
    } else {
      const sets = names.map((n) => `${ident(n)} = excluded.${ident(n)}`).join(', ');
      conflict = ` on conflict (${target2}) do update set ${sets}`;
    }
  }
  const withInserted = upsert && (table.kind === 'r' || table.kind === 'p');
  const returning = ret
    ? ` returning ${ident(table.name)}.*${withInserted ? `, (${ident(table.name)}.xmax = 0) as _pgrst_ins` : ''}`
    : '';
  const colList =
    names.length && rows.length
      ? ` (${cols})`
      : rows.length === 0 && names.length
        ? ` (${cols})`
        : '';
  const modify = `insert into ${target}${colList} ${source}${conflict}${returning}`;
  return {
    sql: writeStatement(
      modify,
      ret,
      mode === 'headers-only' ? { shape: 'array', stripNulls: false } : neg,
      withInserted,
    ),
    params: p.values,
    readOnly: false,
    finish: writeFinish('POST', table, prefer, neg, mode),
  };
}

function prepareUpdateDelete(
  req: GatewayRequest,
  cache: SchemaCache,
  table: Table,
  prefer: Prefer,
  neg: Negotiated,
  method: 'PATCH' | 'DELETE',
): Prepared {
  const { mode, ret } = returningFor(req, cache, table, prefer);
  const ctx = ret?.ctx ?? new Ctx(cache);
  // The filters apply to the written table; embed-scoped ones were applied above.
  const filterNode = buildNode(ctx, table, qualifiedName(table), table.name, []);
  const rootOnly = new URLSearchParams();
  for (const [k, v] of req.query) {
    if (!k.includes('.') || k.startsWith('not.') || /->/.test(k)) rootOnly.append(k, v);
  }
  applyQuery(filterNode, rootOnly);
  if (filterNode.conds.length === 0) {
    throw new RestError(
      400,
      '21000',
      `${method === 'PATCH' ? 'UPDATE' : 'DELETE'} requires a WHERE clause`,
    );
  }
  const where = renderWhere(ctx, filterNode).join(' and ');
  const target = `${qualifiedName(table)} as ${ident(table.name)}`;
  const returning = ret ? ` returning ${ident(table.name)}.*` : '';
  let modify: string;
  if (method === 'PATCH') {
    const { text, value } = parseJsonBody(req);
    if (!isPlainObject(value)) throw new RestError(400, 'PGRST102', 'Empty or invalid json');
    const columnsParam = req.query.get('columns');
    const names =
      columnsParam !== null ? parseNameList(columnsParam, 'columns') : Object.keys(value);
    checkColumns(table, names);
    if (names.length === 0) {
      // Nothing to change: PostgREST answers without touching the table.
      return {
        sql: 'select 0 as page_total, true as inserted, $1::text as body',
        params: [neg.shape === 'object' ? null : '[]'],
        readOnly: true,
        finish: writeFinish(
          'PATCH',
          table,
          prefer,
          neg,
          mode === 'headers-only' ? 'minimal' : mode,
        ),
      };
    }
    const payload = ctx.params.add(text);
    const sets = names.map((n) => `${ident(n)} = _pgrst_body.${ident(n)}`).join(', ');
    modify = `update ${target} set ${sets} from json_populate_record(null::${qualifiedName(table)}, ${payload}::json) as _pgrst_body where ${where}${returning}`;
  } else {
    modify = `delete from ${target} where ${where}${returning}`;
  }
  return {
    sql: writeStatement(modify, ret, neg, false),
    params: ctx.params.values,
    readOnly: false,
    finish: writeFinish(method, table, prefer, neg, mode === 'headers-only' ? 'minimal' : mode),
  };
}

// RPC ----------------------------------------------------------------------------

const JSON_TYPES = new Set(['json', 'jsonb']);

function prepareRpc(
  req: GatewayRequest,
  cache: SchemaCache,
  schema: string,
  name: string,
  prefer: Prefer,
  neg: Negotiated,
  maxRows: number,
): Prepared {
  const method = req.method.toUpperCase();
  const isGet = method === 'GET' || method === 'HEAD';
  const candidates = cache.functions.get(tableKey(schema, name)) ?? [];
  let args: Record<string, unknown> = {};
  let bodyText = '';
  let bodyValue: unknown = {};
  if (isGet) {
    for (const [k, v] of req.query) {
      if (!RESERVED_RPC.has(k)) args[k] = v;
    }
  } else {
    const text = decodeBody(req);
    if (text.trim() !== '') {
      try {
        bodyValue = JSON.parse(text) as unknown;
      } catch {
        throw new RestError(400, 'PGRST102', 'Empty or invalid json');
      }
      bodyText = text;
    } else bodyText = '{}';
    if (isPlainObject(bodyValue)) args = bodyValue;
  }
  const keys = Object.keys(args);
  let chosen: { fn: Fn; used: string[]; single: boolean } | undefined;
  const matches: { fn: Fn; used: string[]; single: boolean }[] = [];
  for (const fn of candidates) {
    if (fn.variadic) continue;
    const only = fn.args[0];
    const singleJson =
      !isGet &&
      fn.args.length === 1 &&
      only !== undefined &&
      (only.name === '' || prefer.params === 'single-object') &&
      JSON_TYPES.has(only.type);
    if (singleJson) {
      matches.push({ fn, used: [], single: true });
      continue;
    }
    const argNames = new Set(fn.args.map((a) => a.name));
    const used = isGet ? keys.filter((k) => argNames.has(k)) : keys;
    if (!isGet && !isPlainObject(bodyValue)) continue;
    if (!used.every((k) => argNames.has(k))) continue;
    if (!fn.args.every((a) => a.hasDefault || used.includes(a.name))) continue;
    if (fn.args.some((a) => a.name === '')) continue;
    matches.push({ fn, used, single: false });
  }
  if (matches.length > 1) {
    // Prefer exact matches: the overload that uses the most of the given arguments.
    const best = Math.max(...matches.map((m) => m.used.length));
    const top = matches.filter((m) => m.used.length === best && !m.single);
    if (top.length === 1) chosen = top[0];
    else {
      throw new RestError(
        300,
        'PGRST203',
        `Could not choose the best candidate function between: ${matches
          .map(
            (m) =>
              `${schema}.${name}(${m.fn.args.map((a) => `${a.name} => ${a.type}`).join(', ')})`,
          )
          .join(', ')}`,
        null,
        'Try renaming the parameters or the function itself in the database so function overloading can be resolved',
      );
    }
  } else chosen = matches[0];
  if (!chosen) {
    const argList = keys.slice().sort().join(', ');
    throw new RestError(
      404,
      'PGRST202',
      `Could not find the function ${schema}.${name}${keys.length ? `(${argList})` : ' without parameters'} in the schema cache`,
      `Searched for the function ${schema}.${name}${
        keys.length ? ` with parameters ${argList}` : ' without parameters'
      } or with a single unnamed json/jsonb parameter, but no matches were found in the schema cache.`,
      null,
    );
  }
  const { fn, used, single } = chosen;
  const ctx = new Ctx(cache);
  const p = ctx.params;
  let argsFrom = '';
  let call: string;
  if (single) {
    const only = fn.args[0];
    call = `${qualifiedName(fn)}(${p.add(bodyText)}::${only?.type === 'jsonb' ? 'jsonb' : 'json'})`;
  } else if (used.length === 0) {
    call = `${qualifiedName(fn)}()`;
  } else {
    const usedArgs = fn.args.filter((a) => used.includes(a.name));
    const obj: Record<string, unknown> = {};
    for (const a of usedArgs) obj[a.name] = args[a.name];
    const payload = p.add(isGet ? JSON.stringify(obj) : JSON.stringify(obj));
    argsFrom = `json_to_record(${payload}::json) as _pgrst_args(${usedArgs.map((a) => `${ident(a.name)} ${a.type}`).join(', ')})`;
    call = `${qualifiedName(fn)}(${usedArgs.map((a) => `${ident(a.name)} := _pgrst_args.${ident(a.name)}`).join(', ')})`;
  }
  const readOnly = isGet;
  const fnAlias = fn.name;
  // void → 204; scalar → the JSON value.
  if (!fn.returnsSet && fn.returnKind !== 'c') {
    const isVoid = fn.returnType === 'void';
    const sql = `select ${isVoid ? `${call}::text` : `to_json(${call})::text`} as body${argsFrom ? ` from ${argsFrom}` : ''}`;
    return {
      sql,
      params: p.values,
      readOnly,
      finish: (rows): GatewayResponse => {
        if (isVoid) return { status: 204, headers: {}, body: null };
        const body = rows[0]?.['body'];
        return {
          status: 200,
          headers: { 'Content-Type': JSON_TYPE, 'Content-Range': '0-0/*' },
          body: body === null || body === undefined ? 'null' : String(body),
        };
      },
    };
  }
  // Set or composite results behave like a table.
  const relTable = fn.returnRelOid !== null ? cache.tablesByOid.get(fn.returnRelOid) : undefined;
  const scalarSet = fn.returnKind !== 'c';
  const columns: Column[] = scalarSet
    ? [
        {
          name: fnAlias,
          type: fn.returnType,
          typeOid: fn.returnTypeOid,
          notNull: false,
          hasDefault: false,
          generated: false,
        },
      ]
    : fn.outColumns;
  const shapeTable: Table = relTable ?? {
    oid: -fn.oid,
    schema: fn.schema,
    name: fnAlias,
    kind: 'f',
    columns: new Map(columns.map((c) => [c.name, c])),
    columnList: columns,
    pk: [],
    uniques: [],
  };
  const items = selectItems(req);
  const node = buildNode(ctx, shapeTable, call, fnAlias, items);
  const skip = new Set(isGet ? used : []);
  applyQuery(node, req.query, { skip });
  const order = req.query.get('order');
  if (order !== null) node.order = parseOrder(order);
  const { limit, offset } = topLimits(req, fn.returnsSet ? maxRows : 0);
  const from = `${argsFrom ? `${argsFrom} cross join lateral ` : ''}${call} as ${ident(fnAlias)}`;
  const plainStar = items.length === 1 && items[0]?.type === 'star';
  const sql = readStatement(
    {
      node,
      ctx,
      from,
      scalarColumn: scalarSet && plainStar ? fnAlias : undefined,
      forceObject: !fn.returnsSet,
    },
    neg,
    prefer,
    limit,
    offset,
  );
  return {
    sql,
    params: p.values,
    readOnly,
    finish: (rows) => {
      if (prefer.return === 'minimal' && !isGet) {
        return { status: 204, headers: {}, body: null };
      }
      return readResponse(rows, neg, offset, !fn.returnsSet);
    },
  };
}

const RESERVED_RPC = new Set([
  'select',
  'order',
  'limit',
  'offset',
  'or',
  'and',
  'columns',
  'on_conflict',
]);
