// The Auth client the production build gives supabase-js (src/lib/auth-on-demand.ts), against
// the real local stack: it stays unloaded for a reader with no session, and once loaded it is
// Supabase Auth itself.
import type { AuthChangeEvent, Session, SupportedStorage } from '@supabase/auth-js';
import { describe, expect, it } from 'vitest';
import { seededStackForFile } from '@/test/seeded-stack';
import { AuthClient } from './auth-on-demand';

const stack = seededStackForFile();
const STORAGE_KEY = 'sb-test-auth-token';

function memoryStorage(): SupportedStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

interface OnDemandAuth {
  isLoaded(): boolean;
  getSession(): Promise<{ data: { session: Session | null }; error: unknown }>;
  onAuthStateChange(cb: (event: AuthChangeEvent, session: Session | null) => void): {
    data: { subscription: { unsubscribe(): void } };
  };
  signInWithPassword(c: { email: string; password: string }): Promise<{
    data: { session: Session | null };
    error: unknown;
  }>;
  signOut(o?: { scope: 'local' }): Promise<{ error: unknown }>;
}

function client(storage: SupportedStorage): OnDemandAuth {
  return new AuthClient({
    url: `${stack.gw.url}/auth/v1`,
    headers: { apikey: stack.gw.anonKey, Authorization: `Bearer ${stack.gw.anonKey}` },
    storageKey: STORAGE_KEY,
    storage,
    persistSession: true,
    autoRefreshToken: false,
    detectSessionInUrl: false,
  }) as unknown as OnDemandAuth;
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('Supabase Auth on demand', () => {
  it('answers a reader without a session without loading Auth', async () => {
    const auth = client(memoryStorage());
    const events: [AuthChangeEvent, Session | null][] = [];
    auth.onAuthStateChange((event, session) => void events.push([event, session]));
    expect(await auth.getSession()).toEqual({ data: { session: null }, error: null });
    await tick();
    expect(events).toEqual([['INITIAL_SESSION', null]]);
    expect(auth.isLoaded()).toBe(false);
  });

  it('loads Auth to sign in, and tells the listeners it already had', async () => {
    const storage = memoryStorage();
    const auth = client(storage);
    const events: AuthChangeEvent[] = [];
    auth.onAuthStateChange((event) => void events.push(event));
    await tick();

    const { data, error } = await auth.signInWithPassword({
      email: 'director@salkku.test',
      password: 'salkku-demo',
    });
    expect(error).toBeNull();
    expect(data.session?.user.email).toBe('director@salkku.test');
    expect(auth.isLoaded()).toBe(true);
    expect((await auth.getSession()).data.session?.access_token).toBe(data.session?.access_token);
    expect(events).toContain('SIGNED_IN');
    expect(storage.items.has(STORAGE_KEY)).toBe(true);
  });

  it('loads Auth at once when the storage holds a session, and signs out through it', async () => {
    const storage = memoryStorage();
    const first = client(storage);
    await first.signInWithPassword({ email: 'lead@salkku.test', password: 'salkku-demo' });

    const reopened = client(storage);
    await tick();
    expect(reopened.isLoaded()).toBe(true);
    expect((await reopened.getSession()).data.session?.user.email).toBe('lead@salkku.test');

    const events: AuthChangeEvent[] = [];
    const { data } = reopened.onAuthStateChange((event) => void events.push(event));
    expect((await reopened.signOut({ scope: 'local' })).error).toBeNull();
    expect((await reopened.getSession()).data.session).toBeNull();
    expect(events).toContain('SIGNED_OUT');
    data.subscription.unsubscribe();
  });

  it('stops calling a listener that unsubscribed before Auth loaded', async () => {
    const auth = client(memoryStorage());
    const events: AuthChangeEvent[] = [];
    const { data } = auth.onAuthStateChange((event) => void events.push(event));
    data.subscription.unsubscribe();
    await auth.signInWithPassword({ email: 'director@salkku.test', password: 'salkku-demo' });
    await tick();
    expect(events).toEqual([]);
  });
});
