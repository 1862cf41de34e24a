import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

async function addTask(page: Page, title: string, due: string) {
  await page.goto('/projects/kiertotalot/tasks/new');
  await page.getByLabel('Otsikko').fill(title);
  await page.getByLabel('Määräaika').fill(due);
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page).toHaveURL(/\/projects\/kiertotalot$/);
}

test('a lead orders two tasks due the same day, by keyboard, and the order is kept', async ({
  page,
}) => {
  const run = Date.now() % 100000;
  const first = `Järjestys A ${run}`;
  const second = `Järjestys B ${run}`;
  await signIn(page, 'lead@salkku.test');
  await addTask(page, first, '2031-05-05');
  await addTask(page, second, '2031-05-05');

  const todo = page.getByRole('region', { name: 'Mitä on tehtävä?' });
  const titles = todo.locator('.task__title').filter({ hasText: `Järjestys` });
  await expect(titles).toHaveText([first, second]);
  // Only where the deadline leaves the order open: not between differently dated tasks.
  await expect(todo.getByRole('button', { name: `Siirrä ylemmäs: ${first}` })).toHaveCount(0);
  await expect(todo.getByRole('button', { name: `Siirrä alemmas: ${second}` })).toHaveCount(0);

  await todo.getByRole('button', { name: `Siirrä ylemmäs: ${second}` }).focus();
  await page.keyboard.press('Enter');
  await expect(titles).toHaveText([second, first]);
  // The toasts' status region says so (the status updates below may still be loading: a second
  // status, "Ladataan tilannekatsauksia…", on a busy machine).
  await expect(
    page.getByRole('status').filter({ hasText: `Siirretty ylemmäs: ${second}` }),
  ).toBeVisible();
  // Focus stays with the moved task, on the button that can move it back.
  await expect(todo.getByRole('button', { name: `Siirrä alemmas: ${second}` })).toBeFocused();
  await expectNoA11yViolations(page);

  await page.reload();
  await expect(titles).toHaveText([second, first]);
});
