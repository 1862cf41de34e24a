import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

test('two people edit the same project; the second sees what changed and keeps their input', async ({
  browser,
}) => {
  // Two browsers: separate contexts, separate sessions.
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, 'lead@salkku.test');
  await signIn(second, 'director@salkku.test');
  for (const page of [first, second]) {
    await page.goto('/projects/kiertotalot/edit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Muokkaa: Kiertotalot');
  }

  await first.getByLabel('Kuvaus', { exact: true }).fill('Ensimmäisen tallentama kuvaus.');
  await first.getByRole('button', { name: 'Tallenna' }).click();
  await expect(first).toHaveURL(/\/projects\/kiertotalot$/);

  await second.getByLabel('Kuvaus', { exact: true }).fill('Toisen oma kuvaus.');
  await second.getByRole('button', { name: 'Tallenna' }).click();
  const conflict = second.getByRole('alert', { name: 'Joku muu tallensi ensin' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /Kuvaus/ })).toContainText(
    'Ensimmäisen tallentama kuvaus.',
  );
  await expect(conflict.getByRole('row', { name: /Kuvaus/ })).toContainText('Toisen oma kuvaus.');
  await expect(second.getByLabel('Kuvaus', { exact: true })).toHaveValue('Toisen oma kuvaus.');
  await expectNoA11yViolations(second);

  await conflict.getByRole('button', { name: 'Tallenna omani uudelleen' }).click();
  await expect(second).toHaveURL(/\/projects\/kiertotalot$/);
  await expect(second.getByText('Toisen oma kuvaus.')).toBeVisible();
});
