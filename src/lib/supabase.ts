import { createClient } from '@supabase/supabase-js';
import type { Database } from '@/types/database';

// Locally the dev server serves /rest/v1 and /auth/v1 on the app's own origin, so the URL
// falls back to it; a hosted build sets VITE_SUPABASE_URL.
const url =
  import.meta.env.VITE_SUPABASE_URL ||
  (typeof window !== 'undefined' ? window.location.origin : 'http://localhost:5173');
const anonKey: string = import.meta.env.VITE_SUPABASE_ANON_KEY ?? '';

/** The API's base URL and public key, for pages that tell readers how to call the API. */
export const supabaseUrl: string = url;
export const supabaseAnonKey: string = anonKey;

/** The one typed Supabase client of the app. */
export const supabase = createClient<Database>(url, anonKey || 'missing-anon-key', {
  auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
});

export type Enums<T extends keyof Database['public']['Enums']> = Database['public']['Enums'][T];
export type Tables<T extends keyof Database['public']['Tables']> =
  Database['public']['Tables'][T]['Row'];
export type Views<T extends keyof Database['public']['Views']> =
  Database['public']['Views'][T]['Row'];
