// The PostgREST subset behind /rest/v1: one transaction per request with the caller's
// role and claims set, Postgres deciding access, JSON built in SQL. Contract: this module
// routes (the root's OpenAPI description, table, /rpc/<fn>), checks profile and role, and
// runs what openapi.ts, read.ts, write.ts or rpc.ts prepared in one transaction (batch.ts);
// Postgres errors become PostgREST errors (errors.ts), anything else is a bug and propagates.
import {
  statementTimeoutFor,
  type GatewayRequest,
  type GatewayResponse,
  type ServiceEnv,
  type ServiceHandler,
} from '../types.ts';
import { runInTransaction } from './batch.ts';
import { errorResponse, isPgError, pgErrorToRest, RestError } from './errors.ts';
import { cachedRead } from './read.ts';
import { negotiate, parsePrefer } from './request.ts';
import type { Prepared } from './response.ts';
import { preferenceApplied, Rollback } from './response.ts';
import { prepareOpenApi } from './openapi.ts';
import { prepareRpc } from './rpc.ts';
import { SchemaCacheHolder, tableKey } from './schema.ts';
import { ident } from './sql.ts';
import { prepareInsert, prepareUpdateDelete } from './write.ts';

// Entry --------------------------------------------------------------------------

const holders = new WeakMap<ServiceEnv['db'], Map<string, SchemaCacheHolder>>();

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
    if (readMethod) prepared = cachedRead(req, cache, table, prefer, neg, config.maxRows, role);
    else if (method === 'POST') prepared = prepareInsert(req, cache, table, prefer, neg);
    else if (method === 'PATCH' || method === 'DELETE')
      prepared = prepareUpdateDelete(req, cache, table, prefer, neg, method);
    else throw methodNotAllowed(method);
  } else if (decoded.length === 0) {
    if (!readMethod) throw methodNotAllowed(method);
    prepared = prepareOpenApi(req, cache, schema);
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
    statementTimeoutFor(config, role),
  );
  const applied = preferenceApplied(prefer, method);
  if (applied) response.headers = { ...response.headers, 'Preference-Applied': applied };
  if (method === 'HEAD') response.body = null;
  return response;
}

const methodNotAllowed = (method: string): RestError =>
  new RestError(405, 'PGRST117', `Unsupported HTTP method: ${method}`);
