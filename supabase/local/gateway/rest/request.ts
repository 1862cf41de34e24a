// The request half of PostgREST's protocol, read before any SQL is planned: the Prefer
// header, Accept negotiation, Range and limit/offset, and the body (UTF-8 text, JSON).
// Contract: it only reads headers, query and body and returns plain values; unknown or
// malformed preferences are ignored (handling=lenient, the default) or a 400 PGRST122
// (handling=strict), a malformed body is a 400 PGRST102, a body of another media type a
// 415 PGRST107, an unacceptable Accept a 406 PGRST107.
import type { GatewayRequest } from '../types.ts';
import { RestError } from './errors.ts';
import type { SelectItem } from './parser.ts';
import { parseNonNegativeInt, parseSelect } from './parser.ts';
import { assertNesting } from './sql.ts';

export interface Prefer {
  return?: 'minimal' | 'representation' | 'headers-only';
  count?: 'exact' | 'planned' | 'estimated';
  resolution?: 'merge-duplicates' | 'ignore-duplicates';
  missing?: 'default' | 'null';
  tx?: 'commit' | 'rollback';
  handling?: 'strict' | 'lenient';
  maxAffected?: number;
  params?: 'single-object';
}

export function parsePrefer(header: string | undefined): Prefer {
  const p: Prefer = {};
  if (!header) return p;
  const invalid: string[] = [];
  for (const part of header.split(',')) {
    const token = part.trim();
    if (token === '') continue;
    const [k = '', v = ''] = token.split('=', 2).map((s) => s.trim());
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
    else invalid.push(token);
  }
  if (p.handling === 'strict' && invalid.length > 0) {
    throw new RestError(
      400,
      'PGRST122',
      'Invalid preferences given with handling=strict',
      `Invalid preferences: ${invalid.join(', ')}`,
    );
  }
  return p;
}

export type Shape = 'array' | 'object' | 'csv';

export interface Negotiated {
  shape: Shape;
  stripNulls: boolean;
}

export function negotiate(accept: string | undefined): Negotiated {
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

export function selectItems(req: GatewayRequest): SelectItem[] {
  const s = req.query.get('select');
  return s === null ? [{ type: 'star' }] : parseSelect(s);
}

export function rangeFromHeaders(req: GatewayRequest): { offset?: number; limit?: number } {
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

export function topLimits(
  req: GatewayRequest,
  maxRows: number,
): { limit?: number; offset: number } {
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

export function decodeBody(req: GatewayRequest): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(req.body);
  } catch {
    throw new RestError(400, 'PGRST102', 'Empty or invalid json', 'The body is not valid UTF-8');
  }
}

/**
 * The body of a write or an RPC call as JSON (text and value), whatever media type it came in,
 * as PostgREST reads them: JSON (also without a Content-Type), a form-encoded object (every
 * value text), or CSV rows under a header line (tables only; an unquoted NULL is null).
 * Anything else → 415 PGRST107. `empty` is what an empty body means (RPC: no arguments).
 */
export function readBody(
  req: GatewayRequest,
  target: 'table' | 'rpc',
): { text: string; value: unknown } {
  const raw = req.headers['content-type'] ?? '';
  const type = (raw.split(';')[0] ?? '').trim().toLowerCase();
  const text = decodeBody(req);
  if (type === 'application/x-www-form-urlencoded') {
    const value = Object.fromEntries(new URLSearchParams(text));
    return { text: JSON.stringify(value), value };
  }
  if (type === 'text/csv' && target === 'table') {
    const value = csvRows(text);
    return { text: JSON.stringify(value), value };
  }
  // text/plain: what fetch() labels a string body; RPC calls have long been read as JSON.
  const json =
    type === '' ||
    type === 'application/json' ||
    type.endsWith('+json') ||
    (target === 'rpc' && type === 'text/plain');
  if (!json) throw new RestError(415, 'PGRST107', `Content-Type not acceptable: ${raw}`);
  if (text.trim() === '') {
    if (target === 'rpc') return { text: '{}', value: {} };
    throw new RestError(400, 'PGRST102', 'Empty or invalid json');
  }
  return { text, value: parseJsonText(text) };
}

/** RFC 4180 CSV (comma, double quotes, CRLF or LF) into one object per line after the header. */
function csvRows(text: string): Record<string, string | null>[] {
  const lines: { value: string; quoted: boolean }[][] = [];
  let line: { value: string; quoted: boolean }[] = [];
  let field = '';
  let quoted = false;
  let inQuotes = false;
  let i = 0;
  const endField = () => {
    line.push({ value: field, quoted });
    field = '';
    quoted = false;
  };
  while (i < text.length) {
    const c = text[i] ?? '';
    if (inQuotes) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') inQuotes = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') {
      inQuotes = true;
      quoted = true;
    } else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      endField();
      lines.push(line);
      line = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if (inQuotes) throw new RestError(400, 'PGRST102', 'Invalid CSV', 'An unterminated quoted field');
  if (field !== '' || quoted || line.length > 0) {
    endField();
    lines.push(line);
  }
  const [header, ...rows] = lines.filter(
    (l) => !(l.length === 1 && l[0]?.value === '' && !l[0].quoted),
  );
  if (!header) throw new RestError(400, 'PGRST102', 'Invalid CSV', 'A header line is required');
  const names = header.map((h) => h.value);
  return rows.map((r, n) => {
    if (r.length !== names.length) {
      throw new RestError(
        400,
        'PGRST102',
        'All lines of a CSV body must have the same number of fields',
        `Line ${n + 2} has ${r.length} fields, the header ${names.length}`,
      );
    }
    return Object.fromEntries(
      names.map((name, k) => {
        const f = r[k];
        return [name, f && !f.quoted && f.value === 'NULL' ? null : (f?.value ?? null)];
      }),
    );
  });
}

/** JSON.parse, after refusing nesting deep enough to overflow a stack (ours or PGlite's). */
export function parseJsonText(text: string): unknown {
  assertNesting(text);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new RestError(400, 'PGRST102', 'Empty or invalid json');
  }
}

export const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
