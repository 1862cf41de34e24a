// Contracts between the gateway's pieces: the HTTP front (http.ts), the PostgREST
// subset (rest/) and the Supabase Auth subset (auth/).
import type { PGlite } from '@electric-sql/pglite';

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
  /**
   * Failed password sign-ins allowed per window before 429 over_request_rate_limit
   * (defaults: 10 per e-mail and 30 per client address in 300 s).
   */
  authRateLimit?: { windowSeconds: number; perEmail: number; perIp: number };
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
  db: PGlite;
  config: GatewayConfig;
}

export type ServiceHandler = (req: GatewayRequest, env: ServiceEnv) => Promise<GatewayResponse>;
