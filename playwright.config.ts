import { defineConfig, devices } from '@playwright/test';
import { execSync } from 'node:child_process';

// Debian's Chromium, never a downloaded browser build.
function systemChromium(): string {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return execSync('command -v chromium', { encoding: 'utf8', shell: '/bin/sh' }).trim();
  } catch {
    return '/usr/bin/chromium';
  }
}

const port = Number(process.env.E2E_PORT ?? 5183);

/**
 * What the tests run against. `dev`: the Vite dev server (the default locally: nothing to build,
 * an edit applies on the next run). `dist`: the production build in dist/, served by
 * scripts/serve-dist.ts as a city serves it, with the local stack on the same origin (the default
 * in CI, which has just built dist/ with `npm run build`: no on-demand compiles, and the bundle
 * residents get). E2E_SERVER=dev|dist picks one; `dist` needs a current `npm run build`.
 */
const server = process.env.E2E_SERVER ?? (process.env.CI ? 'dist' : 'dev');
if (server !== 'dev' && server !== 'dist') throw new Error(`E2E_SERVER=${server}: dev or dist`);
// serve-dist listens on 127.0.0.1 and names itself so (the site URL of mails and tokens).
const origin = server === 'dist' ? `http://127.0.0.1:${port}` : `http://localhost:${port}`;

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  timeout: 60_000,
  // A busy 2-core machine compiles the dev server's modules slowly on first use.
  expect: { timeout: 10_000 },
  // One folder per port, so runs side by side do not delete each other's traces.
  outputDir: `test-results/e2e-${port}`,
  use: {
    baseURL: origin,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: systemChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  // The app and the embedded local stack, on a database of its own that starts from the seed.
  webServer: {
    command:
      server === 'dist'
        ? `npx tsx scripts/serve-dist.ts --port ${port}`
        : `npx vite --port ${port} --strictPort`,
    url: origin,
    reuseExistingServer: false,
    // Opening the database (migrations, seed) on a busy machine can take a minute or more.
    timeout: 180_000,
    env: { SALKKU_DATA_DIR: `.salkku/e2e-${port}`, SALKKU_FRESH_DB: '1' },
  },
});
