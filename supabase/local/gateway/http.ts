// The HTTP front of the local stack: CORS, body limits, API-key and JWT checks, then
// routing to /rest/v1 (PostgREST subset) and /auth/v1 (Supabase Auth subset); /feeds/ (the
// public Atom feeds, feeds.ts) needs no key, as the hosted Edge Function. Works as a
// plain Node handler and as a Connect/Vite middleware.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errors as joseErrors, jwtVerify } from 'jose';
import { handleAuth } from './auth/index.ts';
import { HMAC_ALGORITHMS } from './auth/tokens.ts';
import { FEEDS_PREFIX, handleFeed } from './feeds.ts';
import { errorBody, JSON_TYPE } from './rest/errors.ts';
import { handleRest } from './rest/index.ts';
import type { GatewayRequest, GatewayResponse, JwtClaims, ServiceEnv } from './types.ts';

const REST_PREFIX = '/rest/v1';
const AUTH_PREFIX = '/auth/v1';

const EXPOSE_HEADERS = [
  'Content-Range',
  'Range-Unit',
  'Location',
  'X-Total-Count',
  'Link',
  'X-Supabase-Api-Version',
  'Preference-Applied',
  'Content-Profile',
];
// Supabase's API gateway (Kong's cors plugin with its defaults): any origin as `*`, no
// credentials (supabase-js sends none: the session travels in the Authorization header), the
// plugin's default method list, and whatever headers the preflight asks for.
const ALLOW_METHODS = 'GET,HEAD,PUT,PATCH,POST,DELETE,OPTIONS,TRACE,CONNECT';

/**
 * How long an idle client connection stays open (http.Server's keepAliveTimeout), for every
 * server in front of the gateway. Node's fetch (undici) subtracts one second from the server's
 * `Keep-Alive: timeout=N` hint and does not reuse the connection at all when nothing is left, so
 * with 1 s every request through it (supabase-js in Node, the tests, the benchmarks) would open
 * a new TCP connection.
 */
export const KEEP_ALIVE_TIMEOUT_MS = 5000;

export interface Gateway {
  handle(req: IncomingMessage, res: ServerResponse): Promise<void>;
  /** Connect/Vite middleware: passes requests outside /rest/v1 and /auth/v1 to `next`. */
  middleware(req: IncomingMessage, res: ServerResponse, next: (err?: unknown) => void): void;
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) over = true;
      // Keep draining past the limit so the client can read the 413.
      if (!over) chunks.push(chunk);
    });
    req.on('end', () => (over ? reject(new TooLarge()) : resolve(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}

function corsHeaders(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': EXPOSE_HEADERS.join(', '),
  };
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  r: GatewayResponse,
  extra: Record<string, string> = {},
): void {
  const headers: Record<string, string> = { ...corsHeaders(), ...extra, ...(r.headers ?? {}) };
  if (r.body !== null && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type')) {
    headers['Content-Type'] = JSON_TYPE;
  }
  // With its length known the response goes out in one write, not as chunks.
  if (r.body !== null && req.method !== 'HEAD') {
    headers['Content-Length'] = String(Buffer.byteLength(r.body));
  }
  res.writeHead(r.status, headers);
  res.end(req.method === 'HEAD' ? undefined : (r.body ?? undefined));
}

const jsonError = (
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): GatewayResponse => ({
  status,
  headers: { 'Content-Type': JSON_TYPE, ...headers },
  body: errorBody(code, message),
});

/**
 * The client's address, for rate limits: the socket's peer, or behind a trusted proxy the
 * last X-Forwarded-For entry (the one that proxy added; earlier ones the client can forge).
 */
function clientAddress(
  req: IncomingMessage,
  headers: Record<string, string>,
  trustProxy: boolean,
): string {
  const peer = req.socket.remoteAddress ?? '';
  if (!trustProxy) return peer;
  const forwarded = headers['x-forwarded-for']
    ?.split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded?.at(-1) ?? peer;
}

type Verified = { ok: true; claims: JwtClaims } | { ok: false; expired: boolean; message: string };

export function createGateway(env: ServiceEnv): Gateway {
  const secret = new TextEncoder().encode(env.config.jwtSecret);

  // Verified tokens are remembered until they expire: HMAC checks cost more than the query.
  const verified = new Map<string, { claims: JwtClaims; exp: number }>();

  async function verify(token: string): Promise<Verified> {
    const hit = verified.get(token);
    const now = Date.now() / 1000;
    if (hit && hit.exp > now) return { ok: true, claims: hit.claims };
    const v = await verifyUncached(token);
    if (v.ok) {
      if (verified.size >= 1000) verified.clear();
      const exp = typeof v.claims.exp === 'number' ? v.claims.exp : Infinity;
      verified.set(token, { claims: v.claims, exp });
    }
    return v;
  }

  async function verifyUncached(token: string): Promise<Verified> {
    const parts = token.split('.').length;
    if (parts !== 3)
      return { ok: false, expired: false, message: `Expected 3 parts in JWT; got ${parts}` };
    try {
      const { payload } = await jwtVerify(token, secret, { algorithms: HMAC_ALGORITHMS });
      const role = typeof payload['role'] === 'string' ? payload['role'] : 'anon';
      return { ok: true, claims: { ...payload, role } };
    } catch (e) {
      if (e instanceof joseErrors.JWTExpired)
        return { ok: false, expired: true, message: 'JWT expired' };
      if (e instanceof joseErrors.JWSSignatureVerificationFailed) {
        return { ok: false, expired: false, message: 'JWSError JWSInvalidSignature' };
      }
      if (e instanceof joseErrors.JWTClaimValidationFailed) {
        return { ok: false, expired: false, message: `JWT claim validation failed: ${e.claim}` };
      }
      return {
        ok: false,
        expired: false,
        message: 'JWSError (CompactDecodeError Invalid number of parts)',
      };
    }
  }

  async function route(
    req: IncomingMessage,
    url: URL,
    service: 'rest' | 'auth',
  ): Promise<GatewayResponse> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) {
      if (v === undefined) continue;
      headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    }
    const apikey = headers['apikey'] ?? url.searchParams.get('apikey') ?? undefined;
    if (!apikey) {
      return {
        status: 401,
        headers: { 'Content-Type': JSON_TYPE },
        body: JSON.stringify({
          message: 'No API key found in request',
          hint: 'No `apikey` request header or url param was found.',
        }),
      };
    }
    // As Supabase's gateway (Kong key-auth): the project's two keys, compared as strings.
    // A user's access token is not an API key, however validly signed.
    const keyRole =
      apikey === env.config.anonKey
        ? 'anon'
        : apikey === env.config.serviceRoleKey
          ? 'service_role'
          : undefined;
    if (!keyRole) {
      return {
        status: 401,
        headers: { 'Content-Type': JSON_TYPE },
        body: JSON.stringify({
          message: 'Invalid API key',
          hint: 'Double check your Supabase `anon` or `service_role` API key.',
        }),
      };
    }
    const auth = headers['authorization'];
    const bearerMatch = auth ? /^Bearer\s+(.+)$/i.exec(auth.trim()) : null;
    const bearer = bearerMatch?.[1]?.trim();
    let claims: JwtClaims = { role: keyRole };
    if (bearer) {
      const v = await verify(bearer);
      if (v.ok) claims = v.claims;
      else if (service === 'rest') {
        const code = v.expired ? 'PGRST303' : 'PGRST301';
        return jsonError(401, code, v.message, {
          'WWW-Authenticate': `Bearer error="invalid_token", error_description="${v.message.replace(/"/g, "'")}"`,
        });
      }
    } else if (auth && service === 'rest') {
      return jsonError(401, 'PGRST301', 'Authorization header is not a Bearer token', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    let body: Buffer;
    try {
      body =
        req.method === 'GET' || req.method === 'HEAD'
          ? Buffer.alloc(0)
          : await readBody(req, env.config.maxBodyBytes);
    } catch (e) {
      if (e instanceof TooLarge) {
        return {
          status: 413,
          headers: { 'Content-Type': JSON_TYPE },
          body: errorBody(
            'PGRST413',
            'Payload Too Large',
            `The request body is larger than ${env.config.maxBodyBytes} bytes`,
          ),
        };
      }
      throw e;
    }
    const prefix = service === 'rest' ? REST_PREFIX : AUTH_PREFIX;
    // The key is ours, not a filter or an argument.
    const query = new URLSearchParams(url.searchParams);
    query.delete('apikey');
    const trustProxy = env.config.trustProxy === true;
    // Auth's rate limits need it; REST does not ask (reading it costs a system call).
    let ip = service === 'auth' ? clientAddress(req, headers, trustProxy) : undefined;
    const greq: GatewayRequest = {
      method: (req.method ?? 'GET').toUpperCase(),
      path: url.pathname.slice(prefix.length) || '/',
      query,
      headers,
      body,
      claims,
      bearer,
      get ip() {
        return (ip ??= clientAddress(req, headers, trustProxy));
      },
    };
    return service === 'rest' ? handleRest(greq, env) : handleAuth(greq, env);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      let url: URL;
      try {
        url = new URL(req.url ?? '/', 'http://local');
      } catch {
        send(req, res, jsonError(400, 'PGRST100', 'Invalid request URL'));
        return;
      }
      const path = url.pathname;
      if (path.startsWith(FEEDS_PREFIX)) {
        send(req, res, await handleFeed((req.method ?? 'GET').toUpperCase(), url, env));
        return;
      }
      const service =
        path === REST_PREFIX || path.startsWith(`${REST_PREFIX}/`)
          ? 'rest'
          : path === AUTH_PREFIX || path.startsWith(`${AUTH_PREFIX}/`)
            ? 'auth'
            : null;
      if (!service) {
        send(req, res, jsonError(404, 'PGRST125', 'Invalid path specified in request URL'));
        return;
      }
      if (req.method === 'OPTIONS') {
        const requested = req.headers['access-control-request-headers'];
        res.writeHead(200, {
          ...corsHeaders(),
          'Access-Control-Allow-Methods': ALLOW_METHODS,
          ...(requested ? { 'Access-Control-Allow-Headers': requested } : {}),
          'Content-Length': '0',
        });
        res.end();
        return;
      }
      send(req, res, await route(req, url, service));
    } catch (e) {
      console.error('[gateway] unexpected error:', e);
      if (!res.headersSent) {
        send(req, res, jsonError(500, 'PGRSTX00', 'Internal server error'));
      } else {
        res.end();
      }
    }
  }

  return {
    handle,
    middleware(req, res, next) {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const ours =
        [REST_PREFIX, AUTH_PREFIX].some((p) => path === p || path.startsWith(`${p}/`)) ||
        path.startsWith(FEEDS_PREFIX);
      if (!ours) {
        next();
        return;
      }
      void handle(req, res);
    },
  };
}
