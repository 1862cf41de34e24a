import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

test('a visitor finds the accessibility statement from the footer, in each language', async ({
  page,
}) => {
  await page.goto('/timeline');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Saavutettavuusseloste');
  await expect(page.getByRole('heading', { level: 2, name: 'Valvontaviranomainen' })).toBeVisible();
  await expect(page).toHaveTitle('Saavutettavuusseloste – Salkku');
  await expectNoA11yViolations(page, 'accessibility statement (fi)');

  await page.getByRole('button', { name: 'På svenska' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tillgänglighetsutlåtande');
  await expectNoA11yViolations(page, 'accessibility statement (sv)');

  await page.getByRole('button', { name: 'In English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility statement');
  await expect(
    page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility statement' }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'accessibility statement (en)');
});

test('a visitor finds the open data page from the footer', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Avoin data' }).click();
  await expect(page).toHaveURL(/\/open-data$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Avoin data');
  await expect(page.getByRole('link', { name: 'CC BY 4.0' })).toBeVisible();
  await expectNoA11yViolations(page, 'open data (fi)');
});

test('the portfolio page links its Atom feed, and the feed is served', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Elinvoimaohjelma 2025–2029');
  const feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
  await expect(feed).toHaveAttribute('href', '/feeds/elinvoimaohjelma-2025-2029.atom?lang=fi');
  const res = await request.get((await feed.getAttribute('href')) ?? '');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/atom+xml');
  expect(await res.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fi">');
});
