// The admin users API (/admin/users), for service-role bearers only.
import type { GatewayRequest, GatewayResponse, ServiceEnv } from '../types.ts';
import {
  booleanField,
  objectField,
  parseBody,
  parseGoDuration,
  stringField,
  type Body,
} from './request.ts';
import { AuthError, errors, json } from './responses.ts';
import { isUuid, requireAdmin } from './tokens.ts';
import {
  checkPassword,
  findUserByEmail,
  findUserById,
  hashPassword,
  insertUser,
  mergeMetadata,
  normalizeEmail,
  userColumns,
  userJson,
  validEmail,
  type UserRow,
} from './users.ts';

const pgCode = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;

function banUntil(body: Body): Date | null | undefined {
  const duration = stringField(body, 'ban_duration');
  if (duration === undefined) return undefined;
  if (duration === 'none') return null;
  const ms = parseGoDuration(duration);
  if (ms === undefined) throw errors.validation('invalid format for ban duration');
  return new Date(Date.now() + ms);
}

function bcryptHashField(body: Body): string | undefined {
  const hash = stringField(body, 'password_hash');
  if (hash !== undefined && !/^\$2[aby]\$\d\d\$.{53}$/.test(hash)) {
    throw errors.validation('Invalid password hash format (only bcrypt is supported locally)');
  }
  return hash;
}

async function createUser(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const body = parseBody(req);
  if (stringField(body, 'phone')) throw errors.validation('Phone users are not supported locally');
  const rawEmail = stringField(body, 'email');
  if (!rawEmail) throw errors.validation('Unable to validate email address: invalid format');
  const email = normalizeEmail(rawEmail);
  if (!validEmail(email)) throw errors.emailInvalid(rawEmail);
  const password = stringField(body, 'password');
  if (password !== undefined) checkPassword(env.config, password);
  const id = stringField(body, 'id');
  if (id !== undefined && !isUuid(id)) throw errors.validation('id must be a UUID');
  const passwordHash =
    password !== undefined ? await hashPassword(password) : bcryptHashField(body);
  const role = stringField(body, 'role');
  const bannedUntil = banUntil(body);
  try {
    const user = await env.db.transaction(async (tx) => {
      const existing = await findUserByEmail(tx, email);
      if (existing && !existing.deleted_at) throw errors.emailExists();
      const created = await insertUser(tx, {
        id,
        email,
        passwordHash: passwordHash ?? null,
        emailConfirmed: booleanField(body, 'email_confirm') ?? false,
        appMetadata: objectField(body, 'app_metadata') ?? {},
        userMetadata: objectField(body, 'user_metadata') ?? {},
        role,
        bannedUntil,
      });
      return userJson(tx, created);
    });
    return json(200, user);
  } catch (error) {
    if (pgCode(error) === '23505') throw errors.emailExists();
    throw error;
  }
}

async function listUsers(req: GatewayRequest, env: ServiceEnv): Promise<GatewayResponse> {
  const page = Math.max(1, Number.parseInt(req.query.get('page') ?? '', 10) || 1);
  const perPage = Math.min(
    1000,
    Math.max(1, Number.parseInt(req.query.get('per_page') ?? '', 10) || 50),
  );
  const { users, total } = await env.db.transaction(async (tx) => {
    const count = await tx.query<{ total: number }>(
      'select count(*)::int as total from auth.users',
    );
    const rows = await tx.query<UserRow>(
      `select ${userColumns} from auth.users order by created_at desc, id limit $1 offset $2`,
      [perPage, (page - 1) * perPage],
    );
    const list: unknown[] = [];
    for (const row of rows.rows) list.push(await userJson(tx, row));
    return { users: list, total: count.rows[0]?.total ?? 0 };
  });
  const lastPage = Math.max(1, Math.ceil(total / perPage));
  const base = `${env.config.siteUrl.replace(/\/+$/, '')}/auth/v1/admin/users`;
  const links: string[] = [];
  if (page < lastPage) links.push(`<${base}?page=${page + 1}&per_page=${perPage}>; rel="next"`);
  links.push(`<${base}?page=${lastPage}&per_page=${perPage}>; rel="last"`);
  return json(
    200,
    { users, aud: 'authenticated' },
    { 'X-Total-Count': String(total), Link: links.join(', ') },
  );
}

async function loadUser(env: ServiceEnv, id: string) {
  return env.db.transaction(async (tx) => {
    const user = await findUserById(tx, id);
    if (!user) throw errors.userNotFound();
    return userJson(tx, user);
  });
}

async function updateUser(
  req: GatewayRequest,
  env: ServiceEnv,
  id: string,
): Promise<GatewayResponse> {
  const body = parseBody(req);
  if (stringField(body, 'phone')) throw errors.validation('Phone users are not supported locally');
  const rawEmail = stringField(body, 'email');
  const email = rawEmail !== undefined ? normalizeEmail(rawEmail) : undefined;
  if (email !== undefined && !validEmail(email)) throw errors.emailInvalid(rawEmail ?? '');
  const password = stringField(body, 'password');
  if (password !== undefined) checkPassword(env.config, password);
  const passwordHash =
    password !== undefined ? await hashPassword(password) : bcryptHashField(body);
  const emailConfirm = booleanField(body, 'email_confirm');
  const userMeta = objectField(body, 'user_metadata');
  const appMeta = objectField(body, 'app_metadata');
  const role = stringField(body, 'role');
  const bannedUntil = banUntil(body);
  try {
    const user = await env.db.transaction(async (tx) => {
      const current = await findUserById(tx, id);
      if (!current) throw errors.userNotFound();
      if (email !== undefined && email !== current.email) {
        const other = await findUserByEmail(tx, email);
        if (other && other.id !== id) throw errors.emailExists();
        await tx.query('update auth.users set email = $2 where id = $1', [id, email]);
        await tx.query(
          `update auth.identities
              set identity_data = identity_data || jsonb_build_object('email', $2::text),
                  updated_at = now()
            where user_id = $1 and provider = 'email'`,
          [id, email],
        );
      }
      if (passwordHash !== undefined) {
        await tx.query('update auth.users set encrypted_password = $2 where id = $1', [
          id,
          passwordHash,
        ]);
      }
      if (emailConfirm === true) {
        await tx.query(
          'update auth.users set email_confirmed_at = coalesce(email_confirmed_at, now()) where id = $1',
          [id],
        );
      }
      if (userMeta) {
        await tx.query('update auth.users set raw_user_meta_data = $2 where id = $1', [
          id,
          JSON.stringify(mergeMetadata(current.raw_user_meta_data, userMeta)),
        ]);
      }
      if (appMeta) {
        await tx.query('update auth.users set raw_app_meta_data = $2 where id = $1', [
          id,
          JSON.stringify(mergeMetadata(current.raw_app_meta_data, appMeta)),
        ]);
      }
      if (role !== undefined) {
        await tx.query('update auth.users set role = $2 where id = $1', [id, role]);
      }
      if (bannedUntil !== undefined) {
        await tx.query('update auth.users set banned_until = $2 where id = $1', [id, bannedUntil]);
        // A ban ends the user's sessions, so refresh tokens stop working at once.
        if (bannedUntil) await tx.query('delete from auth.sessions where user_id = $1', [id]);
      }
      await tx.query('update auth.users set updated_at = now() where id = $1', [id]);
      const updated = await findUserById(tx, id);
      if (!updated) throw errors.userNotFound();
      return userJson(tx, updated);
    });
    return json(200, user);
  } catch (error) {
    if (pgCode(error) === '23505') throw errors.emailExists();
    throw error;
  }
}

async function deleteUser(
  req: GatewayRequest,
  env: ServiceEnv,
  id: string,
): Promise<GatewayResponse> {
  const body = parseBody(req);
  const soft = booleanField(body, 'should_soft_delete') ?? false;
  try {
    await env.db.transaction(async (tx) => {
      const current = await findUserById(tx, id);
      if (!current) throw errors.userNotFound();
      if (soft) {
        // As GoTrue does: keep the row (and the id other tables point to), forget the person.
        await tx.query('delete from auth.sessions where user_id = $1', [id]);
        await tx.query('delete from auth.identities where user_id = $1', [id]);
        await tx.query(
          `update auth.users
              set deleted_at = now(), updated_at = now(), email = null, phone = null,
                  encrypted_password = null, raw_user_meta_data = '{}'::jsonb,
                  recovery_token = null
            where id = $1`,
          [id],
        );
      } else {
        await tx.query('delete from auth.users where id = $1', [id]);
      }
    });
  } catch (error) {
    if (pgCode(error) === '23503') {
      throw new AuthError(409, 'conflict', 'Database error deleting user: rows still refer to it');
    }
    throw error;
  }
  return json(200, {});
}

/** Routes /admin/users[/{id}] after checking the bearer is an admin. */
export async function handleAdmin(
  req: GatewayRequest,
  env: ServiceEnv,
  rest: string,
): Promise<GatewayResponse> {
  await requireAdmin(env.config, req.bearer);
  if (rest === '/users' || rest === '/users/') {
    if (req.method === 'POST') return createUser(req, env);
    if (req.method === 'GET') return listUsers(req, env);
    throw errors.methodNotAllowed(['GET', 'POST']);
  }
  const match = /^\/users\/([^/]+)\/?$/.exec(rest);
  if (!match?.[1]) throw errors.notFound();
  const id = match[1];
  if (!isUuid(id)) throw errors.userNotFound();
  if (req.method === 'GET') return json(200, await loadUser(env, id));
  if (req.method === 'PUT') return updateUser(req, env, id);
  if (req.method === 'DELETE') return deleteUser(req, env, id);
  throw errors.methodNotAllowed(['GET', 'PUT', 'DELETE']);
}
