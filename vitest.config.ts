import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    globals: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['src/**/*.test.{ts,tsx}'],
          // *.db.test.ts run the app's data code against the real local stack, in Node.
          exclude: ['src/**/*.db.test.ts'],
          setupFiles: ['./src/test/setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'db',
          environment: 'node',
          include: ['supabase/**/*.test.ts', 'scripts/**/*.test.ts', 'src/**/*.db.test.ts'],
          setupFiles: ['./src/test/node-websocket.ts'],
          // One migrated (and one seeded) database per run, copied into each test file's stack.
          globalSetup: ['./supabase/local/tests/support/db-templates.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
