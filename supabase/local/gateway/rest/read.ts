// Reads: GET/HEAD on a table or view. Contract: one read-only statement that returns
// page_total, total (when a count is asked for) and the body, built in SQL.
import type { GatewayRequest } from '../types.ts';
import { parseOrder } from './parser.ts';
import { applyQuery, buildNode, Ctx } from './plan.ts';
import { readStatement } from './render.ts';
import type { Negotiated, Prefer } from './request.ts';
import { selectItems, topLimits } from './request.ts';
import type { Prepared } from './response.ts';
import { readResponse } from './response.ts';
import type { SchemaCache, Table } from './schema.ts';
import { ident, qualifiedName } from './sql.ts';

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
