import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { salkkuLocalStack } from './supabase/local/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), salkkuLocalStack()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
