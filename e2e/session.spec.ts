import { SignJWT, decodeJwt } from 'jose';
import { loadOrCreateKeys } from '../supabase/local/keys.ts';
import { expectNoA11yViolations } from './support/axe';
import { demoUsers, signInThroughApi, signInThroughUi, storeSession } from './support/auth';
import { expect, test } from './support/test';

/**
 * The same access token, re-signed (with the local stack's secret) to have expired a minute ago.
 * supabase-js still believes it valid, so only the API can say otherwise — as it does when a
 * laptop wakes up with a stale tab.
 */
async function expiredCopy(accessToken: string): Promise<string> {
  const { jwtSecret } = await loadOrCreateKeys();
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({ ...decodeJwt(accessToken), iat: now - 3660, exp: now - 60 })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(jwtSecret));
}

test('an expired session says so and the user signs in again', async ({ page, baseURL }) => {
  const { session, url } = await signInThroughApi(baseURL, demoUsers.lead);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await storeSession(page, url, {
    ...session,
    access_token: await expiredCopy(session.access_token),
  });

  await page.goto('/my-tasks');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Istuntosi on vanhentunut. Kirjaudu uudelleen.');
  await expect(page).toHaveTitle(/Istuntosi on vanhentunut/);
  // The refused token is dropped, so the header no longer claims the user is signed in.
  await expect(
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kirjaudu' }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'the "session expired" page');

  await page.getByRole('link', { name: 'Kirjaudu uudelleen' }).click();
  await expect(page).toHaveURL(/\/sign-in\?expired=1/);
  await expect(
    page.getByRole('status').filter({ hasText: 'Istuntosi on vanhentunut' }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'sign-in after an expired session');

  await signInThroughUi(page, demoUsers.lead, { next: '/my-tasks' });
  await expect(page).toHaveURL(/\/my-tasks$/);
  await expect(heading).toHaveText('Omat tehtävät');
});

test('a wrong password keeps the e-mail, clears nothing else and lets the user retry', async ({
  page,
}) => {
  await page.goto('/sign-in');
  const email = page.getByLabel('Sähköposti');
  const password = page.getByLabel('Salasana');
  await email.fill(demoUsers.viewer);
  await password.fill('salkku-demo-väärin');
  await password.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('Sähköposti tai salasana on väärin.');
  await expect(email).toHaveValue(demoUsers.viewer);
  await expect(page.getByText(`Kirjautuneena ${demoUsers.viewer}`)).toHaveCount(0);
  await expectNoA11yViolations(page, 'sign-in with a wrong password');

  // An unknown account gets the same message: the form does not reveal who has an account.
  await email.fill('ei-ketaan@salkku.test');
  await password.fill('salkku-demo');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Sähköposti tai salasana on väärin.');

  await email.fill(demoUsers.viewer);
  await password.fill('salkku-demo');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByText(`Kirjautuneena ${demoUsers.viewer}`)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
