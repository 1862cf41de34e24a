// Turns parsed request parts into a tree of nodes (one per table/embed), checks every
// name against the schema cache, and renders SQL: lateral joins per embed, JSON built in
// SQL, values as bind parameters.
import { parseError, RestError } from './errors.ts';
import type {
  Condition,
  EmbedItem,
  FieldRef,
  Filter,
  LogicTree,
  OrderTerm,
  SelectItem,
} from './parser.ts';
import {
  parseFieldText,
  parseKeyPath,
  parseLogic,
  parseNonNegativeInt,
  parseOpValue,
  parseOrder,
} from './parser.ts';
import type { Relationship } from './relationships.ts';
import { resolveRelationship } from './relationships.ts';
import type { Column, SchemaCache, Table } from './schema.ts';
import { arrayLiteral, ident, Params } from './sql.ts';

export interface Embed {
  item: EmbedItem;
  rel: Relationship;
  node: Node;
  outName: string;
  countOnly: boolean;
}

export interface Node {
  table: Table;
  /** SQL FROM item (without alias). */
  from: string;
  alias: string;
  items: SelectItem[];
  embeds: Embed[];
  conds: Condition[];
  order: OrderTerm[];
  limit?: number;
  offset?: number;
}

export class Ctx {
  private n = 0;
  constructor(
    readonly cache: SchemaCache,
    readonly params: Params = new Params(),
  ) {}
  alias(prefix: string): string {
    this.n++;
    return `_pgrst_${prefix}${this.n}`;
  }
}

export const RESERVED = new Set(['select', 'columns', 'on_conflict', 'order', 'limit', 'offset']);

export function buildNode(
  ctx: Ctx,
  table: Table,
  from: string,
  alias: string,
  items: SelectItem[],
): Node {
  const node: Node = { table, from, alias, items, embeds: [], conds: [], order: [] };
  for (const item of items) {
    if (item.type !== 'embed') continue;
    const rel = resolveRelationship(ctx.cache, table, item.name, item.hint);
    const child = buildNode(
      ctx,
      rel.target,
      `${ident(rel.target.schema)}.${ident(rel.target.name)}`,
      ctx.alias('e'),
      item.items,
    );
    const only = item.items[0];
    const countOnly =
      item.items.length === 1 &&
      only?.type === 'field' &&
      only.field.name === 'count' &&
      only.field.path.length === 0 &&
      !only.alias &&
      !only.cast &&
      !rel.target.columns.has('count');
    node.embeds.push({ item, rel, node: child, outName: item.alias ?? item.name, countOnly });
  }
  return node;
}

function findChild(node: Node, name: string): Embed | undefined {
  return (
    node.embeds.find((e) => e.item.alias === name) ??
    node.embeds.find((e) => !e.item.alias && e.item.name === name) ??
    node.embeds.find((e) => e.item.name === name)
  );
}

function nodeAt(root: Node, path: string[]): Node {
  let node = root;
  for (const seg of path) {
    const child = findChild(node, seg);
    if (!child) {
      throw new RestError(
        400,
        'PGRST108',
        `'${seg}' is not an embedded resource in this request`,
        null,
        `Verify that '${seg}' is included in the 'select' query parameter.`,
      );
    }
    node = child.node;
  }
  return node;
}

/**
 * Applies every non-reserved query parameter (filters, logic trees, embed order/limit)
 * to the tree. `skip` lists keys consumed elsewhere (RPC arguments).
 */
export function applyQuery(
  root: Node,
  query: URLSearchParams,
  opts: { skip?: Set<string> } = {},
): void {
  for (const [key, value] of query) {
    if (opts.skip?.has(key)) continue;
    if (RESERVED.has(key)) continue;
    const { path, rest } = parseKeyPath(key);
    // `tasks.not.or`: the path swallowed the `not`.
    let negate = false;
    const last = rest;
    if ((last === 'or' || last === 'and') && path[path.length - 1] === 'not') {
      path.pop();
      negate = true;
    }
    if (path.length === 0 && RESERVED.has(last)) continue;
    const node = nodeAt(root, path);
    if (last === 'or' || last === 'and') {
      node.conds.push(parseLogic(last, negate, value));
      continue;
    }
    if (path.length > 0 && (last === 'order' || last === 'limit' || last === 'offset')) {
      if (last === 'order') node.order = parseOrder(value);
      else if (last === 'limit') node.limit = parseNonNegativeInt(value, `${key}`);
      else node.offset = parseNonNegativeInt(value, `${key}`);
      continue;
    }
    node.conds.push(parseOpValue(parseFieldText(rest), value));
  }
}

// rendering ---------------------------------------------------------------------

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
