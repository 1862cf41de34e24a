// Reads: GET/HEAD on a table or view. Contract: one read-only statement that returns
// page_total, total (when a count is asked for) and the body, built in SQL.
//
// Statements are remembered by the request's shape (cachedRead): reads that differ only in the
// values of simple filters (`id=eq.<value>`) get the same SQL text with their own values bound,
// without parsing, planning and rendering again. Values are never put into the SQL.
import type { GatewayRequest } from '../types.ts';
import { parseOrder } from './parser.ts';
import { applyQuery, buildNode, Ctx, RESERVED } from './plan.ts';
import { readStatement } from './render.ts';
import type { Negotiated, Prefer } from './request.ts';
import { selectItems, topLimits } from './request.ts';
import type { Prepared } from './response.ts';
import { readResponse } from './response.ts';
import type { SchemaCache, Table } from './schema.ts';
import { ident, Params, qualifiedName } from './sql.ts';

export function prepareRead(
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

// The statement cache -------------------------------------------------------------------
//
// A request's shape is everything prepareRead looks at (table, query, Range, Prefer, Accept, the
// row limit) and the caller's role, except the values of top-level filters with a simple
// operator (`col=eq.v`, `col=not.lt.v`, …), which become the statement's parameters. The SQL is
// the same for every role (row-level security decides in Postgres what each one sees, per
// execution), but the role is part of the shape all the same.
//
// Only what is proved is kept: when a shape is first seen its statement is built twice, with the
// request's values and with markers in their place; it is kept only if both texts are equal and
// every parameter is either a marker (then it is the value at that place) or the same in both
// (a constant). A later request with that shape binds its own values through the same checks as
// a fresh build (Params.add). Entries belong to one schema cache (a reload starts empty) and at
// most MAX_SHAPES are kept, the oldest forgotten first.

export const MAX_SHAPES = 500;
/** Longer shapes (very long URLs) are built every time rather than kept. */
const MAX_KEY = 4096;
/** Operators whose value is only bound as a parameter, unchanged (render.ts, SIMPLE_OPS). */
const VALUE_ONLY = /^(?:not\.)?(?:eq|neq|gt|gte|lt|lte|match|imatch|cs|cd|ov|sl|sr|nxr|nxl|adj)\./;

interface Shape {
  sql: string;
  /** Per parameter: the index of the filter value it binds, or a constant. */
  recipe: (number | { constant: string | null })[];
  offset: number;
  neg: Negotiated;
}

const shapesByCache = new WeakMap<SchemaCache, Map<string, Shape | null>>();

/** The marker standing for the value at place `i` while a shape is proved. */
const marker = (i: number): string => `\u0001salkku-value-${i}\u0001`;

export function cachedRead(
  req: GatewayRequest,
  cache: SchemaCache,
  table: Table,
  prefer: Prefer,
  neg: Negotiated,
  maxRows: number,
  role: string,
): Prepared {
  const values: string[] = [];
  const marked = new URLSearchParams();
  let key = `${role}\u0000${table.schema}\u0000${table.name}\u0000${neg.shape}\u0000${neg.stripNulls}\u0000${maxRows}\u0000${req.headers['range'] ?? ''}\u0000${JSON.stringify(prefer)}`;
  for (const [name, value] of req.query) {
    const op = VALUE_ONLY.exec(value);
    const last = name.slice(name.lastIndexOf('.') + 1);
    if (op && !RESERVED.has(last) && last !== 'or' && last !== 'and') {
      key += `\u0000${name}\u0000${op[0]}`;
      marked.append(name, op[0] + marker(values.length));
      values.push(value.slice(op[0].length));
    } else {
      key += `\u0000${name}\u0000=${value}`;
      marked.append(name, value);
    }
  }
  if (key.length > MAX_KEY) return prepareRead(req, cache, table, prefer, neg, maxRows);
  let shapes = shapesByCache.get(cache);
  if (!shapes) {
    shapes = new Map();
    shapesByCache.set(cache, shapes);
  }
  const shape = shapes.get(key);
  if (shape) {
    const params = new Params();
    for (const r of shape.recipe)
      params.add(typeof r === 'number' ? (values[r] as string) : r.constant);
    const { offset, neg: n } = shape;
    return {
      sql: shape.sql,
      params: params.values,
      readOnly: true,
      finish: (rows) => readResponse(rows, n, offset),
    };
  }
  const prepared = prepareRead(req, cache, table, prefer, neg, maxRows);
  if (shape === undefined) {
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value as string);
    shapes.set(
      key,
      values.length > 0
        ? prove(req, marked, values, prepared, cache, table, prefer, neg, maxRows)
        : null,
    );
  }
  return prepared;
}

function prove(
  req: GatewayRequest,
  marked: URLSearchParams,
  values: string[],
  prepared: Prepared,
  cache: SchemaCache,
  table: Table,
  prefer: Prefer,
  neg: Negotiated,
  maxRows: number,
): Shape | null {
  let probe: Prepared;
  try {
    const probeReq = Object.create(req, { query: { value: marked } }) as GatewayRequest;
    probe = prepareRead(probeReq, cache, table, prefer, neg, maxRows);
  } catch {
    return null;
  }
  if (probe.sql !== prepared.sql || probe.params.length !== prepared.params.length) return null;
  const markers = new Map(values.map((_, i) => [marker(i), i]));
  const recipe: Shape['recipe'] = [];
  for (let i = 0; i < probe.params.length; i++) {
    const p = probe.params[i] ?? null;
    const at = p === null ? undefined : markers.get(p);
    if (at !== undefined) {
      if (prepared.params[i] !== values[at]) return null;
      recipe.push(at);
    } else if (p === prepared.params[i]) recipe.push({ constant: p });
    else return null;
  }
  const { offset } = topLimits(req, maxRows);
  return { sql: prepared.sql, recipe, offset, neg };
}

/** How many shapes are kept for a schema cache (for tests). */
export const cachedShapeCount = (cache: SchemaCache): number => shapesByCache.get(cache)?.size ?? 0;
