// Sessions and refresh tokens in auth.sessions / auth.refresh_tokens, with rotation: each
// refresh revokes the token it used; replaying a revoked token after GoTrue's 10-second reuse
// interval ends the whole session.
import { isIP } from 'node:net';
import type { GatewayConfig } from '../types.ts';
import { errors } from './responses.ts';
import { newRefreshToken, signAccessToken } from './tokens.ts';
import { findUserById, isBanned, userJson, type Queryable, type UserRow } from './users.ts';

const ZERO_UUID = '00000000-0000-0000-0000-000000000000';
/** GoTrue's default refresh-token reuse interval. */
export const REUSE_INTERVAL_SECONDS = 10;

export interface ClientInfo {
  ip: string;
  userAgent: string | undefined;
}

/** The body of a successful /token or /verify: a session as auth-js stores it. */
async function sessionBody(
  db: Queryable,
  config: GatewayConfig,
  user: UserRow,
  sessionId: string,
  authenticatedAt: Date,
  refreshToken: string,
  method: string,
) {
  const access = await signAccessToken(config, user, sessionId, authenticatedAt, method);
  return {
    access_token: access.token,
    token_type: 'bearer',
    expires_in: access.expiresIn,
    expires_at: access.expiresAt,
    refresh_token: refreshToken,
    user: await userJson(db, user),
  };
}

/** Starts a session for a user who just proved who they are; records the sign-in. */
export async function startSession(
  db: Queryable,
  config: GatewayConfig,
  userId: string,
  client: ClientInfo,
  method: string,
) {
  const ip = isIP(client.ip.replace(/^::ffff:/, '')) ? client.ip.replace(/^::ffff:/, '') : null;
  const { rows } = await db.query<{ id: string; created_at: Date }>(
    `insert into auth.sessions (id, user_id, created_at, updated_at, aal, user_agent, ip)
     values (gen_random_uuid(), $1, now(), now(), 'aal1', $2, $3::inet)
     returning id, created_at`,
    [userId, client.userAgent?.slice(0, 1000) ?? null, ip],
  );
  const session = rows[0];
  if (!session) throw errors.unexpected('Database error creating session');
  const refreshToken = newRefreshToken();
  await db.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, parent, session_id)
     values ($1, $2, $3, false, null, $4)`,
    [ZERO_UUID, refreshToken, userId, session.id],
  );
  await db.query(`update auth.users set last_sign_in_at = now() where id = $1`, [userId]);
  await db.query(
    `update auth.identities set last_sign_in_at = now() where user_id = $1 and provider = 'email'`,
    [userId],
  );
  const user = await findUserById(db, userId);
  if (!user) throw errors.userNotFound();
  return sessionBody(db, config, user, session.id, session.created_at, refreshToken, method);
}

type RefreshOutcome =
  | { ok: true; body: Awaited<ReturnType<typeof sessionBody>> }
  | { ok: false; error: ReturnType<(typeof errors)[keyof typeof errors]> };

/**
 * Exchanges a refresh token for a new session pair. Runs inside one transaction; a replayed
 * token is answered with an error *after* its session has been deleted, so the outcome is
 * returned rather than thrown (throwing would roll the deletion back).
 */
export async function refreshSession(
  db: Queryable,
  config: GatewayConfig,
  token: string,
): Promise<RefreshOutcome> {
  const { rows } = await db.query<{
    id: string;
    user_id: string | null;
    revoked: boolean;
    session_id: string | null;
    session_created_at: Date | null;
    not_after: Date | null;
    recently_revoked: boolean;
  }>(
    `select rt.id::text as id, rt.user_id, rt.revoked, rt.session_id,
            s.created_at as session_created_at, s.not_after,
            rt.revoked and rt.updated_at > now() - make_interval(secs => $2) as recently_revoked
       from auth.refresh_tokens rt
       left join auth.sessions s on s.id = rt.session_id
      where rt.token = $1
      for update of rt`,
    [token, REUSE_INTERVAL_SECONDS],
  );
  const row = rows[0];
  if (!row || !row.session_id || !row.session_created_at || !row.user_id) {
    return { ok: false, error: errors.refreshNotFound() };
  }
  // Within the reuse interval a just-rotated token gets its successor again (two tabs
  // refreshing at once); later, a token used twice may have been stolen: the session ends.
  let successor: string | undefined;
  if (row.revoked) {
    if (row.recently_revoked) {
      const { rows: next } = await db.query<{ token: string }>(
        `select token from auth.refresh_tokens
          where parent = $1 and session_id = $2 and revoked = false
          order by id desc limit 1`,
        [token, row.session_id],
      );
      successor = next[0]?.token;
    }
    if (!successor) {
      await db.query('delete from auth.sessions where id = $1', [row.session_id]);
      return { ok: false, error: errors.refreshAlreadyUsed() };
    }
  }
  if (row.not_after && row.not_after.getTime() <= Date.now()) {
    return { ok: false, error: errors.sessionExpired() };
  }
  const user = await findUserById(db, row.user_id);
  if (!user || user.deleted_at) return { ok: false, error: errors.refreshNotFound() };
  if (isBanned(user)) return { ok: false, error: errors.userBanned() };

  if (successor) {
    return {
      ok: true,
      body: await sessionBody(
        db,
        config,
        user,
        row.session_id,
        row.session_created_at,
        successor,
        'password',
      ),
    };
  }
  await db.query(
    'update auth.refresh_tokens set revoked = true, updated_at = now() where id = $1::bigint',
    [row.id],
  );
  const next = newRefreshToken();
  await db.query(
    `insert into auth.refresh_tokens (instance_id, token, user_id, revoked, parent, session_id)
     values ($1, $2, $3, false, $4, $5)`,
    [ZERO_UUID, next, row.user_id, token, row.session_id],
  );
  await db.query(
    `update auth.sessions set refreshed_at = now() at time zone 'utc', updated_at = now()
      where id = $1`,
    [row.session_id],
  );
  return {
    ok: true,
    body: await sessionBody(
      db,
      config,
      user,
      row.session_id,
      row.session_created_at,
      next,
      'password',
    ),
  };
}

export async function sessionExists(db: Queryable, sessionId: string): Promise<boolean> {
  const { rows } = await db.query('select 1 from auth.sessions where id = $1', [sessionId]);
  return rows.length > 0;
}

export type LogoutScope = 'global' | 'local' | 'others';

/** Ends sessions (their refresh tokens go with them, by cascade). */
export async function endSessions(
  db: Queryable,
  userId: string,
  sessionId: string | undefined,
  scope: LogoutScope,
): Promise<void> {
  if (scope === 'global' || !sessionId) {
    if (scope !== 'others') {
      await db.query('delete from auth.sessions where user_id = $1', [userId]);
    }
    return;
  }
  if (scope === 'local') {
    await db.query('delete from auth.sessions where id = $1 and user_id = $2', [sessionId, userId]);
  } else {
    await db.query('delete from auth.sessions where user_id = $1 and id <> $2', [
      userId,
      sessionId,
    ]);
  }
}
