import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

test('a lead adds a task with a deadline and it appears under "Mitä on tehtävä?"', async ({
  page,
}) => {
  await signIn(page, 'lead@salkku.test');
  await page.goto('/projects/kiertotalot');
  await page.getByRole('link', { name: 'Lisää tehtävä' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lisää tehtävä: Kiertotalot');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByLabel('Otsikko')).toHaveAccessibleDescription('Pakollinen tieto.');
  await expectNoA11yViolations(page);

  const title = `Ohjausryhmän kokous ${Date.now()}`;
  await page.getByLabel('Otsikko').fill(title);
  await page.getByLabel('Määräaika').fill('2030-01-15');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page).toHaveURL(/\/projects\/kiertotalot$/);
  const todo = page.getByRole('region', { name: 'Mitä on tehtävä?' });
  await expect(todo.getByRole('listitem').filter({ hasText: title })).toContainText(
    'Määräaika 15.01.2030',
  );
});

test('two browsers edit the same task; the second gets the conflict message and keeps its input', async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, 'lead@salkku.test');
  await signIn(second, 'director@salkku.test');

  await first.goto('/projects/kiertotalot');
  const edit = first.getByRole('link', { name: /^Muokkaa tehtävää: / }).first();
  const href = (await edit.getAttribute('href')) ?? '';
  for (const page of [first, second]) {
    await page.goto(href);
    await expect(page.getByLabel('Otsikko')).toBeVisible();
  }

  await first.getByLabel('Lisätiedot').fill('Ensimmäisen muistiinpano.');
  await first.getByRole('button', { name: 'Tallenna' }).click();
  await expect(first).toHaveURL(/\/projects\/kiertotalot$/);

  await second.getByLabel('Lisätiedot').fill('Toisen muistiinpano.');
  await second.getByRole('button', { name: 'Tallenna' }).click();
  const conflict = second.getByRole('alert', { name: 'Joku muu tallensi ensin' });
  await expect(conflict).toContainText('Tehtävää muutettiin');
  await expect(conflict.getByRole('row', { name: /Lisätiedot/ })).toContainText(
    'Ensimmäisen muistiinpano.',
  );
  await expect(second.getByLabel('Lisätiedot')).toHaveValue('Toisen muistiinpano.');
  await expectNoA11yViolations(second);
});
