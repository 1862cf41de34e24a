import { test as base, type BrowserContext } from '@playwright/test';

/**
 * Cuts the page off from Vite's hot-reload socket. Locally the e2e server is a dev server
 * watching the working tree (E2E_SERVER, playwright.config.ts); an edit to src/ elsewhere would
 * otherwise reload the page in the middle of a test. The socket is answered by a silent
 * stand-in, so the Vite client stays quiet. Against the build (CI) there is no such socket.
 */
export async function isolateFromHotReload(context: BrowserContext): Promise<void> {
  await context.routeWebSocket(
    (url) => url.searchParams.has('token') || url.pathname.endsWith('/@vite/hmr'),
    () => {},
  );
}

/** Playwright's `test`, with every test's own context isolated from hot reloads. */
export const test = base.extend<{ isolatedContext: void }>({
  isolatedContext: [
    async ({ context }, use) => {
      await isolateFromHotReload(context);
      await use();
    },
    { auto: true },
  ],
});

export { expect } from '@playwright/test';
