import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { finnishDate } from './support/dates';

test('a lead marks a task done, sees it under "Mitä on tehty?" with today\'s date, then undoes it', async ({
  page,
}) => {
  await signIn(page, 'lead@salkku.test');
  await page.goto('/projects/kiertotalot');
  await expect(page.getByRole('link', { name: 'Muokkaa hanketta' })).toBeVisible();
  await expectNoA11yViolations(page);

  const todo = page.getByRole('region', { name: 'Mitä on tehtävä?' });
  const done = page.getByRole('region', { name: 'Mitä on tehty?' });
  const button = todo.getByRole('button', { name: /^Merkitse tehdyksi: / }).first();
  const title = ((await button.getAttribute('aria-label')) ?? '').replace(
    'Merkitse tehdyksi: ',
    '',
  );
  await button.click();

  const item = done.getByRole('listitem').filter({ hasText: title });
  await expect(item).toContainText(`Tehty ${finnishDate()}`);
  await expect(todo.getByText(title, { exact: true })).toHaveCount(0);
  const undo = page.getByRole('button', { name: `Kumoa tehdyksi merkintä: ${title}` });
  await expect(undo).toBeFocused();
  await expectNoA11yViolations(page);

  await undo.click();
  await expect(page.getByText(`Palautettu avoimeksi: ${title}`)).toBeVisible();
  await expect(done.getByText(title, { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(
    page.getByRole('region', { name: /Mitä on tehtävä\?|Mitä nyt tehdään\?/ }).getByText(title, {
      exact: true,
    }),
  ).toHaveCount(1);
});

test('my tasks lists overdue first and offers the deadlines as .ics', async ({ page }) => {
  await signIn(page, 'lead@salkku.test', '/my-tasks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat tehtävät');
  const headings = page.getByRole('heading', { level: 2 });
  await expect(headings.first()).toContainText(/Myöhässä|Tulossa/);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa määräajat kalenteriin (.ics)' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('salkku-maaraajat.ics');
  await expectNoA11yViolations(page);
});

test('sign-in errors are clear', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByLabel('Sähköposti')).toHaveAccessibleDescription(
    'Kirjoita sähköpostiosoite.',
  );
  await page.getByLabel('Sähköposti').fill('lead@salkku.test');
  await page.getByLabel('Salasana').fill('väärä-salasana');
  await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
  await expect(page.getByRole('alert')).toHaveText('Sähköposti tai salasana on väärin.');
  await expectNoA11yViolations(page);
});
