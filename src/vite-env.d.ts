/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_SUPABASE_URL?: string;
  readonly VITE_SUPABASE_ANON_KEY?: string;
  readonly VITE_ACCESSIBILITY_FEEDBACK_EMAIL?: string;
  readonly VITE_FEEDS_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
