import { expect, test } from '@playwright/test';
import { expectAccessible, signIn } from './support';

test('a director names a lead for a vacant growth area and the growth area page shows it', async ({
  page,
}) => {
  await signIn(page, 'director@salkku.test');
  await page.goto('/programmes/elinvoimaohjelma-2025-2029/meriklusteri');
  await page.getByRole('link', { name: 'Muokkaa kasvualuetta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Muokkaa kasvualuetta: Meriklusteri',
  );
  await expectAccessible(page);
  const lead = page.getByLabel('Vetäjä');
  await expect(lead).toHaveValue('');
  await lead.selectOption({ index: 1 });
  const name = ((await lead.locator('option:checked').textContent()) ?? '').split(',')[0] ?? '';
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meriklusteri');
  await expect(page.getByRole('region', { name: 'Vetäjä' })).toContainText(name);

  // And back to vacant, as the slides have it.
  await page.getByRole('link', { name: 'Muokkaa kasvualuetta' }).click();
  await page.getByLabel('Vetäjä').selectOption('');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('region', { name: 'Vetäjä' })).toContainText('Avoin');
});

test('a lead is not offered growth area editing', async ({ page }) => {
  await signIn(page, 'lead@salkku.test');
  await page.goto('/programmes/elinvoimaohjelma-2025-2029/meriklusteri');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meriklusteri');
  await expect(page.getByRole('link', { name: 'Muokkaa kasvualuetta' })).toHaveCount(0);
});
