// Planning: turns parsed request parts into a tree of nodes (one per table/embed), resolving
// each embed to a relationship in the schema cache and attaching filters, logic trees and
// embed order/limit to the node they name. Contract: no SQL text is produced here except
// checked identifiers for FROM items; render.ts turns the tree into a statement.
import { parseError, RestError } from './errors.ts';
import type { Condition, EmbedItem, OrderTerm, SelectItem } from './parser.ts';
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
import type { SchemaCache, Table } from './schema.ts';
import { ident, Params } from './sql.ts';

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

/** Filters per request, counting each condition inside `or`/`and` trees (a bound no real
 * client reaches; every one is a clause Postgres plans). */
export const MAX_FILTERS = 200;

const conditionCount = (c: Condition): number =>
  c.type === 'logic' ? c.children.reduce((n, ch) => n + conditionCount(ch), 0) : 1;

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

export function findChild(node: Node, name: string): Embed | undefined {
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
  let conditions = 0;
  const add = (node: Node, c: Condition): void => {
    conditions += conditionCount(c);
    if (conditions > MAX_FILTERS) {
      throw parseError('filters', `more than ${MAX_FILTERS} conditions in one request`);
    }
    node.conds.push(c);
  };
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
      add(node, parseLogic(last, negate, value));
      continue;
    }
    if (path.length > 0 && (last === 'order' || last === 'limit' || last === 'offset')) {
      if (last === 'order') node.order = parseOrder(value);
      else if (last === 'limit') node.limit = parseNonNegativeInt(value, `${key}`);
      else node.offset = parseNonNegativeInt(value, `${key}`);
      continue;
    }
    add(node, parseOpValue(parseFieldText(rest), value));
  }
}
