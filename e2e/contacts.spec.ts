import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

test('a lead names a new contact, makes them the main contact, and the project page shows it', async ({
  page,
}) => {
  await signIn(page, 'lead@salkku.test');
  await page.goto('/projects/kiertotalot/edit');
  const contacts = page.getByRole('region', { name: 'Yhteyshenkilöt' });
  await expect(contacts).toBeVisible();
  // Whoever is the main contact now gets the role back at the end, for the specs after this one.
  const mainNow = contacts.getByRole('listitem').filter({ hasText: 'Pääyhteyshenkilö' });
  const previousMain = (await mainNow.count())
    ? ((await mainNow.locator('strong').first().textContent()) ?? '')
    : '';

  await contacts.getByLabel('Henkilö', { exact: true }).selectOption({ label: 'Uusi henkilö' });
  await contacts.getByRole('button', { name: 'Lisää yhteyshenkilö' }).click();
  await expect(contacts.getByLabel('Nimi', { exact: true })).toHaveAccessibleDescription(
    'Pakollinen tieto.',
  );
  await expectNoA11yViolations(page);

  const name = `Outi Ohjaaja ${Date.now() % 100000}`;
  await contacts.getByLabel('Nimi', { exact: true }).fill(name);
  await contacts.getByLabel('Titteli').fill('Hankeasiantuntija');
  await contacts.getByLabel('Rooli hankkeessa').fill('Viestintä');
  await contacts.getByRole('button', { name: 'Lisää yhteyshenkilö' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Lisätty yhteyshenkilöksi: ${name}` }),
  ).toBeVisible();
  await expect(contacts.getByRole('listitem').filter({ hasText: name })).toContainText('Viestintä');

  await contacts.getByRole('button', { name: `Tee ${name} pääyhteyshenkilöksi` }).click();
  await expect(contacts.getByRole('listitem').first().filter({ hasText: name })).toContainText(
    'Pääyhteyshenkilö',
  );
  await expect(
    contacts.getByRole('button', { name: `Tee ${name} pääyhteyshenkilöksi` }),
  ).toHaveCount(0);

  // Visitors see the new main contact first on the project page.
  const visitor = await (await page.context().browser()!.newContext()).newPage();
  await visitor.goto('/projects/kiertotalot');
  const aside = visitor.getByRole('complementary', { name: 'Yhteenveto ja yhteystiedot' });
  const first = aside.locator('.contact-list > li').first();
  await expect(first).toContainText(name);
  await expect(first).toContainText('Pääyhteyshenkilö');
  await visitor.close();

  if (previousMain) {
    await contacts.getByRole('button', { name: `Tee ${previousMain} pääyhteyshenkilöksi` }).click();
    await expect(contacts.getByRole('listitem').first()).toContainText(previousMain);
  }
  await contacts.getByRole('button', { name: `Poista yhteyshenkilö ${name}` }).click();
  await expect(contacts.getByRole('listitem').filter({ hasText: name })).toHaveCount(0);
});
