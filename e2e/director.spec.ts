import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

test('a director creates a project as a draft, in a growth area', async ({ page }) => {
  await signIn(page, 'director@salkku.test');
  await page.getByRole('link', { name: 'Uusi hanke' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi hanke');
  await expectNoA11yViolations(page);

  const name = `Satamien kiertotalous ${Date.now()}`;
  await page.getByLabel('Kasvualue').selectOption({ label: 'Meriklusteri' });
  await page.getByLabel('Nimi').fill(name);
  await expect(page.getByLabel('Osoitetunnus')).toHaveValue(/^satamien-kiertotalous-\d+$/);
  await page.getByRole('button', { name: 'Tallenna' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page.getByText('Luonnos – hanke ei näy julkisesti.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sijainti' })).toContainText('Meriklusteri');
});

test('a lead is not offered "new project"', async ({ page }) => {
  await signIn(page, 'lead@salkku.test');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Uusi hanke' })).toHaveCount(0);
});
