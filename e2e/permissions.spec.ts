import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

test("a lead cannot edit another lead's project: no edit control, and the database refuses a direct write", async ({
  page,
}) => {
  // Capture the API key supabase-js sends, to make a request of our own as this user.
  const apiRequest = page.waitForRequest((r) => r.url().includes('/rest/v1/'));
  await signIn(page, 'lead@salkku.test');
  const captured = await apiRequest;
  const apikey = captured.headers()['apikey'] ?? '';
  // Same origin under `npm run dev`; a separate API URL when VITE_SUPABASE_URL is set.
  const api = new URL(captured.url()).origin;

  await page.goto('/projects/arabian-kiertotaloushubi');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arabian kiertotaloushubi');
  await expect(page.getByRole('link', { name: 'Muokkaa hanketta' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Merkitse tehdyksi/ })).toHaveCount(0);
  await expectNoA11yViolations(page);

  // Their own project does offer editing.
  await page.goto('/projects/kiertotalot');
  await expect(page.getByRole('link', { name: 'Muokkaa hanketta' })).toBeVisible();

  const token = await page.evaluate(() => {
    const key = Object.keys(localStorage).find(
      (k) => k.startsWith('sb-') && k.endsWith('-auth-token'),
    );
    const stored: unknown = key ? JSON.parse(localStorage.getItem(key) ?? 'null') : null;
    return stored && typeof stored === 'object' && 'access_token' in stored
      ? String(stored.access_token)
      : '';
  });
  expect(token).not.toBe('');

  const response = await page.request.patch(
    `${api}/rest/v1/projects?slug=eq.arabian-kiertotaloushubi`,
    {
      headers: {
        apikey,
        Authorization: `Bearer ${token}`,
        Prefer: 'return=representation',
        'Content-Type': 'application/json',
      },
      data: { summary: 'Kaapattu' },
    },
  );
  // Row-level security answers with zero rows (or a permission error), never a change.
  if (response.ok()) expect(await response.json()).toEqual([]);
  else expect([401, 403]).toContain(response.status());

  const reread = await page.request.get(
    `${api}/rest/v1/projects?slug=eq.arabian-kiertotaloushubi&select=summary`,
    { headers: { apikey } },
  );
  expect(JSON.stringify(await reread.json())).not.toContain('Kaapattu');
});

test('a viewer sees no edit controls at all', async ({ page }) => {
  await signIn(page, 'viewer@salkku.test');
  await page.goto('/projects/kiertotalot');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiertotalot');
  await expect(page.getByRole('link', { name: 'Muokkaa hanketta' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Merkitse tehdyksi/ })).toHaveCount(0);
});
