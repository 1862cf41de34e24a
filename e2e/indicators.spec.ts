import { expectNoA11yViolations } from './support/axe';
import { signIn } from './support/auth';
import { expect, test } from './support/test';

const indicator = 'Uudelleenkäytetyt rakennusosat';

// Each test opens several pages whose modules the dev server compiles on first use.
test.describe.configure({ timeout: 180_000 });

test('a resident reads a public indicator: health on the portfolio, the list, the chart and its table', async ({
  page,
}) => {
  await page.goto('/');
  // Each growth area's indicator health at a glance.
  const area = page.getByRole('region', { name: 'Rakentamisen kiertotalous' });
  await expect(area).toContainText(/Mittarit: \d+ tavoitteessa, \d+ jäljessä/, {
    timeout: 45_000,
  });
  // Progress on the project cards, written out.
  await expect(
    area.getByRole('article', { name: 'Kiertotalot' }).getByText(/Valmiina \d+ %/),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'portfolio with indicator health');

  await area.getByRole('link', { name: 'Kiertotalot' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kiertotalot' })).toBeVisible();
  const progress = page.getByRole('region', { name: 'Edistyminen' });
  await expect(progress).toContainText(/Valmiusaste: \d+ % valmiina/);
  await expect(progress).toContainText(/Määräaik/);
  const list = page.getByRole('region', { name: 'Mittarit' });
  await expect(list.getByRole('listitem').filter({ hasText: indicator })).toContainText('Jäljessä');
  await expectNoA11yViolations(page, 'project page with progress and indicators');

  await list.getByRole('link', { name: indicator }).click();
  await expect(page.getByRole('heading', { level: 1, name: indicator })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Tila' })).toContainText(
    /Viimeisin 262 t \(30\.09\.2026\) on [\d,]+ % alle odotetun/,
  );
  await expect(page.getByRole('img', { name: /^Kaavio: Uudelleenkäytetyt/ })).toBeVisible();
  await expect(page.locator('.indicator-chart .recharts-line').first()).toBeVisible();
  const table = page.getByRole('table', { name: 'Toteumat ja tavoitteet' });
  await expect(table.getByRole('row').filter({ hasText: '30.09.2026' })).toContainText('262 t');
  await expect(table.getByRole('row').filter({ hasText: 'Tavoite 2026' })).toContainText('320 t');
  // Residents get no forms.
  await expect(page.getByRole('region', { name: 'Kirjaa arvo' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Vuositavoitteet' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'indicator page (public)');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa CSV' }).click();
  const csv = await (await download).createReadStream();
  let text = '';
  for await (const chunk of csv) text += String(chunk);
  expect(text).toContain('2026-09-30,Toteuma,262');

  await page.goto('/programmes/elinvoimaohjelma-2025-2029/rakentamisen-kiertotalous');
  await expect(
    page.getByRole('region', { name: 'Mittarit' }).getByRole('link', { name: indicator }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Edistyminen' })).toContainText(
    /Kasvualueen hankkeiden keskiarvo/,
  );
  await expectNoA11yViolations(page, 'growth area page with indicators');
});

test('a lead adds a value and the indicator turns from behind to on track on the dashboard', async ({
  page,
}) => {
  await signIn(page, 'lead@salkku.test');
  // The portfolio has finished its own reads (its indicator health comes last).
  await expect(page.getByText(/Mittarit: \d+ tavoitteessa/).first()).toBeVisible();
  await page.waitForLoadState('networkidle');

  // The dashboard's three requests: the summary, the late projects, the indicators.
  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/rest/v1/')) requests.push(r.url());
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
  // The first visit compiles the dashboard's modules in the dev server: give it time.
  await expect(page.getByRole('heading', { level: 1, name: 'Kojelauta' })).toBeVisible({
    timeout: 45_000,
  });
  const behind = page.getByRole('region', { name: /^Jäljessä olevat mittarit/ });
  await expect(behind.getByRole('row').filter({ hasText: indicator })).toContainText(
    /% alle odotetun/,
  );
  await expect(page.getByRole('region', { name: /^Mittarit ilman tuoretta arvoa/ })).toContainText(
    'Luovien alojen kokeiluihin osallistuneet',
  );
  expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(3);
  await expectNoA11yViolations(page, 'dashboard with indicator lists');

  await behind.getByRole('link', { name: indicator }).click();
  await expect(page.getByRole('heading', { level: 1, name: indicator })).toBeVisible();
  const form = page.getByRole('region', { name: 'Kirjaa arvo' });
  await expect(page.getByRole('region', { name: 'Vuositavoitteet' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'indicator page with the value form');
  await form.getByLabel('Päivä, jota arvo kuvaa').fill('2026-11-15');
  await form.getByLabel('Arvo', { exact: true }).fill('305');
  await form.getByLabel('Huomio (valinnainen)').fill('Kahden koulun purkukohteet');
  await form.getByRole('button', { name: 'Tallenna arvo' }).click();
  await expect(form.getByRole('status')).toHaveText('Arvo 305 t (15.11.2026) tallennettu.');
  await expect(page.getByRole('region', { name: 'Tila' })).toContainText('Tavoitteessa');
  await expect(
    page.getByRole('table', { name: 'Toteumat ja tavoitteet' }).getByRole('row', {
      name: /15\.11\.2026/,
    }),
  ).toContainText('Kahden koulun purkukohteet');

  // The same date twice is refused beside the date.
  await form.getByLabel('Päivä, jota arvo kuvaa').fill('2026-11-15');
  await form.getByLabel('Arvo', { exact: true }).fill('306');
  await form.getByRole('button', { name: 'Tallenna arvo' }).click();
  await expect(form.getByText('Tälle päivälle on jo kirjattu arvo.')).toBeVisible();

  await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
  await expect(page.getByRole('region', { name: /^Jäljessä olevat mittarit/ })).not.toContainText(
    indicator,
  );
});

test('a director edits the goals; the chart and table follow', async ({ page }) => {
  await signIn(page, 'director@salkku.test');
  await page.goto('/indicators/b1000000-0000-4000-8000-000000000004');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Terveysteknologian yrityskokeilut',
    { timeout: 45_000 },
  );
  const goals = page.getByRole('region', { name: 'Vuositavoitteet' });
  await expect(goals.getByLabel('Tavoite 2025')).toHaveValue('14');
  await expectNoA11yViolations(page, 'indicator page with the goals form');
  await goals.getByLabel('Tavoite 2025').fill('12');
  await goals.getByRole('button', { name: 'Tallenna tavoitteet' }).click();
  await expect(goals.getByRole('status')).toHaveText('Tavoitteet tallennettu.');
  await expect(
    page.getByRole('table', { name: 'Toteumat ja tavoitteet' }).getByRole('row', {
      name: /Tavoite 2025/,
    }),
  ).toContainText('12');
});

test("a director's dashboard load stays at three requests; translation coverage is read when asked", async ({
  page,
}) => {
  await signIn(page, 'director@salkku.test');
  await expect(page.getByText(/Mittarit: \d+ tavoitteessa/).first()).toBeVisible();
  await page.waitForLoadState('networkidle');

  const requests: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/rest/v1/')) requests.push(r.url());
  });
  await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kojelauta' })).toBeVisible({
    timeout: 45_000,
  });
  await expect(page.getByRole('region', { name: /^Jäljessä olevat mittarit/ })).toBeVisible();
  const coverage = page.getByRole('region', { name: 'Käännökset' });
  const show = coverage.getByRole('button', { name: 'Näytä käännösten kattavuus' });
  await expect(show).toBeVisible();
  expect(requests.length, requests.join('\n')).toBeLessThanOrEqual(3);
  expect(requests.filter((u) => u.includes('translation_coverage'))).toEqual([]);

  await show.click();
  await expect(coverage).toContainText(/Ruotsi: \d+ \/ \d+ julkaistua hanketta/);
  await expect(coverage.getByRole('heading', { name: 'Käännökset' })).toBeFocused();
  expect(requests.filter((u) => u.includes('translation_coverage'))).toHaveLength(1);
  await expectNoA11yViolations(page, 'dashboard with translation coverage');
});
