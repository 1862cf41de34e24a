import { expectNoA11yViolations } from './support/axe';
import { signIn } from './support/auth';
import { expect, test } from './support/test';

// Each step opens pages whose modules the dev server compiles on first use.
test.describe.configure({ timeout: 240_000 });

test('a director creates an indicator, records a value, corrects it and deletes it; the embed shows it', async ({
  page,
}) => {
  await signIn(page, 'director@salkku.test');
  await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
  await page.getByRole('link', { name: 'Uusi mittari' }).click({ timeout: 45_000 });
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi mittari' })).toBeVisible({
    timeout: 45_000,
  });
  await expectNoA11yViolations(page, 'new indicator form');

  // Nothing filled in: the name and the scope say what is missing, and the name gets the focus.
  await page.getByRole('button', { name: 'Luo mittari' }).click();
  const name = page.getByRole('group', { name: 'Nimi' });
  await expect(name.getByLabel('Nimi', { exact: true })).toBeFocused();
  await expect(name.getByLabel('Nimi', { exact: true })).toHaveAccessibleDescription(
    /Pakollinen tieto/,
  );
  await expect(page.getByLabel('Kuuluu')).toHaveAccessibleDescription(
    /Valitse, mihin mittari kuuluu/,
  );

  await name.getByLabel('Nimi', { exact: true }).fill('Kierrätetty betoni');
  await name.getByLabel('Ruotsiksi').fill('Återvunnen betong');
  await name.getByLabel('Englanniksi').fill('Recycled concrete');
  await page
    .getByRole('group', { name: 'Kuvaus' })
    .getByLabel('Kuvaus', { exact: true })
    .fill('Purkukohteista uusiokäyttöön ohjattu betoni.');
  await page.getByLabel('Kuuluu').selectOption({ label: 'Rakentamisen kiertotalous' });
  await page.getByLabel('Yksikkö').fill('t');
  await page.getByLabel('Arvo kirjataan').selectOption('quarterly');
  // A baseline needs both its value and its date.
  await page.getByLabel('Lähtötason arvo').fill('100');
  await page.getByRole('button', { name: 'Luo mittari' }).click();
  await expect(page.getByLabel('Lähtötason päivä')).toHaveAccessibleDescription(
    /sekä arvo että päivä/,
  );
  await page.getByLabel('Lähtötason päivä').fill('2024-12-31');
  await page.getByLabel(/^Julkaistu/).check();
  await page.getByRole('button', { name: 'Luo mittari' }).click();

  // The new indicator's page: no goals yet, so it cannot be judged; the director sets them.
  await expect(page.getByRole('heading', { level: 1, name: 'Kierrätetty betoni' })).toBeVisible({
    timeout: 45_000,
  });
  const indicatorUrl = page.url().replace(/#.*$/, '');
  const goals = page.getByRole('region', { name: 'Vuositavoitteet' });
  await goals.getByLabel('Tavoite 2026').fill('300');
  await goals.getByRole('button', { name: 'Tallenna tavoitteet' }).click();
  await expect(goals.getByRole('status')).toHaveText('Tavoitteet tallennettu.');

  // Record a value.
  const form = page.getByRole('region', { name: 'Kirjaa arvo' });
  await form.getByLabel('Päivä, jota arvo kuvaa').fill('2026-09-30');
  await form.getByLabel('Arvo', { exact: true }).fill('120');
  await form.getByRole('button', { name: 'Tallenna arvo' }).click();
  await expect(form.getByRole('status')).toHaveText('Arvo 120 t (30.09.2026) tallennettu.');
  const table = page.getByRole('table', { name: 'Toteumat ja tavoitteet' });
  await expect(table.getByRole('row', { name: /30\.09\.2026 Toteuma/ })).toContainText('120 t');
  await expect(page.getByRole('region', { name: 'Tila' })).toContainText('Jäljessä');

  // Correct it, by keyboard: the correction form takes the focus.
  await table.getByRole('button', { name: 'Korjaa arvo 30.09.2026' }).focus();
  await page.keyboard.press('Enter');
  const correction = page.getByRole('region', { name: 'Korjaa arvo 30.09.2026' });
  await expect(correction.getByRole('heading', { name: 'Korjaa arvo 30.09.2026' })).toBeFocused();
  await expectNoA11yViolations(page, 'indicator page correcting a value');
  await correction.getByLabel('Arvo', { exact: true }).fill('280');
  await correction.getByLabel('Huomio (valinnainen)').fill('Korjattu laskuvirhe');
  await correction.getByRole('button', { name: 'Tallenna korjaus' }).click();
  await expect(page.getByText('Arvo korjattu: 280 t (30.09.2026).')).toBeVisible();
  await expect(table.getByRole('row', { name: /30\.09\.2026 Toteuma/ })).toContainText(
    'Korjattu laskuvirhe',
  );
  await expect(table.getByRole('button', { name: 'Korjaa arvo 30.09.2026' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Tila' })).toContainText('Tavoitteessa');

  // The embed shows the published indicator with its corrected value, without the app's chrome.
  await page.goto(`${indicatorUrl.replace('/indicators/', '/embed/indicators/')}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kierrätetty betoni' })).toBeVisible({
    timeout: 45_000,
  });
  await expect(page).toHaveTitle('Mittari: Kierrätetty betoni');
  await expect(
    page.getByRole('table', { name: 'Toteumat ja tavoitteet' }).getByRole('row', {
      name: /30\.09\.2026 Toteuma/,
    }),
  ).toContainText('280 t');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Avaa/ })).toHaveAttribute('target', '_blank');
  await expect(page.getByRole('button', { name: /Korjaa arvo/ })).toHaveCount(0);
  await expectNoA11yViolations(page, 'indicator embed');

  // Delete it: asked first, cancelled with Escape, then confirmed.
  await page.goto(indicatorUrl);
  const remove = page
    .getByRole('table', { name: 'Toteumat ja tavoitteet' })
    .getByRole('button', { name: 'Poista arvo 30.09.2026' });
  await remove.click({ timeout: 45_000 });
  const question = page.getByRole('group', { name: /^Poistetaanko arvo 280 t \(30\.09\.2026\)/ });
  await expect(question.getByRole('button', { name: 'Poista arvo' })).toBeFocused();
  await expectNoA11yViolations(page, 'indicator page asking before deleting a value');
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(remove).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByText('Arvo poistettu.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: 'Toteumat ja tavoitteet' }).getByRole('row', {
      name: /30\.09\.2026 Toteuma/,
    }),
  ).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Tila' })).toContainText('Ei tuoretta arvoa');

  // Edit the indicator itself: the form starts from what was saved, in three languages.
  await page.getByRole('link', { name: 'Muokkaa mittaria' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Muokkaa mittaria: Kierrätetty betoni' }),
  ).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole('group', { name: 'Nimi' }).getByLabel('Ruotsiksi')).toHaveValue(
    'Återvunnen betong',
  );
  await expectNoA11yViolations(page, 'indicator edit form');
  // Which projects feed it: their leads may then enter values.
  const feeding = page.getByRole('region', { name: 'Hankkeet, jotka vaikuttavat mittariin' });
  await feeding.getByRole('checkbox', { name: 'Kiertotalot' }).check();
  await feeding.getByRole('button', { name: 'Tallenna hankkeet' }).click();
  await expect(feeding.getByRole('status')).toHaveText('Hankkeet tallennettu.');
  await page.getByLabel('Sallittu poikkeama (%)').fill('150');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(page.getByLabel('Sallittu poikkeama (%)')).toHaveAccessibleDescription(
    /Anna luku 0–100/,
  );
  await page.getByLabel('Sallittu poikkeama (%)').fill('10');
  await page.getByRole('button', { name: 'Tallenna', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kierrätetty betoni' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tiedot' })).toContainText('10 %');
  await expect(
    page
      .getByRole('region', { name: 'Hankkeet, jotka vaikuttavat mittariin' })
      .getByRole('link', { name: 'Kiertotalot' }),
  ).toBeVisible();
});
