// auth.users and auth.identities: reading, writing and the JSON shape Supabase Auth returns.
import type { Transaction } from '@electric-sql/pglite';
import bcrypt from 'bcryptjs';
import type { GatewayConfig } from '../types.ts';
import { errors } from './responses.ts';

export type Queryable = Pick<Transaction, 'query'>;
type Json = Record<string, unknown>;

export interface UserRow {
  id: string;
  aud: string | null;
  role: string | null;
  email: string | null;
  encrypted_password: string | null;
  email_confirmed_at: Date | null;
  invited_at: Date | null;
  confirmation_sent_at: Date | null;
  recovery_sent_at: Date | null;
  last_sign_in_at: Date | null;
  raw_app_meta_data: Json | null;
  raw_user_meta_data: Json | null;
  created_at: Date | null;
  updated_at: Date | null;
  phone: string | null;
  phone_confirmed_at: Date | null;
  confirmed_at: Date | null;
  banned_until: Date | null;
  deleted_at: Date | null;
  is_anonymous: boolean;
  is_sso_user: boolean;
}

interface IdentityRow {
  id: string;
  provider_id: string;
  user_id: string;
  identity_data: Json;
  provider: string;
  last_sign_in_at: Date | null;
  created_at: Date | null;
  updated_at: Date | null;
  email: string | null;
}

export const userColumns = `id, aud, role, email, encrypted_password, email_confirmed_at, invited_at,
  confirmation_sent_at, recovery_sent_at, last_sign_in_at, raw_app_meta_data, raw_user_meta_data,
  created_at, updated_at, phone, phone_confirmed_at, confirmed_at, banned_until, deleted_at,
  is_anonymous, is_sso_user`;

export const MIN_PASSWORD_LENGTH = 6;
const MAX_PASSWORD_BYTES = 72; // bcrypt ignores the rest, so GoTrue refuses longer passwords

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function validEmail(email: string): boolean {
  return email.length <= 255 && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email);
}

export function checkPassword(config: GatewayConfig, password: string): void {
  const min = config.minPasswordLength ?? MIN_PASSWORD_LENGTH;
  // GoTrue counts characters (runes), not UTF-16 units.
  if ([...password].length < min) throw errors.weakPassword(min);
  if (Buffer.byteLength(password) > MAX_PASSWORD_BYTES) {
    throw errors.validation(`Password cannot be longer than ${MAX_PASSWORD_BYTES} characters`);
  }
}

/** bcrypt cost 10 with the $2a$ prefix GoTrue and pgcrypto write ($2a$ and $2b$ hash alike). */
export async function hashPassword(password: string): Promise<string> {
  const hash = await bcrypt.hash(password, 10);
  return hash.replace(/^\$2[by]\$/, '$2a$');
}

// A hash to compare against when the e-mail is unknown, so timing does not tell.
let dummyHash: Promise<string> | undefined;

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const stored =
    hash && /^\$2[aby]\$\d\d\$.{53}$/.test(hash) ? hash.replace(/^\$2y\$/, '$2b$') : null;
  dummyHash ??= bcrypt.hash('salkku-no-such-user', 10);
  const ok = await bcrypt.compare(password, stored ?? (await dummyHash));
  return ok && stored !== null;
}

export function appMetadata(user: Pick<UserRow, 'raw_app_meta_data'>): Json {
  return { provider: 'email', providers: ['email'], ...(user.raw_app_meta_data ?? {}) };
}

export function isBanned(user: Pick<UserRow, 'banned_until'>): boolean {
  return user.banned_until !== null && user.banned_until.getTime() > Date.now();
}

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : undefined);

/** The user object as Supabase Auth serializes it (unset timestamps left out). */
export async function userJson(db: Queryable, user: UserRow): Promise<Json> {
  const identities = (
    await db.query<IdentityRow>(
      `select id, provider_id, user_id, identity_data, provider, last_sign_in_at, created_at,
              updated_at, email
         from auth.identities where user_id = $1 order by created_at`,
      [user.id],
    )
  ).rows.map((i) => ({
    identity_id: i.id,
    id: i.provider_id,
    user_id: i.user_id,
    identity_data: i.identity_data,
    provider: i.provider,
    last_sign_in_at: iso(i.last_sign_in_at),
    created_at: iso(i.created_at),
    updated_at: iso(i.updated_at),
    email: i.email ?? undefined,
  }));
  return {
    id: user.id,
    aud: user.aud ?? 'authenticated',
    role: user.role ?? 'authenticated',
    email: user.email ?? '',
    email_confirmed_at: iso(user.email_confirmed_at),
    phone: user.phone ?? '',
    phone_confirmed_at: iso(user.phone_confirmed_at),
    confirmation_sent_at: iso(user.confirmation_sent_at),
    confirmed_at: iso(user.confirmed_at),
    recovery_sent_at: iso(user.recovery_sent_at),
    invited_at: iso(user.invited_at),
    last_sign_in_at: iso(user.last_sign_in_at),
    app_metadata: appMetadata(user),
    user_metadata: user.raw_user_meta_data ?? {},
    identities,
    created_at: iso(user.created_at),
    updated_at: iso(user.updated_at),
    banned_until: iso(user.banned_until),
    deleted_at: iso(user.deleted_at),
    is_anonymous: user.is_anonymous,
  };
}

export async function findUserByEmail(db: Queryable, email: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(
    `select ${userColumns} from auth.users
      where lower(email) = lower($1) and is_sso_user = false
      order by deleted_at nulls first limit 1`,
    [email],
  );
  return rows[0];
}

export async function findUserById(db: Queryable, id: string): Promise<UserRow | undefined> {
  const { rows } = await db.query<UserRow>(`select ${userColumns} from auth.users where id = $1`, [
    id,
  ]);
  return rows[0];
}

export interface NewUser {
  id?: string;
  email: string;
  passwordHash: string | null;
  emailConfirmed: boolean;
  appMetadata: Json;
  userMetadata: Json;
  role?: string;
  bannedUntil?: Date | null;
}

/** Inserts a user with its e-mail identity, as GoTrue does; the e-mail must be free. */
export async function insertUser(db: Queryable, u: NewUser): Promise<UserRow> {
  const app = { provider: 'email', providers: ['email'], ...u.appMetadata };
  const { rows } = await db.query<UserRow>(
    `insert into auth.users (id, instance_id, aud, role, email, encrypted_password,
        email_confirmed_at, raw_app_meta_data, raw_user_meta_data, banned_until,
        created_at, updated_at)
     values (coalesce($1::uuid, gen_random_uuid()), '00000000-0000-0000-0000-000000000000',
        'authenticated', $2, $3, $4, case when $5::boolean then now() end, $6, $7, $8,
        now(), now())
     returning ${userColumns}`,
    [
      u.id ?? null,
      u.role ?? 'authenticated',
      u.email,
      u.passwordHash,
      u.emailConfirmed,
      JSON.stringify(app),
      JSON.stringify(u.userMetadata),
      u.bannedUntil ?? null,
    ],
  );
  const user = rows[0];
  if (!user) throw errors.unexpected('Database error saving new user');
  await db.query(
    `insert into auth.identities (provider_id, user_id, identity_data, provider,
        last_sign_in_at, created_at, updated_at)
     values ($1::text, $2::uuid, $3, 'email', now(), now(), now())`,
    [
      user.id,
      user.id,
      JSON.stringify({
        sub: user.id,
        email: u.email,
        email_verified: u.emailConfirmed,
        phone_verified: false,
      }),
    ],
  );
  return user;
}

/** Merges keys into a metadata object the way GoTrue does: a null value removes the key. */
export function mergeMetadata(current: Json | null, patch: Json): Json {
  const merged: Json = { ...(current ?? {}) };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete merged[k];
    else merged[k] = v;
  }
  return merged;
}

export function isPlainObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
