// SQL rendering: turns a planned tree (plan.ts) into statement text. Contract: identifiers
// reach the text only through `ident` after the schema cache has confirmed them (a name not
// there is a 400 here), values only as bind parameters added to the Ctx; the response body
// is built in SQL (json_agg / row_to_json, or CSV text) and sent as-is.
import { parseError, RestError } from './errors.ts';
import type { Condition, FieldRef, Filter, LogicTree, SelectItem } from './parser.ts';
import type { Ctx, Embed, Node } from './plan.ts';
import { findChild } from './plan.ts';
import type { Negotiated, Prefer } from './request.ts';
import type { Column } from './schema.ts';
import { arrayLiteral, ident } from './sql.ts';

function column(node: Node, name: string): Column {
  const col = node.table.columns.get(name);
  if (!col) {
    throw new RestError(
      400,
      '42703',
      `column ${node.table.name}.${name} does not exist`,
      null,
      null,
    );
  }
  return col;
}

export function fieldExpr(ctx: Ctx, node: Node, f: FieldRef): string {
  column(node, f.name);
  let expr = `${ident(node.alias)}.${ident(f.name)}`;
  for (const step of f.path) {
    // Integer keys index arrays; every key is still a bind parameter.
    const key = `${ctx.params.add(step.key)}::${/^-?\d{1,9}$/.test(step.key) ? 'int' : 'text'}`;
    expr = `${expr}${step.arrow}${key}`;
  }
  return expr;
}

const SIMPLE_OPS: Record<string, string> = {
  eq: '=',
  neq: '<>',
  gt: '>',
  gte: '>=',
  lt: '<',
  lte: '<=',
  like: 'like',
  ilike: 'ilike',
  match: '~',
  imatch: '~*',
  cs: '@>',
  cd: '<@',
  ov: '&&',
  sl: '<<',
  sr: '>>',
  nxr: '&<',
  nxl: '&>',
  adj: '-|-',
};

const FTS: Record<string, string> = {
  fts: 'to_tsquery',
  plfts: 'plainto_tsquery',
  phfts: 'phraseto_tsquery',
  wfts: 'websearch_to_tsquery',
};

function renderFilter(ctx: Ctx, node: Node, f: Filter): string {
  // `rel=is.null` / `rel=not.is.null` filter on an embed's presence.
  if (f.field.path.length === 0 && !node.table.columns.has(f.field.name)) {
    const embed = findChild(node, f.field.name);
    if (embed && f.op === 'is' && typeof f.value === 'string') {
      const v = f.value.toLowerCase();
      if (v === 'null' || v === 'not_null') {
        const exists = renderExists(ctx, node, embed);
        const wantNull = (v === 'null') !== f.negate;
        return wantNull ? `not ${exists}` : exists;
      }
    }
  }
  const lhs = fieldExpr(ctx, node, f.field);
  const p = ctx.params;
  let sql: string;
  const value = f.value;
  if (f.op === 'in') {
    sql = `${lhs} = any(${p.add(arrayLiteral(value as string[]))})`;
  } else if (typeof value !== 'string') {
    throw parseError('filter', 'unexpected list');
  } else if (f.op === 'is') {
    const v = value.toLowerCase();
    sql =
      v === 'null'
        ? `${lhs} is null`
        : v === 'not_null'
          ? `${lhs} is not null`
          : v === 'true'
            ? `${lhs} is true`
            : v === 'false'
              ? `${lhs} is false`
              : `${lhs} is unknown`;
  } else if (f.op === 'isdistinct') {
    sql = `${lhs} is distinct from ${p.add(value)}`;
  } else if (f.op in FTS) {
    const fn = FTS[f.op] ?? 'to_tsquery';
    const args = f.config ? `${p.add(f.config)}::regconfig, ${p.add(value)}` : p.add(value);
    sql = `${lhs} @@ ${fn}(${args})`;
  } else {
    const op = SIMPLE_OPS[f.op];
    if (!op) throw parseError('filter', `unknown operator "${f.op}"`);
    const v = f.op === 'like' || f.op === 'ilike' ? value.replace(/\*/g, '%') : value;
    if (f.quant) {
      if (!/^\{.*\}$/s.test(v))
        throw parseError('filter', `expecting a {…} list for ${f.op}(${f.quant})`);
      sql = `${lhs} ${op} ${f.quant}(${p.add(v)})`;
    } else {
      sql = `${lhs} ${op} ${p.add(v)}`;
    }
  }
  return f.negate ? `not (${sql})` : sql;
}

function renderCond(ctx: Ctx, node: Node, c: Condition): string {
  if (c.type === 'filter') return renderFilter(ctx, node, c);
  return renderLogic(ctx, node, c);
}

function renderLogic(ctx: Ctx, node: Node, t: LogicTree): string {
  const parts = t.children.map((ch) => `(${renderCond(ctx, node, ch)})`);
  const sql = parts.join(t.op === 'and' ? ' and ' : ' or ');
  return t.negate ? `not (${sql})` : `(${sql})`;
}

/** The join condition of an embed, from the child alias to the parent alias. */
function joinCond(parent: Node, e: Embed): string {
  const p = ident(parent.alias);
  const c = ident(e.node.alias);
  const rel = e.rel;
  if (rel.junction) {
    const j = rel.junction;
    const ja = ident(`${e.node.alias}_j`);
    const conds = [
      ...j.source.map(([jc, sc]) => `${ja}.${ident(jc)} = ${p}.${ident(sc)}`),
      ...j.target.map(([jc, tc]) => `${ja}.${ident(jc)} = ${c}.${ident(tc)}`),
    ];
    return `exists (select 1 from ${ident(j.table.schema)}.${ident(j.table.name)} as ${ja} where ${conds.join(' and ')})`;
  }
  return rel.cols.map(([s, t]) => `${c}.${ident(t)} = ${p}.${ident(s)}`).join(' and ');
}

/** WHERE terms of a node: its filters plus `exists` for each `!inner` child. */
export function renderWhere(ctx: Ctx, node: Node): string[] {
  const where = node.conds.map((c) => renderCond(ctx, node, c));
  for (const e of node.embeds) {
    if (e.item.join === 'inner') where.push(renderExists(ctx, node, e));
  }
  return where;
}

function renderExists(ctx: Ctx, parent: Node, e: Embed): string {
  const where = [joinCond(parent, e), ...renderWhere(ctx, e.node)];
  return `exists (select 1 from ${e.node.from} as ${ident(e.node.alias)} where ${where.join(' and ')})`;
}

export function renderOrder(ctx: Ctx, node: Node): string {
  if (node.order.length === 0) return '';
  const terms = node.order.map((t) => {
    let expr: string;
    if (t.relation) {
      const e = findChild(node, t.relation);
      if (!e || !e.rel.toOne) {
        throw new RestError(
          400,
          'PGRST118',
          `A related order on '${t.relation}' is not possible`,
          `'${t.relation}' must be a to-one embedded resource of this request`,
        );
      }
      expr = `(select ${fieldExpr(ctx, e.node, t.field)} from ${e.node.from} as ${ident(e.node.alias)} where ${joinCond(node, e)} limit 1)`;
    } else {
      expr = fieldExpr(ctx, node, t.field);
    }
    const dir = t.dir === 'desc' ? ' desc' : t.dir === 'asc' ? ' asc' : '';
    const nulls = t.nulls === 'first' ? ' nulls first' : t.nulls === 'last' ? ' nulls last' : '';
    return `${expr}${dir}${nulls}`;
  });
  return ` order by ${terms.join(', ')}`;
}

export function renderLimit(
  ctx: Ctx,
  limit: number | undefined,
  offset: number | undefined,
): string {
  let s = '';
  if (limit !== undefined) s += ` limit ${ctx.params.add(String(limit))}::bigint`;
  if (offset !== undefined && offset > 0) s += ` offset ${ctx.params.add(String(offset))}::bigint`;
  return s;
}

function outNameOf(item: SelectItem): string {
  if (item.type === 'field') {
    if (item.alias) return item.alias;
    const last = item.field.path[item.field.path.length - 1];
    return last ? last.key : item.field.name;
  }
  if (item.type === 'embed') return item.alias ?? item.name;
  return '*';
}

export interface Rendered {
  list: string[];
  names: string[];
  joins: string[];
}

function castTo(ctx: Ctx, type: string): string {
  const spelled = ctx.cache.types.get(type.toLowerCase().replace(/\s+/g, ' '));
  const arr = spelled === undefined && type.endsWith('[]');
  const base = arr ? ctx.cache.types.get(type.slice(0, -2).toLowerCase()) : undefined;
  if (spelled === undefined && base === undefined) {
    throw new RestError(400, '42704', `type "${type}" does not exist`);
  }
  return spelled ?? `${base}[]`;
}

/** The select list of a node (and the lateral joins its embeds need). */
export function renderSelect(ctx: Ctx, node: Node): Rendered {
  const out: Rendered = { list: [], names: [], joins: [] };
  const a = ident(node.alias);
  let embedIndex = 0;
  for (const item of node.items) {
    if (item.type === 'star') {
      for (const col of node.table.columnList) {
        out.list.push(`${a}.${ident(col.name)}`);
        out.names.push(col.name);
      }
      continue;
    }
    if (item.type === 'field') {
      if (item.aggregate) {
        throw new RestError(400, 'PGRST123', 'Use of aggregate functions is not allowed');
      }
      let expr = fieldExpr(ctx, node, item.field);
      if (item.cast) expr = `(${expr})::${castTo(ctx, item.cast)}`;
      const name = outNameOf(item);
      out.list.push(`${expr} as ${ident(name)}`);
      out.names.push(name);
      continue;
    }
    const e = node.embeds[embedIndex++];
    if (!e) throw new RestError(500, 'PGRSTX00', 'embed mismatch');
    renderEmbed(ctx, node, e, out);
  }
  return out;
}

function renderEmbed(ctx: Ctx, parent: Node, e: Embed, out: Rendered): void {
  const child = e.node;
  if (child.items.length === 0) return; // `rel!inner()` only filters.
  const j = ident(ctx.alias('j'));
  const where = [joinCond(parent, e), ...renderWhere(ctx, child)];
  const fromWhere = `from ${child.from} as ${ident(child.alias)}`;
  if (e.countOnly) {
    out.joins.push(
      `left join lateral (select count(*) as "count" ${fromWhere} where ${where.join(' and ')}) as ${j} on true`,
    );
    const obj = `json_build_object('count', ${j}."count")`;
    out.list.push(`${e.rel.toOne ? obj : `json_build_array(${obj})`} as ${ident(e.outName)}`);
    out.names.push(e.outName);
    return;
  }
  const inner = renderSelect(ctx, child);
  const rows = `select ${inner.list.join(', ')} ${fromWhere} ${inner.joins.join(' ')} where ${where.join(' and ')}${renderOrder(ctx, child)}${
    e.rel.toOne ? '' : renderLimit(ctx, child.limit, child.offset)
  }`;
  const x = ident(ctx.alias('x'));
  if (e.item.spread) {
    if (e.rel.toOne) {
      out.joins.push(`left join lateral (${rows} limit 1) as ${j} on true`);
      inner.names.forEach((n) => {
        out.list.push(`${j}.${ident(n)} as ${ident(n)}`);
        out.names.push(n);
      });
    } else {
      const aggs = inner.names.map((n) => `json_agg(${x}.${ident(n)}) as ${ident(n)}`);
      out.joins.push(
        `left join lateral (select ${aggs.join(', ')} from (${rows}) as ${x}) as ${j} on true`,
      );
      inner.names.forEach((n) => {
        out.list.push(`coalesce(${j}.${ident(n)}, '[]'::json) as ${ident(n)}`);
        out.names.push(n);
      });
    }
    return;
  }
  if (e.rel.toOne) {
    out.joins.push(
      `left join lateral (select row_to_json(${x}) as body from (${rows} limit 1) as ${x}) as ${j} on true`,
    );
    out.list.push(`${j}.body as ${ident(e.outName)}`);
  } else {
    out.joins.push(
      `left join lateral (select json_agg(${x}) as body from (${rows}) as ${x}) as ${j} on true`,
    );
    out.list.push(`coalesce(${j}.body, '[]'::json) as ${ident(e.outName)}`);
  }
  out.names.push(e.outName);
}

// statements --------------------------------------------------------------------

export function bodyExpr(page: string, neg: Negotiated, scalarColumn?: string): string {
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

export interface ReadSpec {
  node: Node;
  ctx: Ctx;
  from: string;
  scalarColumn?: string;
  /** Non-SETOF composite function results answer with an object. */
  forceObject?: boolean;
}

export function readStatement(
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

export interface Returning {
  node: Node;
  ctx: Ctx;
}

/** The representation of written rows, re-read from the data-modifying CTE. */
export function writeStatement(
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
