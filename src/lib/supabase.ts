import { createClient } from '@supabase/supabase-js';
import type { Database } from '@/types/database';
import { supabaseAnonKey, supabaseUrl } from './api-config';

/** The one typed Supabase client of the app. */
export const supabase = createClient<Database>(supabaseUrl, supabaseAnonKey || 'missing-anon-key', {
  auth: { persistSession: true, autoRefreshToken: true, detectSessionInUrl: false },
});

export type Enums<T extends keyof Database['public']['Enums']> = Database['public']['Enums'][T];
export type Tables<T extends keyof Database['public']['Tables']> =
  Database['public']['Tables'][T]['Row'];
export type Views<T extends keyof Database['public']['Views']> =
  Database['public']['Views'][T]['Row'];
