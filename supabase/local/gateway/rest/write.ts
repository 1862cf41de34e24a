// Writes: POST (insert, upsert), PATCH and DELETE. Contract: one data-modifying statement,
// its rows re-read through the caller's SELECT policy only when a representation is asked
// for; body values go in as one JSON bind parameter; every column named by the client is
// checked against the schema cache first (unknown → 400 PGRST204).
import type { GatewayRequest } from '../types.ts';
import { RestError } from './errors.ts';
import type { SelectItem } from './parser.ts';
import { parseNameList } from './parser.ts';
import type { Node } from './plan.ts';
import { applyQuery, buildNode, Ctx } from './plan.ts';
import type { Returning } from './render.ts';
import { renderWhere, writeStatement } from './render.ts';
import type { Negotiated, Prefer } from './request.ts';
import { isPlainObject, readBody, selectItems } from './request.ts';
import type { Prepared } from './response.ts';
import { writeFinish } from './response.ts';
import type { Column, SchemaCache, Table } from './schema.ts';
import { ident, qualifiedName } from './sql.ts';

function unknownColumn(table: Table, name: string): RestError {
  return new RestError(
    400,
    'PGRST204',
    `Could not find the '${name}' column of '${table.name}' in the schema cache`,
  );
}

export function checkColumns(table: Table, names: string[]): Column[] {
  return names.map((n) => {
    const c = table.columns.get(n);
    if (!c) throw unknownColumn(table, n);
    return c;
  });
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

export function prepareInsert(
  req: GatewayRequest,
  cache: SchemaCache,
  table: Table,
  prefer: Prefer,
  neg: Negotiated,
): Prepared {
  const { text, value } = readBody(req, 'table');
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
  // Only added when the statement uses it: a bind parameter without a $n is an error (08P01).
  const body = (): string => p.add(Array.isArray(value) ? text : `[${text}]`);
  let source: string;
  if (rows.length === 0) {
    const payload = body();
    source = `select ${names.length ? cols : 'null'} from json_populate_recordset(null::${qualifiedName(table)}, ${payload}::json) where false`;
  } else if (names.length === 0) {
    source = `values ${rows.map(() => '(default)').join(', ')}`;
  } else if (prefer.missing === 'default' && columnsParam !== null) {
    const payload = body();
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
    source = `select ${cols} from json_populate_recordset(null::${qualifiedName(table)}, ${body()}::json)`;
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

export function prepareUpdateDelete(
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
    const { text, value } = readBody(req, 'table');
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
