// Access tokens (HS256 JWTs with Supabase Auth's claims) and opaque refresh tokens.
import { errors as joseErrors, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import { randomBytes } from 'node:crypto';
import type { GatewayConfig } from '../types.ts';
import { errors } from './responses.ts';
import type { UserRow } from './users.ts';
import { appMetadata } from './users.ts';

export interface AccessClaims extends JWTPayload {
  sub: string;
  role: string;
  session_id?: string;
  email?: string;
  is_anonymous?: boolean;
}

/** The HMAC algorithms PostgREST and Supabase Auth accept with the shared secret. */
export const HMAC_ALGORITHMS = ['HS256', 'HS384', 'HS512'];

const key = (secret: string) => new TextEncoder().encode(secret);

export const issuer = (config: GatewayConfig) => `${config.siteUrl.replace(/\/+$/, '')}/auth/v1`;

export interface IssuedAccessToken {
  token: string;
  expiresIn: number;
  expiresAt: number;
}

export async function signAccessToken(
  config: GatewayConfig,
  user: UserRow,
  sessionId: string,
  authenticatedAt: Date,
  method: string,
): Promise<IssuedAccessToken> {
  const now = Math.floor(Date.now() / 1000);
  const expiresAt = now + config.jwtExpiry;
  const token = await new SignJWT({
    sub: user.id,
    role: user.role ?? 'authenticated',
    email: user.email ?? '',
    phone: user.phone ?? '',
    app_metadata: appMetadata(user),
    user_metadata: user.raw_user_meta_data ?? {},
    session_id: sessionId,
    aal: 'aal1',
    amr: [{ method, timestamp: Math.floor(authenticatedAt.getTime() / 1000) }],
    is_anonymous: user.is_anonymous,
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(issuer(config))
    .setAudience(user.aud ?? 'authenticated')
    .setIssuedAt(now)
    .setExpirationTime(expiresAt)
    .sign(key(config.jwtSecret));
  return { token, expiresIn: config.jwtExpiry, expiresAt };
}

/** Verifies a bearer JWT (signature and expiry) and returns its claims, or throws bad_jwt. */
export async function verifyBearer(
  config: GatewayConfig,
  bearer: string | undefined,
): Promise<JWTPayload> {
  if (!bearer) throw errors.noAuthorization();
  try {
    const { payload } = await jwtVerify(bearer, key(config.jwtSecret), {
      algorithms: HMAC_ALGORITHMS,
    });
    return payload;
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired)
      throw errors.badJwt('token has invalid claims: token is expired');
    throw errors.badJwt('token is malformed or its signature is invalid');
  }
}

/** A user's access token: verified, with a sub that is a UUID. */
export async function verifyUserToken(
  config: GatewayConfig,
  bearer: string | undefined,
): Promise<AccessClaims> {
  const claims = await verifyBearer(config, bearer);
  if (typeof claims.sub !== 'string' || !isUuid(claims.sub)) {
    throw errors.badJwt('invalid claim: missing sub claim');
  }
  return claims as AccessClaims;
}

/** Admin endpoints accept only a service_role (or supabase_admin) bearer. */
export async function requireAdmin(config: GatewayConfig, bearer: string | undefined) {
  const claims = await verifyBearer(config, bearer);
  if (claims.role !== 'service_role' && claims.role !== 'supabase_admin') throw errors.notAdmin();
}

/** An opaque, unguessable refresh token (GoTrue's are short random strings too). */
export const newRefreshToken = () => randomBytes(24).toString('base64url');

export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
