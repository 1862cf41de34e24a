import { expect, test } from './support/test';
import { demoUsers, signInThroughApi, signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// Long flows, and the first admin page a fresh dev server compiles: more than the default minute.
test.describe.configure({ timeout: 120_000 });

test('an admin adds a person, edits them and deletes them', async ({ page }) => {
  const name = `Testi Henkilö ${Date.now()}`;
  await signIn(page, 'admin@salkku.test');
  await page
    .getByRole('navigation', { name: 'Päävalikko' })
    .getByRole('link', { name: 'Ylläpito' })
    .click();
  await expect(page).toHaveURL(/\/admin\/people$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Henkilöt');
  const directory = page.getByRole('table', { name: 'Henkilöhakemisto' });
  await expect(directory.getByRole('row', { name: /Jani Jalonen/ })).toContainText(
    'jani.jalonen@hel.example',
  );
  await expect(directory.getByRole('row', { name: /Ronny Rantamäki/ })).toContainText(
    'lead@salkku.test',
  );
  await expectNoA11yViolations(page, 'people directory');

  // Add: the form checks the limits before anything is sent.
  await page.getByRole('link', { name: 'Lisää henkilö' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lisää henkilö');
  await expectNoA11yViolations(page, 'new person form');
  await page.getByLabel(/Sähköposti/).fill('ei sähköposti');
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  await expect(page.getByLabel('Nimi')).toHaveAccessibleDescription('Pakollinen tieto.');
  await expect(page.getByLabel('Nimi')).toBeFocused();
  await expect(page.getByLabel(/Sähköposti/)).toHaveAccessibleDescription(
    /Sähköpostiosoitteen muoto/,
  );
  await expectNoA11yViolations(page, 'new person form with errors');

  await page.getByLabel('Nimi').fill(name);
  await page.getByLabel(/Titteli/).fill('Erityisasiantuntija');
  await page.getByLabel(/Organisaatio/).fill('Helsingin kaupunki');
  await page.getByLabel(/Sähköposti/).fill('testi.henkilo@hel.example');
  await page.getByLabel(/Käyttäjätili/).selectOption({ label: 'staff@salkku.test' });
  await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  await expect(page.getByRole('status')).toContainText(`Henkilö lisätty: ${name}`);
  const row = directory.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('Erityisasiantuntija');
  await expect(row).toContainText('staff@salkku.test');

  // Edit.
  await page.getByRole('link', { name: `Muokkaa henkilöä ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Muokkaa henkilöä: ${name}`);
  await expect(page.getByLabel(/Titteli/)).toHaveValue('Erityisasiantuntija');
  await expectNoA11yViolations(page, 'edit person form');
  await page.getByLabel(/Titteli/).fill('Johtava asiantuntija');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page.getByRole('status')).toContainText(`Henkilön tiedot tallennettu: ${name}`);
  await expect(row).toContainText('Johtava asiantuntija');

  // Delete, after a confirmation.
  await page.getByRole('link', { name: `Muokkaa henkilöä ${name}` }).click();
  await page.getByRole('button', { name: 'Poista henkilö' }).click();
  await expect(page.getByRole('heading', { name: `Poistetaanko ${name}?` })).toBeFocused();
  await expectNoA11yViolations(page, 'delete confirmation');
  await page.getByRole('button', { name: 'Poista pysyvästi' }).click();
  await expect(page.getByRole('status')).toContainText(`Henkilö poistettu: ${name}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Henkilöt');
  await expect(directory.getByRole('row', { name: new RegExp(name) })).toHaveCount(0);
});

test('an edit that lost a race shows what changed and keeps the input', async ({
  page,
  baseURL,
}) => {
  const noora = '50000000-0000-4000-8000-000000000003';
  await signIn(page, demoUsers.admin, '/admin/people');
  await page.getByRole('link', { name: 'Muokkaa henkilöä Noora Haavisto' }).click();
  await expect(page.getByLabel(/Organisaatio/)).toHaveValue('Helsingin kaupunki');

  // Someone else saves first.
  const other = await signInThroughApi(baseURL, demoUsers.admin);
  const { error } = await other.client
    .from('people')
    .update({ organisation: 'Forum Virium Helsinki' })
    .eq('id', noora);
  expect(error).toBeNull();

  await page.getByLabel(/Titteli/).fill('Johtava erityissuunnittelija');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  const conflict = page.getByRole('alert', { name: 'Joku muu tallensi ensin' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('row', { name: /Organisaatio/ })).toContainText(
    'Forum Virium Helsinki',
  );
  await expect(page.getByLabel(/Titteli/)).toHaveValue('Johtava erityissuunnittelija');
  await expectNoA11yViolations(page, 'person edit conflict');

  await conflict.getByRole('button', { name: 'Tallenna omani uudelleen' }).click();
  await expect(page.getByRole('status')).toContainText(
    'Henkilön tiedot tallennettu: Noora Haavisto',
  );
  await expect(
    page.getByRole('table', { name: 'Henkilöhakemisto' }).getByRole('row', { name: /Noora/ }),
  ).toContainText('Johtava erityissuunnittelija');
});

test('a project contact cannot be deleted, and the admin is told why', async ({ page }) => {
  await signIn(page, 'admin@salkku.test', '/admin/people');
  await page.getByRole('link', { name: 'Muokkaa henkilöä Laura Majoinen' }).click();
  await page.getByRole('button', { name: 'Poista henkilö' }).click();
  await page.getByRole('button', { name: 'Poista pysyvästi' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Henkilöä ei voi poistaa, koska hän on yhteyshenkilönä');
  await expect(alert.getByRole('link')).toHaveCount(1);
  await expectNoA11yViolations(page, 'delete refused');
  await page.goto('/admin/people');
  await expect(page.getByRole('link', { name: 'Muokkaa henkilöä Laura Majoinen' })).toBeVisible();
});

test('an admin grants the director role to an account and revokes it', async ({ page }) => {
  await signIn(page, 'admin@salkku.test', '/admin/people');
  await page
    .getByRole('navigation', { name: 'Ylläpito' })
    .getByRole('link', { name: 'Käyttäjätilit ja roolit' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Käyttäjätilit ja roolit');
  await expectNoA11yViolations(page, 'accounts and roles');

  // The admin's own admin role is not theirs to remove.
  await expect(
    page.getByRole('checkbox', { name: 'Ylläpitäjä: admin@salkku.test' }),
  ).toBeDisabled();
  await expect(page.getByRole('checkbox', { name: 'Ylläpitäjä: admin@salkku.test' })).toBeChecked();

  const director = page.getByRole('checkbox', { name: 'Ohjelmajohtaja: staff@salkku.test' });
  await expect(director).not.toBeChecked();
  await director.check();
  await expect(page.getByRole('status')).toContainText(
    'Rooli Ohjelmajohtaja annettu tilille staff@salkku.test.',
  );
  await expect(director).toBeChecked();
  await expect(director).toBeEnabled();
  await expectNoA11yViolations(page, 'role granted');

  // It is saved: a fresh load shows it.
  await page.reload();
  await expect(director).toBeChecked();

  await director.uncheck();
  await expect(page.getByRole('status')).toContainText(
    'Rooli Ohjelmajohtaja poistettu tililtä staff@salkku.test.',
  );
  await expect(director).not.toBeChecked();
  await page.reload();
  await expect(director).not.toBeChecked();
});

test('a director is not offered the admin pages and is told so there', async ({ page }) => {
  await signIn(page, 'director@salkku.test');
  await expect(
    page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Ylläpito' }),
  ).toHaveCount(0);
  await page.goto('/admin/people');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Henkilöt');
  await expect(
    page.getByText('Vain ylläpitäjät voivat hallita henkilöitä, käyttäjätilejä ja rooleja.'),
  ).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoA11yViolations(page, 'people, not allowed');
  await page.goto('/admin/accounts');
  await expect(page.getByText(/Vain ylläpitäjät/)).toBeVisible();
  await expect(page.getByRole('checkbox')).toHaveCount(0);
});

test('an anonymous visitor is asked to sign in as an admin', async ({ page }) => {
  await page.goto('/admin/people');
  await expect(page.getByText(/Vain ylläpitäjät/)).toBeVisible();
  await page.getByRole('link', { name: 'Kirjaudu ylläpitäjänä' }).click();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fadmin%2Fpeople/);
});
