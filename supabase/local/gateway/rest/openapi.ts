// The OpenAPI description at GET /rest/v1/, as PostgREST serves it: a Swagger 2.0 document
// with a definition and a path per table or view and a path per function of the exposed
// schema. Contract: like PostgREST's default openapi-mode (follow-privileges), it lists only
// what the caller's role may use — the statement runs in the request's transaction with the
// role set, and has_table_privilege / has_any_column_privilege / has_column_privilege /
// has_function_privilege decide; tables without any privilege, columns without one and
// functions without EXECUTE are left out. Structure (keys, foreign keys, argument lists)
// comes from the schema cache; the document is assembled here from the privileged rows,
// never from names the client sent.
import type { GatewayRequest, GatewayResponse } from '../types.ts';
import type { Prepared } from './response.ts';
import type { Fn, SchemaCache, Table } from './schema.ts';

export const OPENAPI_TYPE = 'application/openapi+json; charset=utf-8';

interface PrivilegedColumn {
  name: string;
  type: string;
  category: string;
  element: string | null;
  not_null: boolean;
  has_default: boolean;
  default: string | null;
  description: string | null;
  enum: string[] | null;
}

interface PrivilegedRelation {
  oid: number;
  description: string | null;
  select: boolean;
  insert: boolean;
  update: boolean;
  delete: boolean;
  columns: PrivilegedColumn[];
}

interface PrivilegedFunction {
  oid: number;
  description: string | null;
}

const PRIVILEGES_SQL = /* sql */ `
select
  (select coalesce(json_agg(json_build_object(
      'oid', c.oid::int,
      'description', obj_description(c.oid, 'pg_class'),
      'select', has_any_column_privilege(c.oid, 'SELECT'),
      'insert', has_any_column_privilege(c.oid, 'INSERT'),
      'update', has_any_column_privilege(c.oid, 'UPDATE'),
      'delete', has_table_privilege(c.oid, 'DELETE'),
      'columns', (
        select coalesce(json_agg(json_build_object(
            'name', a.attname,
            'type', format_type(a.atttypid, null),
            'category', t.typcategory,
            'element', case when t.typcategory = 'A' then format_type(t.typelem, null) end,
            'not_null', a.attnotnull,
            'has_default', d.adbin is not null,
            'default', pg_get_expr(d.adbin, d.adrelid),
            'description', col_description(c.oid, a.attnum),
            'enum', (select json_agg(e.enumlabel order by e.enumsortorder)
                       from pg_enum e where e.enumtypid = a.atttypid)
          ) order by a.attnum), '[]'::json)
        from pg_attribute a
        join pg_type t on t.oid = a.atttypid
        left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
        where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
          and has_column_privilege(c.oid, a.attnum, 'SELECT, INSERT, UPDATE'))
    ) order by c.relname), '[]'::json)::text
   from pg_class c
   where c.oid = any($1::oid[])
     and (has_any_column_privilege(c.oid, 'SELECT, INSERT, UPDATE')
          or has_table_privilege(c.oid, 'DELETE'))) as relations,
  (select coalesce(json_agg(json_build_object(
      'oid', p.oid::int, 'description', obj_description(p.oid, 'pg_proc')) order by p.proname), '[]'::json)::text
   from pg_proc p
   where p.oid = any($2::oid[]) and has_function_privilege(p.oid, 'EXECUTE')) as functions,
  (select obj_description(n.oid, 'pg_namespace') from pg_namespace n where n.nspname = $3)
    as schema_description`;

/** PostgREST's mapping of a Postgres type to a Swagger type (the format keeps the Postgres name). */
function swaggerType(category: string, type: string): string | undefined {
  if (category === 'A') return 'array';
  if (category === 'B') return 'boolean';
  if (['smallint', 'integer', 'bigint'].includes(type)) return 'integer';
  if (category === 'N') return 'number';
  if (type === 'json' || type === 'jsonb') return undefined;
  return 'string';
}

function columnSchema(col: PrivilegedColumn, table: Table, cache: SchemaCache) {
  const notes: string[] = [];
  if (table.pk.includes(col.name)) notes.push('This is a Primary Key.<pk/>');
  for (const fk of cache.fks) {
    const i = fk.fromOid === table.oid ? fk.fromCols.indexOf(col.name) : -1;
    const target = i >= 0 ? cache.tablesByOid.get(fk.toOid) : undefined;
    if (target)
      notes.push(
        `This is a Foreign Key to \`${target.name}.${fk.toCols[i]}\`.<fk table='${target.name}' column='${fk.toCols[i]}'/>`,
      );
  }
  const description = [col.description, notes.length ? `Note:\n${notes.join('\n')}` : null]
    .filter((s): s is string => !!s)
    .join('\n\n');
  const type = swaggerType(col.category, col.type);
  return {
    ...(col.default !== null ? { default: col.default } : {}),
    ...(description ? { description } : {}),
    ...(col.enum ? { enum: col.enum } : {}),
    format: col.type,
    ...(type ? { type } : {}),
    ...(type === 'array' && col.element ? { items: { type: swaggerType('', col.element) } } : {}),
  };
}

const ref = (name: string) => ({ $ref: `#/parameters/${name}` });

function relationPaths(table: Table, rel: PrivilegedRelation) {
  const filters = rel.columns.map((c) => ref(`rowFilter.${table.name}.${c.name}`));
  const tags = [table.name];
  const summary = rel.description?.split('\n')[0];
  const path: Record<string, unknown> = {};
  if (rel.select)
    path['get'] = {
      tags,
      ...(summary ? { summary } : {}),
      parameters: [
        ...filters,
        ...['select', 'order', 'range', 'rangeUnit', 'offset', 'limit', 'preferCount'].map(ref),
      ],
      responses: {
        '200': {
          description: 'OK',
          schema: { items: { $ref: `#/definitions/${table.name}` }, type: 'array' },
        },
        '206': { description: 'Partial Content' },
      },
    };
  if (rel.insert)
    path['post'] = {
      tags,
      parameters: [ref(`body.${table.name}`), ref('select'), ref('preferPost')],
      responses: { '201': { description: 'Created' } },
    };
  if (rel.update)
    path['patch'] = {
      tags,
      parameters: [...filters, ref(`body.${table.name}`), ref('preferReturn')],
      responses: { '204': { description: 'No Content' } },
    };
  if (rel.delete)
    path['delete'] = {
      tags,
      parameters: [...filters, ref('preferReturn')],
      responses: { '204': { description: 'No Content' } },
    };
  return path;
}

function functionPath(fn: Fn, description: string | null) {
  const tags = [`(rpc) ${fn.name}`];
  const summary = description?.split('\n')[0];
  const required = fn.args.filter((a) => !a.hasDefault).map((a) => a.name);
  const properties = Object.fromEntries(
    fn.args.map((a) => [a.name, { format: a.type, ...typed(a.type) }]),
  );
  const responses = { '200': { description: 'OK' } };
  const path: Record<string, unknown> = {
    post: {
      tags,
      ...(summary ? { summary } : {}),
      produces: ['application/json', 'application/vnd.pgrst.object+json'],
      parameters: [
        {
          in: 'body',
          name: 'args',
          required: true,
          schema: { type: 'object', ...(required.length ? { required } : {}), properties },
        },
        ref('preferParams'),
      ],
      responses,
    },
  };
  // As PostgREST: a volatile function is not offered over GET (it would answer 405).
  if (fn.volatility !== 'v')
    path['get'] = {
      tags,
      ...(summary ? { summary } : {}),
      parameters: fn.args.map((a) => ({
        in: 'query',
        name: a.name,
        required: !a.hasDefault,
        format: a.type,
        ...typed(a.type),
      })),
      responses,
    };
  return path;
}

function typed(type: string): { type?: string } {
  const category = type.endsWith('[]') ? 'A' : type === 'boolean' ? 'B' : '';
  const numeric = ['numeric', 'real', 'double precision'].includes(type) ? 'N' : category;
  const t = swaggerType(numeric, type);
  return t ? { type: t } : {};
}

const commonParameters = {
  preferParams: {
    name: 'Prefer',
    description: 'Preference',
    required: false,
    enum: ['params=single-object'],
    in: 'header',
    type: 'string',
  },
  preferReturn: {
    name: 'Prefer',
    description: 'Preference',
    required: false,
    enum: ['return=representation', 'return=minimal', 'return=none'],
    in: 'header',
    type: 'string',
  },
  preferCount: {
    name: 'Prefer',
    description: 'Preference',
    required: false,
    enum: ['count=none'],
    in: 'header',
    type: 'string',
  },
  preferPost: {
    name: 'Prefer',
    description: 'Preference',
    required: false,
    enum: [
      'return=representation',
      'return=minimal',
      'return=none',
      'resolution=ignore-duplicates',
      'resolution=merge-duplicates',
    ],
    in: 'header',
    type: 'string',
  },
  select: {
    name: 'select',
    description: 'Filtering Columns',
    required: false,
    in: 'query',
    type: 'string',
  },
  on_conflict: {
    name: 'on_conflict',
    description: 'On Conflict',
    required: false,
    in: 'query',
    type: 'string',
  },
  order: { name: 'order', description: 'Ordering', required: false, in: 'query', type: 'string' },
  range: {
    name: 'Range',
    description: 'Limiting and Pagination',
    required: false,
    in: 'header',
    type: 'string',
  },
  rangeUnit: {
    name: 'Range-Unit',
    description: 'Limiting and Pagination',
    required: false,
    default: 'items',
    in: 'header',
    type: 'string',
  },
  offset: {
    name: 'offset',
    description: 'Limiting and Pagination',
    required: false,
    in: 'query',
    type: 'string',
  },
  limit: {
    name: 'limit',
    description: 'Limiting and Pagination',
    required: false,
    in: 'query',
    type: 'string',
  },
};

/** The statement sends its json as text (as the gateway's other statements do). */
function fromJson(value: unknown): unknown[] {
  const parsed: unknown = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? parsed : [];
}

/** The statement and the assembly of the document; index.ts runs it in the caller's transaction. */
export function prepareOpenApi(req: GatewayRequest, cache: SchemaCache, schema: string): Prepared {
  const tables = [...cache.tables.values()].filter((t) => t.schema === schema);
  const fns = [...cache.functions.values()].flat().filter((f) => f.schema === schema);
  return {
    sql: PRIVILEGES_SQL,
    params: [
      `{${tables.map((t) => t.oid).join(',')}}`,
      `{${fns.map((f) => f.oid).join(',')}}`,
      schema,
    ],
    readOnly: true,
    finish(rows): GatewayResponse {
      const row = rows[0] ?? {};
      const relations = fromJson(row['relations']) as PrivilegedRelation[];
      const functions = fromJson(row['functions']) as PrivilegedFunction[];
      const schemaDescription = row['schema_description'] as string | null;
      const definitions: Record<string, unknown> = {};
      const parameters: Record<string, unknown> = { ...commonParameters };
      const paths: Record<string, unknown> = {
        '/': {
          get: {
            tags: ['Introspection'],
            summary: 'OpenAPI description (this document)',
            produces: ['application/openapi+json', 'application/json'],
            responses: { '200': { description: 'OK' } },
          },
        },
      };
      for (const rel of relations) {
        const table = cache.tablesByOid.get(rel.oid);
        if (!table) continue;
        const required = rel.columns
          .filter((c) => c.not_null && !c.has_default && table.kind !== 'v')
          .map((c) => c.name);
        definitions[table.name] = {
          ...(rel.description ? { description: rel.description } : {}),
          ...(required.length ? { required } : {}),
          properties: Object.fromEntries(
            rel.columns.map((c) => [c.name, columnSchema(c, table, cache)]),
          ),
          type: 'object',
        };
        parameters[`body.${table.name}`] = {
          name: table.name,
          description: table.name,
          required: false,
          in: 'body',
          schema: { $ref: `#/definitions/${table.name}` },
        };
        for (const c of rel.columns)
          parameters[`rowFilter.${table.name}.${c.name}`] = {
            name: c.name,
            required: false,
            format: c.type,
            in: 'query',
            type: 'string',
          };
        paths[`/${table.name}`] = relationPaths(table, rel);
      }
      const byOid = new Map(fns.map((f) => [f.oid, f]));
      for (const f of functions) {
        const fn = byOid.get(f.oid);
        if (fn) paths[`/rpc/${fn.name}`] = functionPath(fn, f.description);
      }
      const [title, ...rest] = (schemaDescription ?? '').split('\n');
      const host = req.headers['x-forwarded-host'] ?? req.headers['host'];
      const doc = {
        swagger: '2.0',
        info: {
          description: schemaDescription ? rest.join('\n').trim() : '',
          title: schemaDescription ? title : 'standard public schema',
          version: '12.2.0',
        },
        ...(host ? { host } : {}),
        basePath: '/rest/v1/',
        schemes: [req.headers['x-forwarded-proto'] === 'https' ? 'https' : 'http'],
        consumes: [
          'application/json',
          'application/vnd.pgrst.object+json;nulls=stripped',
          'application/vnd.pgrst.object+json',
          'text/csv',
        ],
        produces: [
          'application/json',
          'application/vnd.pgrst.object+json;nulls=stripped',
          'application/vnd.pgrst.object+json',
          'text/csv',
        ],
        paths,
        definitions,
        parameters,
        externalDocs: {
          description: 'PostgREST Documentation',
          url: 'https://postgrest.org/en/v12/references/api.html',
        },
      };
      return {
        status: 200,
        headers: { 'Content-Type': OPENAPI_TYPE },
        body: JSON.stringify(doc),
      };
    },
  };
}
