// /auth/v1: the subset of Supabase Auth (GoTrue) that @supabase/supabase-js uses, on
// auth.* tables with GoTrue's columns. Every database access runs in a transaction as the
// database owner with bound parameters; bcrypt work happens outside transactions so the
// single PGlite connection is never held for it.
import { createHash, randomInt } from 'node:crypto';
import type { GatewayRequest, GatewayResponse, ServiceEnv, ServiceHandler } from '../types.ts';
import { handleAdmin } from './admin.ts';
import { writeMail } from './outbox.ts';
import { emailLimiterFor, limiterFor, limitRequests } from './rate-limit.ts';
import { objectField, parseBody, safeRedirect, stringField } from './request.ts';
import { AuthError, API_VERSION, errorResponse, errors, json, noContent } from './responses.ts';
import {
  endSessions,
  refreshSession,
  sessionExists,
  startSession,
  type ClientInfo,
  type LogoutScope,
} from './sessions.ts';
import { verifyUserToken, type AccessClaims } from './tokens.ts';
import {
  checkPassword,
  findUserByEmail,
  findUserById,
  hashPassword,
  insertUser,
  isBanned,
  mergeMetadata,
  normalizeEmail,
  userJson,
  validEmail,
  verifyPassword,
  type Queryable,
} from './users.ts';

const RECOVERY_VALID_MS = 3600 * 1000;

const clientOf = (req: GatewayRequest): ClientInfo => ({
  ip: req.ip,
  userAgent: req.headers['user-agent'],
});

async function passwordGrant(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const body = parseBody(req);
  if (stringField(body, 'phone') !== undefined && stringField(body, 'email') === undefined) {
    throw new AuthError(400, 'phone_provider_disabled', 'Phone logins are disabled');
  }
  const rawEmail = stringField(body, 'email');
  const password = stringField(body, 'password') ?? '';
  if (!rawEmail) throw errors.validation('missing email or phone');
  const email = normalizeEmail(rawEmail);
  const limiter = limiterFor(env.config);
  limiter.check(email, req.ip);

  const user = await env.db.transaction((tx) => findUserByEmail(tx, email));
  const active = user && !user.deleted_at ? user : undefined;
  if (!(await verifyPassword(password, active?.encrypted_password ?? null)) || !active) {
    limiter.fail(email, req.ip);
    throw errors.invalidCredentials();
  }
  if (isBanned(active)) throw errors.userBanned();
  if (!active.email_confirmed_at) throw errors.emailNotConfirmed();
  limiter.succeed(email, req.ip);
  const session = await env.db.transaction((tx) =>
    startSession(tx, env.config, active.id, clientOf(req), 'password'),
  );
  return json(200, session);
}

async function refreshGrant(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  limitRequests(env.config, 'tokenRefresh', req.ip);
  const body = parseBody(req);
  const token = stringField(body, 'refresh_token');
  if (!token) throw errors.refreshNotFound();
  const outcome = await env.db.transaction((tx) => refreshSession(tx, env.config, token));
  if (!outcome.ok) throw outcome.error;
  return json(200, outcome.body);
}

async function token(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const grant = req.query.get('grant_type');
  if (grant === 'password') return passwordGrant(req, env);
  if (grant === 'refresh_token') return refreshGrant(req, env);
  throw errors.validation('unsupported_grant_type');
}

async function signup(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  if (!env.config.enableSignup) throw errors.signupDisabled();
  const body = parseBody(req);
  const rawEmail = stringField(body, 'email');
  const password = stringField(body, 'password');
  if (!rawEmail) throw errors.validation('Signup requires a valid email');
  const email = normalizeEmail(rawEmail);
  if (!validEmail(email)) throw errors.emailInvalid(rawEmail);
  if (password === undefined) throw errors.validation('Signup requires a valid password');
  checkPassword(env.config, password);
  const data = objectField(body, 'data') ?? {};
  const passwordHash = await hashPassword(password);
  // Confirmations are off locally (as in the CLI's config.toml), so sign-up signs in.
  const session = await env.db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (existing && !existing.deleted_at) throw errors.userAlreadyExists();
    const user = await insertUser(tx, {
      email,
      passwordHash,
      emailConfirmed: true,
      appMetadata: {},
      userMetadata: data,
    });
    return startSession(tx, env.config, user.id, clientOf(req), 'password');
  });
  return json(200, session);
}

/** The user behind a bearer access token, whose session must still exist. */
async function currentUser(db: Queryable, claims: AccessClaims) {
  if (typeof claims.session_id === 'string' && !(await sessionExists(db, claims.session_id))) {
    throw errors.sessionNotFound();
  }
  const user = await findUserById(db, claims.sub);
  if (!user || user.deleted_at) throw errors.userFromJwtNotFound();
  return user;
}

async function getUser(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const claims = await verifyUserToken(env.config, req.bearer);
  const body = await env.db.transaction(async (tx) => userJson(tx, await currentUser(tx, claims)));
  return json(200, body);
}

async function updateUser(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const claims = await verifyUserToken(env.config, req.bearer);
  const body = parseBody(req);
  const password = stringField(body, 'password');
  const data = objectField(body, 'data');
  const rawEmail = stringField(body, 'email');
  if (stringField(body, 'phone')) throw errors.validation('Phone users are not supported locally');
  if (password !== undefined) checkPassword(env.config, password);
  const user = await env.db.transaction((tx) => currentUser(tx, claims));
  if (rawEmail !== undefined && normalizeEmail(rawEmail) !== user.email) {
    throw new AuthError(
      422,
      'validation_failed',
      'Changing the e-mail address is not supported by the local stack; an admin can change it',
    );
  }
  let passwordHash: string | undefined;
  if (password !== undefined) {
    if (await verifyPassword(password, user.encrypted_password)) throw errors.samePassword();
    passwordHash = await hashPassword(password);
  }
  const result = await env.db.transaction(async (tx) => {
    const fresh = await currentUser(tx, claims);
    if (passwordHash !== undefined) {
      await tx.query(
        'update auth.users set encrypted_password = $2, updated_at = now() where id = $1',
        [fresh.id, passwordHash],
      );
      // As GoTrue does: a new password signs out every other session.
      await endSessions(tx, fresh.id, claims.session_id, 'others');
    }
    if (data) {
      await tx.query(
        'update auth.users set raw_user_meta_data = $2, updated_at = now() where id = $1',
        [fresh.id, JSON.stringify(mergeMetadata(fresh.raw_user_meta_data, data))],
      );
    }
    const updated = await findUserById(tx, fresh.id);
    if (!updated) throw errors.userFromJwtNotFound();
    return userJson(tx, updated);
  });
  return json(200, result);
}

async function logout(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const claims = await verifyUserToken(env.config, req.bearer);
  const scope = req.query.get('scope') ?? 'global';
  if (scope !== 'global' && scope !== 'local' && scope !== 'others') {
    throw errors.validation('Unsupported logout scope');
  }
  await env.db.transaction((tx) =>
    endSessions(tx, claims.sub, claims.session_id, scope as LogoutScope),
  );
  return noContent();
}

// Recovery tokens as GoTrue keeps them: the stored value is sha224(email + one-time code); the
// mail carries both the code (for verifyOtp) and a link with the stored hash.
const recoveryHash = (email: string, otp: string) =>
  createHash('sha224')
    .update(email + otp)
    .digest('hex');

async function recover(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const body = parseBody(req);
  const rawEmail = stringField(body, 'email');
  if (!rawEmail) throw errors.validation('Password recovery requires an email');
  const email = normalizeEmail(rawEmail);
  if (!validEmail(email)) throw errors.emailInvalid(rawEmail);
  emailLimiterFor(env.config)?.take(email, req.ip);
  const otp = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const tokenHash = recoveryHash(email, otp);
  const found = await env.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user || user.deleted_at) return false;
    await tx.query(
      'update auth.users set recovery_token = $2, recovery_sent_at = now() where id = $1',
      [user.id, tokenHash],
    );
    return true;
  });
  // The answer is the same whether or not the address is known.
  if (found) {
    const redirectTo = safeRedirect(env.config, req.query.get('redirect_to'));
    const site = env.config.siteUrl.replace(/\/+$/, '');
    const link = `${site}/auth/v1/verify?${new URLSearchParams({
      token: tokenHash,
      type: 'recovery',
      redirect_to: redirectTo,
      // The gateway wants an API key on every request; a mail link carries the public one.
      apikey: env.config.anonKey,
    }).toString()}`;
    await writeMail(env.config.outboxDir, 'recovery', {
      to: email,
      subject: 'Reset your Salkku password',
      text: [
        'Someone asked to reset the password of this Salkku account.',
        '',
        `Follow this link to choose a new password: ${link}`,
        '',
        `Or enter this code: ${otp}`,
        '',
        'The link and the code are valid for one hour. If you did not ask for this, ignore this mail.',
      ].join('\r\n'),
    });
  }
  return json(200, {});
}

/** Consumes a recovery token (by stored hash, or by e-mail + code) and starts a session. */
async function consumeRecovery(
  env: ServiceEnv,
  client: ClientInfo,
  tokenHash: string | undefined,
  email: string | undefined,
  otp: string | undefined,
) {
  const hash = tokenHash ?? (email && otp ? recoveryHash(normalizeEmail(email), otp) : undefined);
  if (!hash) throw errors.validation('Verify requires a token or a token hash');
  return env.db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: string; recovery_sent_at: Date | null }>(
      `select id, recovery_sent_at from auth.users
        where recovery_token = $1 and deleted_at is null
          and ($2::text is null or lower(email) = lower($2))`,
      [hash, email ?? null],
    );
    const row = rows[0];
    const fresh =
      row?.recovery_sent_at && Date.now() - row.recovery_sent_at.getTime() < RECOVERY_VALID_MS;
    if (!row || !fresh) return undefined;
    await tx.query(
      `update auth.users set recovery_token = null,
              email_confirmed_at = coalesce(email_confirmed_at, now())
        where id = $1`,
      [row.id],
    );
    return startSession(tx, env.config, row.id, client, 'otp');
  });
}

async function verify(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  limitRequests(env.config, 'tokenVerifications', req.ip);
  if (req.method === 'GET') {
    // The link in a mail: redirect to the app with the session in the URL fragment.
    const redirectTo = safeRedirect(env.config, req.query.get('redirect_to'));
    const type = req.query.get('type');
    const tokenHash = req.query.get('token') ?? undefined;
    const session =
      type === 'recovery' && tokenHash
        ? await consumeRecovery(env, clientOf(req), tokenHash, undefined, undefined)
        : undefined;
    const fragment = session
      ? new URLSearchParams({
          access_token: session.access_token,
          expires_at: String(session.expires_at),
          expires_in: String(session.expires_in),
          refresh_token: session.refresh_token,
          token_type: 'bearer',
          type: 'recovery',
        })
      : new URLSearchParams({
          error: 'access_denied',
          error_code: 'otp_expired',
          error_description: 'Email link is invalid or has expired',
        });
    return {
      status: 303,
      headers: {
        Location: `${redirectTo}#${fragment.toString()}`,
        'X-Supabase-Api-Version': API_VERSION,
      },
      body: null,
    };
  }
  const body = parseBody(req);
  const type = stringField(body, 'type');
  if (type !== 'recovery')
    throw errors.validation('Only recovery verification is supported locally');
  const email = stringField(body, 'email');
  if (email) limiterFor(env.config).check(normalizeEmail(email), req.ip);
  const session = await consumeRecovery(
    env,
    clientOf(req),
    stringField(body, 'token_hash'),
    email,
    stringField(body, 'token'),
  );
  if (!session) {
    if (email) limiterFor(env.config).fail(normalizeEmail(email), req.ip);
    throw new AuthError(403, 'otp_expired', 'Token has expired or is invalid');
  }
  return json(200, session);
}

function settings(env: ServiceEnv): GatewayResponse {
  return json(200, {
    external: {
      anonymous_users: false,
      email: true,
      phone: false,
      apple: false,
      azure: false,
      github: false,
      google: false,
      saml: false,
    },
    disable_signup: !env.config.enableSignup,
    mailer_autoconfirm: true,
    phone_autoconfirm: false,
    sms_provider: '',
    saml_enabled: false,
  });
}

function health(): GatewayResponse {
  return json(200, {
    version: 'salkku-local',
    name: 'GoTrue',
    description: 'Salkku local stack: the Supabase Auth subset supabase-js uses',
  });
}

type Route = Partial<
  Record<string, (req: GatewayRequest, env: ServiceEnv) => Promise<GatewayResponse>>
>;

const routes: Record<string, Route> = {
  '/token': { POST: token },
  '/signup': { POST: signup },
  '/user': { GET: getUser, PUT: updateUser },
  '/logout': { POST: logout },
  '/recover': { POST: recover },
  '/verify': { GET: verify, POST: verify },
  '/settings': { GET: async (_req, env) => settings(env) },
  '/health': { GET: async () => health() },
};

async function route(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const path = req.path.replace(/\/+$/, '') || '/';
  if (path.startsWith('/admin/')) return handleAdmin(req, env, path.slice('/admin'.length));
  const entry = routes[path];
  if (!entry) throw errors.notFound();
  const method = req.method === 'HEAD' ? 'GET' : req.method;
  const handler = entry[method];
  if (!handler) throw errors.methodNotAllowed(Object.keys(entry));
  return handler(req, env);
}

export const handleAuth: ServiceHandler = async (req, env) => {
  try {
    return await route(req, env);
  } catch (error) {
    if (error instanceof AuthError) return errorResponse(error);
    // Never a stack trace or SQL in a response; the console keeps the detail.
    console.error('[auth] unexpected error', error);
    return errorResponse(errors.unexpected('Unexpected failure, please check server logs'));
  }
};
