// PostgREST-style errors: `{"code","message","details","hint"}` with the status PostgREST
// gives them. Deterministic failures are always 4xx; only a bug in the gateway is a 500.
import type { GatewayResponse } from '../types.ts';

export const JSON_TYPE = 'application/json; charset=utf-8';

export class RestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    readonly hint: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function errorBody(
  code: string,
  message: string,
  details: unknown = null,
  hint: string | null = null,
): string {
  return JSON.stringify({ code, details, hint, message });
}

export function errorResponse(err: RestError): GatewayResponse {
  return {
    status: err.status,
    headers: { 'Content-Type': JSON_TYPE, ...err.headers },
    body: errorBody(err.code, err.message, err.details, err.hint),
  };
}

/** A Postgres error as the driver reports it. */
export interface PgError {
  code: string;
  message: string;
  detail?: string;
  hint?: string;
}

export function isPgError(e: unknown): e is PgError {
  if (typeof e !== 'object' || e === null) return false;
  const code = (e as { code?: unknown }).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && e instanceof Error;
}

/** PostgREST's SQLSTATE → HTTP map, minus the retryable 503s (postgrest-js retries those). */
export function statusForSqlState(code: string, anonymous: boolean): number {
  if (/^PT\d{3}$/.test(code)) {
    const n = Number(code.slice(2));
    return n >= 100 && n <= 599 ? n : 500;
  }
  switch (code) {
    case '23503':
    case '23505':
      return 409;
    case '25006':
      return 405;
    case 'P0001':
      return 400;
    case '42883':
    case '42P01':
      return 404;
    case '42P17':
      return 500;
    case '42501':
      return anonymous ? 401 : 403;
  }
  const cls = code.slice(0, 2);
  switch (cls) {
    case '0L':
    case '0P':
    case '28':
      return 403;
    case '08':
    case '09':
    case '25':
    case '2D':
    case '38':
    case '39':
    case '3B':
    case '40':
    case '53':
    case '54':
    case '55':
    case '57':
    case '58':
    case 'F0':
    case 'HV':
    case 'P0':
    case 'XX':
      return 500;
  }
  return 400;
}

/** The gateway's prepared statements and portals are its own business, not the client's. */
const internalNames = (text: string): string => text.replace(/ ?"salkku_rest_\d+"/g, '');

export function pgErrorToRest(e: PgError, anonymous: boolean): RestError {
  const message = internalNames(e.message);
  const detail = e.detail === undefined ? null : internalNames(e.detail);
  // Statement-size limits hit by hostile input are the client's fault, not ours.
  // Internal errors that hostile input provokes in text search and in PGlite's small stack.
  if (e.code === 'XX000' && /tsquery stack too small|bad buffer ID/.test(message)) {
    return new RestError(400, '54001', 'Statement too complex', message);
  }
  if (e.code === '54001' || e.code === '54000') {
    return new RestError(400, e.code, message, detail, e.hint ?? null);
  }
  return new RestError(
    statusForSqlState(e.code, anonymous),
    e.code,
    message,
    detail,
    e.hint ?? null,
  );
}

export const parseError = (what: string, details: string): RestError =>
  new RestError(400, 'PGRST100', `"failed to parse ${what}"`, details);
