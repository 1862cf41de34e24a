// Where the Supabase API is and its public (anon) key: the app's client uses them, and the
// open-data page shows them to readers who call the API themselves.
// Locally the dev server serves /rest/v1 and /auth/v1 on the app's own origin, so the URL
// falls back to it; a hosted build sets VITE_SUPABASE_URL.
export const supabaseUrl: string =
  import.meta.env.VITE_SUPABASE_URL ||
  (typeof window !== 'undefined' ? window.location.origin : 'http://localhost:5173');
export const supabaseAnonKey: string = import.meta.env.VITE_SUPABASE_ANON_KEY ?? '';
