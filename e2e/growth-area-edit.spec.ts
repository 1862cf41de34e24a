import { expect, test } from '@playwright/test';
import { signIn, signInThroughApi } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

test('a director names a lead for a vacant growth area and the growth area page shows it', async ({
  page,
}) => {
  await signIn(page, 'director@salkku.test');
  await page.goto('/programmes/elinvoimaohjelma-2025-2029/meriklusteri');
  await page.getByRole('link', { name: 'Muokkaa kasvualuetta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Muokkaa kasvualuetta: Meriklusteri',
  );
  await expectNoA11yViolations(page);
  const lead = page.getByRole('combobox', { name: 'Vetäjä' });
  await expect(lead).toHaveValue('');
  await lead.selectOption({ index: 1 });
  const name = ((await lead.locator('option:checked').textContent()) ?? '').split(',')[0] ?? '';
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meriklusteri');
  await expect(page.getByRole('region', { name: 'Vetäjä' })).toContainText(name);

  // And back to vacant, as the slides have it.
  await page.getByRole('link', { name: 'Muokkaa kasvualuetta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Muokkaa kasvualuetta: Meriklusteri',
  );
  await page.getByRole('combobox', { name: 'Vetäjä' }).selectOption('');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('region', { name: 'Vetäjä' })).toContainText('Avoin');
});

test('a lead is not offered growth area editing', async ({ page }) => {
  await signIn(page, 'lead@salkku.test');
  await page.goto('/programmes/elinvoimaohjelma-2025-2029/meriklusteri');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Meriklusteri');
  await expect(page.getByRole('link', { name: 'Muokkaa kasvualuetta' })).toHaveCount(0);
});

test('a director creates a growth area, sees it on the portfolio page, renames it and names its staff', async ({
  page,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now().toString(36);
  const name = `Kokeilualue ${stamp}`;
  const slug = `kokeilualue-${stamp}`;
  const renamed = `Kokeilujen kasvualue ${stamp}`;
  try {
    await signIn(page, 'director@salkku.test');
    await page.getByRole('link', { name: 'Uusi kasvualue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi kasvualue');
    await page.getByLabel('Nimi', { exact: true }).fill(name);
    await expect(page.getByLabel('Osoitetunnus')).toHaveValue(slug);
    await page.getByLabel('Värin heksakoodi').fill('#5c2d91');
    await expect(page.getByLabel('Väri', { exact: true })).toHaveValue('#5c2d91');
    await expect(page.getByText(/^Kontrasti valkoista taustaa vasten/)).toBeVisible();
    await expectNoA11yViolations(page);
    await page.getByRole('button', { name: 'Luo kasvualue' }).click();

    await expect(page).toHaveURL(new RegExp(`/programmes/elinvoimaohjelma-2025-2029/${slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByText(`Kasvualue luotu: ${name}`)).toBeVisible();

    // On the portfolio page, after the seeded areas (it comes last in the order).
    await page.getByRole('navigation', { name: 'Sijainti' }).getByRole('link').click();
    const areaHeadings = page.getByRole('heading', { level: 2 }).getByRole('link');
    await expect(areaHeadings.filter({ hasText: name })).toBeVisible();
    await expect(areaHeadings.last()).toHaveText(name);
    await areaHeadings.filter({ hasText: name }).click();

    // Staff first (saved at once), then the rename (saved with the form).
    await page.getByRole('link', { name: 'Muokkaa kasvualuetta' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      `Muokkaa kasvualuetta: ${name}`,
    );
    const person = page.getByLabel('Henkilö', { exact: true });
    await person.selectOption({ index: 1 });
    const personName =
      ((await person.locator('option:checked').textContent()) ?? '').split(' (')[0] ?? '';
    await page.getByLabel('Rooli kasvualueella').fill('Viestintäasiantuntija');
    await page.getByRole('button', { name: 'Lisää tukihenkilö' }).click();
    await expect(page.getByText(`Lisätty tukihenkilöksi: ${personName}`)).toBeVisible();
    await expect(
      page.getByRole('button', { name: `Poista tukihenkilö ${personName}` }),
    ).toBeVisible();
    await expectNoA11yViolations(page);

    await page.getByLabel('Nimi', { exact: true }).fill(renamed);
    await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
    await expect(page.getByRole('region', { name: 'Vetäjä' })).toContainText(`${personName}`);
    await expect(page.getByRole('region', { name: 'Vetäjä' })).toContainText(
      '– Viestintäasiantuntija',
    );
    await expectNoA11yViolations(page);
  } finally {
    // The area has no projects; take it away so later specs see the seeded portfolio.
    const { client } = await signInThroughApi(baseURL, 'director@salkku.test');
    await client.from('growth_areas').delete().eq('slug', slug).throwOnError();
  }
});
