// Contracts between the gateway's pieces: the HTTP front (http.ts), the PostgREST
// subset (rest/) and the Supabase Auth subset (auth/).
import type { Database } from '../database.ts';

/** Claims of a verified JWT (anon/service keys carry only `role`). */
export interface JwtClaims {
  role: string;
  sub?: string;
  email?: string;
  exp?: number;
  iat?: number;
  [claim: string]: unknown;
}

export interface GatewayConfig {
  /** HS256 secret for every JWT the stack issues and accepts. */
  jwtSecret: string;
  anonKey: string;
  serviceRoleKey: string;
  /** Public base URL, e.g. http://localhost:5173 (used in Location/Link headers and mails). */
  siteUrl: string;
  /** Schemas exposed through /rest/v1 (default ['public']). */
  schemas: string[];
  /** Row cap for reads (Supabase default 1000). */
  maxRows: number;
  /** Largest accepted request body in bytes (413 above). */
  maxBodyBytes: number;
  /** Access-token lifetime in seconds (3600). */
  jwtExpiry: number;
  /** Whether POST /auth/v1/signup is open (Salkku: false, as supabase/config.toml says). */
  enableSignup: boolean;
  /** Folder where /recover and invite mails are written locally. */
  outboxDir: string;
  /** Shortest password accepted (auth.minimum_password_length; GoTrue's default 6). */
  minPasswordLength?: number;
  /**
   * Where mail links may send the user: auth.site_url then auth.additional_redirect_urls,
   * as glob patterns (GoTrue's matching). The first entry is the default target. Without
   * it, only `siteUrl` itself.
   */
  redirectUrls?: string[];
  /**
   * Failed password sign-ins allowed per window before 429 over_request_rate_limit, per
   * client address (perIp, auth.rate_limit.sign_in_sign_ups) and per client address and
   * e-mail together (perEmail). Never per e-mail alone: that would let anyone lock anyone
   * out. Defaults: 10 and 30 in 300 s.
   */
  authRateLimit?: { windowSeconds: number; perEmail: number; perIp: number };
  /**
   * Recovery mails: per client address per hour (auth.rate_limit.email_sent) and at most
   * one per e-mail address every perEmailSeconds (auth.email.max_frequency); beyond that
   * 429 over_email_send_rate_limit. Absent: no limit.
   */
  emailRateLimit?: { perAddressPerHour: number; perEmailSeconds: number };
  /**
   * Requests per client address per window, whatever their outcome: refresh-token grants
   * (auth.rate_limit.token_refresh) and /verify (auth.rate_limit.token_verifications); beyond
   * that 429 over_request_rate_limit. Absent: no limit.
   */
  requestRateLimit?: { windowSeconds: number; tokenRefresh: number; tokenVerifications: number };
  /**
   * Whether the gateway sits behind a proxy it trusts to name the client in
   * X-Forwarded-For. Off: the client address is the socket's peer address.
   */
  trustProxy?: boolean;
  /**
   * Statement timeout of a REST request, in milliseconds, by the request's role, as hosted
   * Supabase sets it per role: anon 3 s, authenticated 8 s, other roles (service_role) the
   * authenticator's 8 s. A request past it answers 500 57014. 0: none. Absent: those defaults.
   */
  statementTimeoutMs?: { anon: number; authenticated: number; other: number };
}

const DEFAULT_STATEMENT_TIMEOUT_MS = { anon: 3000, authenticated: 8000, other: 8000 };

/** The statement timeout for a request made as `role`. */
export function statementTimeoutFor(config: GatewayConfig, role: string): number {
  const t = config.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS;
  return role === 'anon' ? t.anon : role === 'authenticated' ? t.authenticated : t.other;
}

export interface GatewayRequest {
  method: string;
  /** Path below the service prefix, e.g. '/projects' or '/rpc/fn' for REST, '/token' for auth. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: Buffer;
  /** Claims of the verified bearer token, or of the apikey when there is no bearer. */
  claims: JwtClaims;
  /** The raw bearer token, if one was sent. */
  bearer?: string;
  /** Client address, for rate limiting. */
  ip: string;
}

export interface GatewayResponse {
  status: number;
  headers?: Record<string, string>;
  /** Sent as-is; null for no body. */
  body: string | null;
}

export interface ServiceEnv {
  db: Database;
  config: GatewayConfig;
}

export type ServiceHandler = (req: GatewayRequest, env: ServiceEnv) => Promise<GatewayResponse>;
