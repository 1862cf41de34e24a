// Helpers shared by the /auth/v1 conformance tests: raw requests with exact statuses,
// headers and bodies, and users created through the admin API.
import { decodeJwt } from 'jose';
import type { TestGateway } from './gateway.ts';

export interface RawOptions {
  method?: string;
  body?: unknown;
  /** Bearer token; defaults to none (the apikey alone). */
  bearer?: string;
  apikey?: string;
  headers?: Record<string, string>;
}

export interface RawResult {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

/** One request to /auth/v1 as auth-js would send it, but with every detail visible. */
export async function authFetch(
  gw: TestGateway,
  path: string,
  opts: RawOptions = {},
): Promise<RawResult> {
  const headers: Record<string, string> = {
    apikey: opts.apikey ?? gw.anonKey,
    'X-Supabase-Api-Version': '2024-01-01',
    ...opts.headers,
  };
  if (opts.bearer) headers.Authorization = `Bearer ${opts.bearer}`;
  let body: string | undefined;
  if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json;charset=UTF-8';
    body = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  }
  const res = await fetch(`${gw.url}/auth/v1${path}`, {
    method: opts.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    redirect: 'manual',
  });
  const text = await res.text();
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  return { status: res.status, headers: res.headers, body: parsed, text };
}

/** The error body both auth-js (code / error_code, msg) and the spec (code, message) read. */
export function authErrorBody(code: string, message: string) {
  return { code, error_code: code, msg: message, message };
}

export async function createUser(
  gw: TestGateway,
  email: string,
  password: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await authFetch(gw, '/admin/users', {
    bearer: gw.serviceRoleKey,
    body: { email, password, email_confirm: true, ...extra },
  });
  if (res.status !== 200) throw new Error(`createUser ${email}: ${res.status} ${res.text}`);
  return (res.body as { id: string }).id;
}

export interface SessionBody {
  access_token: string;
  token_type: string;
  expires_in: number;
  expires_at: number;
  refresh_token: string;
  user: { id: string; email: string } & Record<string, unknown>;
}

export async function signIn(gw: TestGateway, email: string, password: string) {
  const res = await authFetch(gw, '/token?grant_type=password', { body: { email, password } });
  if (res.status !== 200) throw new Error(`signIn ${email}: ${res.status} ${res.text}`);
  return res.body as SessionBody;
}

export const claimsOf = (token: string) => decodeJwt(token);
