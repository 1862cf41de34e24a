// The response half: statuses, Content-Range, Preference-Applied and Location, from the
// rows a statement returned. Contract: it never runs SQL; a result the client must not get
// (a single-object miss, a range past the end, max-affected exceeded) comes back as a
// Rollback, so the transaction is rolled back before the error is sent.
import type { GatewayResponse } from '../types.ts';
import { errorResponse, JSON_TYPE, RestError } from './errors.ts';
import type { Negotiated, Prefer } from './request.ts';
import type { Table } from './schema.ts';

export function preferenceApplied(p: Prefer, method: string): string | undefined {
  const out: string[] = [];
  if (p.return && method !== 'GET' && method !== 'HEAD') out.push(`return=${p.return}`);
  if (p.count) out.push(`count=${p.count}`);
  if (p.resolution && method === 'POST') out.push(`resolution=${p.resolution}`);
  if (p.missing && (method === 'POST' || method === 'PATCH')) out.push(`missing=${p.missing}`);
  if (p.tx) out.push(`tx=${p.tx}`);
  if (p.handling) out.push(`handling=${p.handling}`);
  return out.length ? out.join(', ') : undefined;
}

export class Rollback {
  constructor(readonly response: GatewayResponse) {}
}

export interface Prepared {
  sql: string;
  params: (string | null)[];
  readOnly: boolean;
  finish(rows: Record<string, unknown>[], affected: number): GatewayResponse | Rollback;
}

export const singleError = (n: number): RestError =>
  new RestError(
    406,
    'PGRST116',
    'JSON object requested, multiple (or no) rows returned',
    `The result contains ${n} rows`,
  );

export function contentRange(offset: number, pageTotal: number, total: number | null): string {
  const totalStr = total === null ? '*' : String(total);
  if (pageTotal === 0 || total === 0) return `*/${totalStr}`;
  return `${offset}-${offset + pageTotal - 1}/${totalStr}`;
}

export function readResponse(
  rows: Record<string, unknown>[],
  neg: Negotiated,
  offset: number,
  forceObject = false,
): GatewayResponse | Rollback {
  const row = rows[0] ?? {};
  const pageTotal = Number(row['page_total'] ?? 0);
  const total = row['total'] === null || row['total'] === undefined ? null : Number(row['total']);
  if (neg.shape === 'object' && pageTotal !== 1)
    return new Rollback(errorResponse(singleError(pageTotal)));
  let status = 200;
  if (total !== null) {
    const upper = offset + pageTotal - 1;
    if (offset > total || (offset > 0 && offset >= total && total > 0)) {
      return new Rollback(
        errorResponse(
          new RestError(
            416,
            'PGRST103',
            'Requested range not satisfiable',
            `An offset of ${offset} was requested, but there are only ${total} rows.`,
          ),
        ),
      );
    }
    if (1 + upper - offset < total) status = 206;
  }
  const headers: Record<string, string> = {
    'Content-Type': neg.shape === 'csv' ? 'text/csv; charset=utf-8' : JSON_TYPE,
    'Content-Range': contentRange(offset, pageTotal, total),
  };
  if (forceObject && neg.shape !== 'object' && pageTotal === 0) {
    return { status, headers, body: 'null' };
  }
  return { status, headers, body: String(row['body'] ?? '[]') };
}

export function locationFor(table: Table, row: Record<string, unknown>): string | undefined {
  if (table.pk.length === 0) return undefined;
  const q = table.pk
    .map((c) => `${encodeURIComponent(c)}=eq.${encodeURIComponent(String(row[c] ?? ''))}`)
    .join('&');
  return `/${encodeURIComponent(table.name)}?${q}`;
}

export function writeFinish(
  method: string,
  table: Table,
  prefer: Prefer,
  neg: Negotiated,
  mode: 'minimal' | 'representation' | 'headers-only',
): Prepared['finish'] {
  return (rows, affected) => {
    const row = rows[0] ?? {};
    const n = mode === 'minimal' ? affected : Number(row['page_total'] ?? 0);
    if (neg.shape === 'object' && n !== 1) return new Rollback(errorResponse(singleError(n)));
    if (
      prefer.handling === 'strict' &&
      prefer.maxAffected !== undefined &&
      n > prefer.maxAffected
    ) {
      return new Rollback(
        errorResponse(
          new RestError(
            400,
            'PGRST124',
            'Query result exceeds max-affected preference constraint',
            `The query affects ${n} rows`,
          ),
        ),
      );
    }
    const total = prefer.count ? String(n) : '*';
    const headers: Record<string, string> = {
      'Content-Range':
        method !== 'POST' && mode === 'representation' && n > 0
          ? `0-${n - 1}/${total}`
          : `*/${total}`,
    };
    let status = method === 'POST' ? 201 : 204;
    if (mode === 'representation') {
      headers['Content-Type'] = JSON_TYPE;
      if (
        method === 'POST' &&
        prefer.resolution === 'merge-duplicates' &&
        n > 0 &&
        row['inserted'] === false
      )
        status = 200;
      else if (method !== 'POST') status = 200;
      return { status, headers, body: String(row['body'] ?? '[]') };
    }
    if (mode === 'headers-only' && method === 'POST') {
      try {
        const list = JSON.parse(String(row['body'] ?? '[]')) as Record<string, unknown>[];
        const first = list[0];
        const loc = first ? locationFor(table, first) : undefined;
        if (loc) headers['Location'] = loc;
      } catch {
        /* no Location */
      }
    }
    return { status, headers, body: null };
  };
}
