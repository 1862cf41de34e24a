// Responses of the auth service in Supabase Auth's shapes. Errors carry the error code both
// where auth-js reads it with the 2024-01-01 API version (`code`) and without it
// (`error_code`), and the text under both `msg` (GoTrue) and `message` (our spec).
import type { GatewayResponse } from '../types.ts';

export const API_VERSION = '2024-01-01';

const baseHeaders = (): Record<string, string> => ({
  'Content-Type': 'application/json; charset=utf-8',
  'X-Supabase-Api-Version': API_VERSION,
});

export class AuthError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function json(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): GatewayResponse {
  return { status, headers: { ...baseHeaders(), ...headers }, body: JSON.stringify(body) };
}

export function noContent(): GatewayResponse {
  return { status: 204, headers: { 'X-Supabase-Api-Version': API_VERSION }, body: null };
}

export function errorResponse(error: AuthError): GatewayResponse {
  return json(
    error.status,
    {
      code: error.errorCode,
      error_code: error.errorCode,
      msg: error.message,
      message: error.message,
      ...error.extra,
    },
    error.headers,
  );
}

// The errors the service raises, named as in auth-js's error-codes list.
export const errors = {
  badJson: (detail: string) =>
    new AuthError(400, 'bad_json', `Could not parse request body as JSON: ${detail}`),
  validation: (message: string) => new AuthError(400, 'validation_failed', message),
  invalidCredentials: () => new AuthError(400, 'invalid_credentials', 'Invalid login credentials'),
  emailNotConfirmed: () => new AuthError(400, 'email_not_confirmed', 'Email not confirmed'),
  userBanned: () => new AuthError(400, 'user_banned', 'User is banned'),
  refreshNotFound: () =>
    new AuthError(400, 'refresh_token_not_found', 'Invalid Refresh Token: Refresh Token Not Found'),
  refreshAlreadyUsed: () =>
    new AuthError(400, 'refresh_token_already_used', 'Invalid Refresh Token: Already Used'),
  sessionExpired: () =>
    new AuthError(400, 'session_expired', 'Invalid Refresh Token: Session Expired'),
  noAuthorization: () =>
    new AuthError(401, 'no_authorization', 'This endpoint requires a valid Bearer token'),
  badJwt: (detail: string) =>
    new AuthError(403, 'bad_jwt', `invalid JWT: unable to parse or verify signature, ${detail}`),
  sessionNotFound: () =>
    new AuthError(403, 'session_not_found', 'Session from session_id claim in JWT does not exist'),
  userFromJwtNotFound: () =>
    new AuthError(403, 'user_not_found', 'User from sub claim in JWT does not exist'),
  notAdmin: () => new AuthError(403, 'not_admin', 'User not allowed'),
  userNotFound: () => new AuthError(404, 'user_not_found', 'User not found'),
  notFound: () => new AuthError(404, 'not_found', 'Not Found'),
  methodNotAllowed: (allowed: string[]) =>
    new AuthError(
      405,
      'method_not_allowed',
      'Method Not Allowed',
      {},
      { Allow: allowed.join(', ') },
    ),
  signupDisabled: () =>
    new AuthError(422, 'signup_disabled', 'Signups not allowed for this instance'),
  userAlreadyExists: () => new AuthError(422, 'user_already_exists', 'User already registered'),
  emailExists: () =>
    new AuthError(
      422,
      'email_exists',
      'A user with this email address has already been registered',
    ),
  weakPassword: (minLength: number) =>
    new AuthError(422, 'weak_password', `Password should be at least ${minLength} characters.`, {
      weak_password: { reasons: ['length'] },
    }),
  samePassword: () =>
    new AuthError(422, 'same_password', 'New password should be different from the old password.'),
  emailInvalid: (email: string) =>
    new AuthError(400, 'email_address_invalid', `Email address "${email}" is invalid`),
  rateLimited: (retryAfter: number) =>
    new AuthError(
      429,
      'over_request_rate_limit',
      'Request rate limit reached',
      {},
      { 'Retry-After': String(retryAfter) },
    ),
  emailRateLimited: (retryAfter: number) =>
    new AuthError(
      429,
      'over_email_send_rate_limit',
      'Email rate limit exceeded',
      {},
      { 'Retry-After': String(retryAfter) },
    ),
  emailTooFrequent: (seconds: number) =>
    new AuthError(
      429,
      'over_email_send_rate_limit',
      `For security purposes, you can only request this after ${seconds} seconds.`,
      {},
      { 'Retry-After': String(seconds) },
    ),
  otpExpired: () => new AuthError(403, 'otp_expired', 'Email link is invalid or has expired'),
  unexpected: (message: string) => new AuthError(500, 'unexpected_failure', message),
};
