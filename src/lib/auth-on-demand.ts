// Supabase Auth on demand. In the production build supabase-js's `AuthClient` is this class
// (vite.config.ts, lazySupabaseAuth): a reader who has never signed in does not download the
// Auth client (GoTrue, about 26 KB gzipped), because there is no session to read, refresh or
// send. The real client loads the moment it can matter:
//   - at once, when the browser's storage holds a session (a signed-in user reopening the app);
//   - on the first call that needs it (signInWithPassword, signOut, getUser …);
//   - when another tab writes a session into the storage (signing in there).
// Until then getSession() answers "no session" (so supabase-js sends the anon key) and
// onAuthStateChange() listeners hear INITIAL_SESSION with none; once the real client is
// there, every call and listener goes to it and the app sees Supabase Auth itself.
// Tests and scripts use the real package; src/lib/auth-on-demand.db.test.ts tests this one.
import type {
  AuthChangeEvent,
  GoTrueClient,
  GoTrueClientOptions,
  Session,
} from '@supabase/auth-js';

// supabase-js re-exports all of @supabase/auth-js; in the app build only this module's exports.
// The app takes Auth's error guards from @supabase/auth-js's errors module itself
// (features/auth/sign-in-errors.ts), so those classes load with the Auth client, not with every
// first visit; a name the app imports from supabase-js and this module lacks fails the build.

type Callback = (event: AuthChangeEvent, session: Session | null) => void | Promise<void>;

interface Listener {
  id: string;
  callback: Callback;
  active: boolean;
  real?: { unsubscribe(): void };
}

const DEFAULT_STORAGE_KEY = 'supabase.auth.token';

class OnDemand {
  private real: GoTrueClient | null = null;
  private loading: Promise<GoTrueClient> | null = null;
  private readonly listeners = new Set<Listener>();
  private nextId = 0;

  constructor(private readonly options: GoTrueClientOptions) {
    if (this.mayHaveSession()) void this.load().catch(() => {});
    const key = options.storageKey ?? DEFAULT_STORAGE_KEY;
    if (typeof window !== 'undefined' && options.persistSession !== false) {
      const onStorage = (event: StorageEvent) => {
        if (event.key !== key || event.newValue === null) return;
        window.removeEventListener('storage', onStorage);
        void this.load().catch(() => {});
      };
      window.addEventListener('storage', onStorage);
    }
  }

  /** Whether the real client is here (for tests). */
  isLoaded(): boolean {
    return this.real !== null;
  }

  /** The real Auth client, downloaded and constructed once; listeners move over to it. */
  load(): Promise<GoTrueClient> {
    this.loading ??= import('@supabase/auth-js').then(
      ({ AuthClient }) => {
        const real = new AuthClient(this.options);
        this.real = real;
        for (const listener of this.listeners) this.attach(listener);
        return real;
      },
      (error: unknown) => {
        this.loading = null; // offline: the next call tries again
        throw error;
      },
    );
    return this.loading;
  }

  /** Whether the storage may hold a session; when it cannot tell, it says yes. */
  private mayHaveSession(): boolean {
    if (this.options.persistSession === false) return false;
    try {
      const storage = this.options.storage ?? globalThis.localStorage;
      if (!storage) return false;
      const item: unknown = storage.getItem(this.options.storageKey ?? DEFAULT_STORAGE_KEY);
      return item instanceof Promise || (item !== null && item !== undefined);
    } catch {
      return true;
    }
  }

  async getSession(): ReturnType<GoTrueClient['getSession']> {
    if (this.real || this.loading || this.mayHaveSession()) return (await this.load()).getSession();
    return { data: { session: null }, error: null };
  }

  onAuthStateChange(callback: Callback) {
    const listener: Listener = { id: `on-demand-${this.nextId++}`, callback, active: true };
    this.listeners.add(listener);
    if (this.real) {
      this.attach(listener);
    } else if (!this.loading) {
      // What the real client says to a new listener when nobody is signed in.
      setTimeout(() => {
        if (listener.active && !listener.real && !this.loading) {
          void callback('INITIAL_SESSION', null);
        }
      }, 0);
    }
    const subscription = {
      id: listener.id,
      callback,
      unsubscribe: () => {
        listener.active = false;
        listener.real?.unsubscribe();
        this.listeners.delete(listener);
      },
    };
    return { data: { subscription } };
  }

  private attach(listener: Listener) {
    if (!this.real || !listener.active || listener.real) return;
    listener.real = this.real.onAuthStateChange(listener.callback).data.subscription;
  }
}

/**
 * A call through a path of the real client (`signInWithPassword`, `mfa.listFactors` …): it
 * waits for the client, then calls it.
 */
function deferred(client: OnDemand, path: string[]): unknown {
  return new Proxy(function () {}, {
    get(_, prop) {
      return typeof prop === 'string' && prop !== 'then'
        ? deferred(client, [...path, prop])
        : undefined;
    },
    apply(_, __, args: unknown[]) {
      return client.load().then((real) => {
        let owner: unknown = real;
        for (const key of path.slice(0, -1)) owner = (owner as Record<string, unknown>)[key];
        const method = (owner as Record<string, (...a: unknown[]) => unknown>)[path.at(-1)!];
        return method!.apply(owner, args);
      });
    },
  });
}

/** Stands in for @supabase/auth-js's AuthClient (GoTrueClient); see the top of the file. */
export class AuthClient {
  constructor(options: GoTrueClientOptions) {
    const client = new OnDemand(options);
    return new Proxy(client, {
      get(target, prop, receiver) {
        if (prop in target) {
          const value: unknown = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        }
        const real = (target as unknown as { real: GoTrueClient | null }).real;
        if (real) {
          const value: unknown = Reflect.get(real, prop);
          return typeof value === 'function' ? value.bind(real) : value;
        }
        return typeof prop === 'string' && prop !== 'then' ? deferred(target, [prop]) : undefined;
      },
    }) as unknown as AuthClient;
  }
}
