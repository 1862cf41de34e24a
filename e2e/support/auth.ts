import { createClient, type Session, type SupabaseClient } from '@supabase/supabase-js';
import { expect, type Page } from '@playwright/test';
import WebSocket from 'ws';
import { loadOrCreateKeys } from '../../supabase/local/keys.ts';
import type { Database } from '../../src/types/database.ts';

/** The password of every demo sign-in (supabase/seed.sql). */
export const demoPassword = 'salkku-demo';

export const demoUsers = {
  admin: 'admin@salkku.test',
  director: 'director@salkku.test',
  /** Lead of Kiertotalot and Rakentamisen kiertotalouden kokeiluympäristöt. */
  lead: 'lead@salkku.test',
  /** Lead of Arabian kiertotaloushubi. */
  lead2: 'lead2@salkku.test',
  viewer: 'viewer@salkku.test',
} as const;

/**
 * The anon key the app is served with: VITE_SUPABASE_ANON_KEY when set (a hosted stack),
 * otherwise the local stack's, derived from .salkku/jwt-secret exactly as the Vite plugin does.
 */
export async function anonKey(): Promise<string> {
  return process.env.VITE_SUPABASE_ANON_KEY || (await loadOrCreateKeys()).anonKey;
}

/** Where the API lives: the dev server's own origin locally, VITE_SUPABASE_URL when hosted. */
export function apiUrl(baseURL: string | undefined): string {
  const url = process.env.VITE_SUPABASE_URL || baseURL;
  if (!url) throw new Error('No baseURL: set use.baseURL in playwright.config.ts');
  return url;
}

/** Signs in through the sign-in page, by label and role, as a person would. */
export async function signInThroughUi(
  page: Page,
  email: string,
  options: { password?: string; next?: string } = {},
): Promise<void> {
  await page.goto(options.next ? `/sign-in?next=${encodeURIComponent(options.next)}` : '/sign-in');
  await page.getByLabel('Sähköposti').fill(email);
  await page.getByLabel('Salasana').fill(options.password ?? demoPassword);
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText(`Kirjautuneena ${email}`)).toBeVisible();
}

/** Signs in as a demo user through the sign-in page and lands on `next`. */
export async function signIn(page: Page, email: string, next = '/'): Promise<void> {
  await signInThroughUi(page, email, { next });
}

export interface ApiSession {
  client: SupabaseClient<Database>;
  session: Session;
  anonKey: string;
  url: string;
}

// Node 20 has no global WebSocket, which supabase-js's realtime client wants at construction.
type RealtimeTransport = NonNullable<
  NonNullable<NonNullable<Parameters<typeof createClient>[2]>['realtime']>['transport']
>;
const clientOptions = {
  auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
  realtime: { transport: WebSocket as unknown as RealtimeTransport },
};

/** A supabase-js client signed in with the password grant, for API calls from the test. */
export async function signInThroughApi(
  baseURL: string | undefined,
  email: string,
  password = demoPassword,
): Promise<ApiSession> {
  const key = await anonKey();
  const url = apiUrl(baseURL);
  const client = createClient<Database>(url, key, clientOptions);
  const { data, error } = await client.auth.signInWithPassword({ email, password });
  if (error) throw new Error(`API sign-in as ${email} failed: ${error.message}`);
  return { client, session: data.session, anonKey: key, url };
}

/** An anonymous supabase-js client (what a visitor's browser can do). */
export async function anonymousClient(
  baseURL: string | undefined,
): Promise<SupabaseClient<Database>> {
  return createClient<Database>(apiUrl(baseURL), await anonKey(), clientOptions);
}

/** supabase-js's storage key for a URL: sb-<first label of the host>-auth-token. */
export function authStorageKey(url: string): string {
  return `sb-${new URL(url).hostname.split('.')[0]}-auth-token`;
}

/** Puts a session where the page's supabase-js looks for it; it takes effect on the next load. */
export async function storeSession(page: Page, url: string, session: Session): Promise<void> {
  await page.evaluate(([key, value]) => localStorage.setItem(key, value), [
    authStorageKey(url),
    JSON.stringify(session),
  ] as const);
}

/**
 * Signs the page in without the form: a password-grant session stored where supabase-js looks
 * for it, then the page reloaded. Faster than the form for tests about something else.
 */
export async function signInThroughApiAs(page: Page, baseURL: string | undefined, email: string) {
  const { session, url } = await signInThroughApi(baseURL, email);
  await page.goto('/');
  await storeSession(page, url, session);
  await page.reload();
  await expect(page.getByText(`Kirjautuneena ${email}`)).toBeVisible();
  return session;
}
