// RPC: /rpc/<fn> with named arguments (a JSON object for POST, query parameters for GET),
// or one unnamed json/jsonb argument. Contract: the function is chosen from the schema
// cache by its argument names (none → 404 PGRST202, ambiguous → 300 PGRST203); arguments
// reach it through json_to_record as one bind parameter; set and composite results take
// the same filters, order and limits as a table.
import type { GatewayRequest, GatewayResponse } from '../types.ts';
import { JSON_TYPE, RestError } from './errors.ts';
import { parseOrder } from './parser.ts';
import { applyQuery, buildNode, Ctx } from './plan.ts';
import { readStatement } from './render.ts';
import type { Negotiated, Prefer } from './request.ts';
import { isPlainObject, readBody, selectItems, topLimits } from './request.ts';
import type { Prepared } from './response.ts';
import { readResponse } from './response.ts';
import type { Column, Fn, SchemaCache, Table } from './schema.ts';
import { tableKey } from './schema.ts';
import { ident, qualifiedName } from './sql.ts';

// RPC ----------------------------------------------------------------------------

const JSON_TYPES = new Set(['json', 'jsonb']);

export function prepareRpc(
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
    ({ text: bodyText, value: bodyValue } = readBody(req, 'rpc'));
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
  // As PostgREST: GET, or a function that declares it does not write (STABLE/IMMUTABLE), runs
  // read-only, which batch.ts sends as one PGlite call instead of two.
  const readOnly = isGet || fn.volatility === 's' || fn.volatility === 'i';
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
