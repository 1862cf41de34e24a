import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

const slug = 'meriklusterin-tiekartta';
const name = 'Meriklusterin tiekartta';

test('a director publishes a draft and the visitor then sees it', async ({ page, browser }) => {
  await signIn(page, 'director@salkku.test');

  // Make it a draft first (the demo data has every project published).
  await page.goto(`/projects/${slug}/edit`);
  await page.getByLabel('Julkaistu').uncheck();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${slug}$`));
  await expect(page.getByText('Luonnos – hanke ei näy julkisesti.')).toBeVisible();
  await expectNoA11yViolations(page);

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto(`/projects/${slug}`);
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText('Hanketta ei löytynyt');
  await visitor.goto('/');
  await expect(visitor.getByRole('link', { name })).toHaveCount(0);

  // Publish it.
  await page.getByRole('link', { name: 'Muokkaa hanketta' }).click();
  await page.getByLabel('Julkaistu').check();
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page).toHaveURL(new RegExp(`/projects/${slug}$`));
  await expect(page.getByText('Luonnos – hanke ei näy julkisesti.')).toHaveCount(0);

  await visitor.goto('/');
  await expect(visitor.getByRole('link', { name })).toBeVisible();
  await visitor.getByRole('link', { name }).click();
  await expect(visitor.getByRole('heading', { level: 1 })).toHaveText(name);
  await visitorContext.close();
});
