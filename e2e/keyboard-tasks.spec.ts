import type { Locator, Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { demoUsers, signInThroughApiAs } from './support/auth';
import { expect, test } from './support/test';

/** Presses Tab until `target` has focus; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${String(target)} was not reached with ${max} presses of Tab`);
}

// Rakentamisen kiertotalouden kokeiluympäristöt: lead@'s second project, which no other spec
// completes tasks on. The task is put back as it was.
const slug = 'rakentamisen-kiertotalouden-kokeiluymparistot';
const title = 'Yhteistyösopimukset rakennusliikkeiden kanssa';

test('a lead completes and restores a task with the keyboard alone', async ({ page, baseURL }) => {
  await signInThroughApiAs(page, baseURL, demoUsers.lead);
  await page.goto(`/projects/${slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Rakentamisen kiertotalouden kokeiluympäristöt',
  );
  const todo = page.getByRole('region', { name: 'Mitä on tehtävä?' });
  const done = page.getByRole('region', { name: 'Mitä on tehty?' });
  const markDone = page.getByRole('button', { name: `Merkitse tehdyksi: ${title}` });

  await tabTo(page, markDone);
  await page.keyboard.press('Enter');
  await expect(done.getByRole('listitem').filter({ hasText: title })).toBeVisible();
  await expect(todo.getByText(title, { exact: true })).toHaveCount(0);
  // The confirmation is announced and its undo takes focus, so Enter again undoes.
  const undo = page.getByRole('button', { name: `Kumoa tehdyksi merkintä: ${title}` });
  await expect(undo).toBeFocused();
  await expectNoA11yViolations(page, 'project page with the "marked done" toast');

  await page.keyboard.press('Enter');
  await expect(page.getByText(`Palautettu avoimeksi: ${title}`)).toBeVisible();
  await expect(todo.getByRole('listitem').filter({ hasText: title })).toBeVisible();
  // Focus is not dropped to the top of the document: it returns to the task, open again.
  await expect(markDone).toBeFocused();
  await expectNoA11yViolations(page, 'project page after undo');
});
