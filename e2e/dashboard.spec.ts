import { readFile } from 'node:fs/promises';
import { signIn } from './support';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

test('a visitor sees the public dashboard with tables beside the charts', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kojelauta' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tunnusluvut' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectNoA11yViolations(page, 'dashboard (public)');
});

test('the director sees the late project with its reason, reviews changes and exports a CSV', async ({
  page,
}) => {
  await signIn(page, 'director@salkku.test');
  await page.goto('/dashboard');
  const overdue = page.getByRole('region', { name: 'Myöhässä olevat tehtävät' });
  await expect(
    overdue.getByRole('link', { name: 'Terveysteknologian testiympäristö' }).first(),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'dashboard (director)');

  const download = page.waitForEvent('download');
  await overdue.getByRole('button', { name: /Lataa CSV/ }).click();
  const file = await (await download).path();
  const csv = await readFile(file, 'utf8');
  expect(csv.split('\n').length).toBeGreaterThan(1);
  expect(csv).toContain('Terveysteknologian testiympäristö');

  await page.getByRole('button', { name: 'Avaa katselmointi' }).click();
  await expect(page.getByRole('heading', { name: 'Mitä on muuttunut?' })).toBeVisible();
  await expectNoA11yViolations(page, 'dashboard review mode');
});
