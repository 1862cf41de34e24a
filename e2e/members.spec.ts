import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

test('a director manages who leads a project', async ({ page }) => {
  await signIn(page, 'director@salkku.test');
  await page.goto('/projects/arabian-kiertotaloushubi/edit');
  const members = page.getByRole('region', { name: 'Vetäjät ja muokkaajat' });
  await expect(members).toBeVisible();
  await expectNoA11yViolations(page);

  const person = members.getByLabel('Henkilö');
  const name = (await person.locator('option:checked').textContent()) ?? '';
  await members.getByLabel('Rooli').selectOption({ label: 'Projektin muokkaaja' });
  await members.getByRole('button', { name: 'Lisää' }).click();
  await expect(members.getByRole('listitem').filter({ hasText: name })).toContainText(
    'Projektin muokkaaja',
  );

  await members.getByRole('button', { name: `Poista ${name} hankkeesta` }).click();
  await expect(members.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
});
