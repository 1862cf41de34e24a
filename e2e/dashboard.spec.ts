import { readFile } from 'node:fs/promises';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';
import { signIn } from './support/auth';

test('a visitor sees the public dashboard with tables beside the charts', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Kojelauta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kojelauta' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Tunnusluvut' })).toBeVisible();
  await expect(page.getByRole('table').first()).toBeVisible();
  await expectNoA11yViolations(page, 'dashboard (public)');
});

test('the director sees the late project with its reason, reviews changes and exports a CSV', async ({
  page,
}) => {
  await signIn(page, 'director@salkku.test');
  await page.goto('/dashboard');
  const overdue = page.getByRole('region', { name: 'Myöhässä olevat tehtävät' });
  await expect(
    overdue.getByRole('link', { name: 'Terveysteknologian testiympäristö' }).first(),
  ).toBeVisible();
  // The late projects list says why, in the database's words.
  const late = page.getByRole('region', { name: /^Myöhässä olevat hankkeet/ });
  await expect(
    late.getByRole('row').filter({ hasText: 'Terveysteknologian testiympäristö' }),
  ).toContainText(/\d+ tehtävää? myöhässä \((vanhin )?määräaika \d\d\.\d\d\.\d{4}\)/);
  await expectNoA11yViolations(page, 'dashboard (director)');

  const download = page.waitForEvent('download');
  await overdue.getByRole('button', { name: /Lataa CSV/ }).click();
  const file = await (await download).path();
  const csv = await readFile(file, 'utf8');
  expect(csv.split('\n').length).toBeGreaterThan(1);
  expect(csv).toContain('Terveysteknologian testiympäristö');

  await page.getByRole('button', { name: 'Avaa katselmointi' }).click();
  await expect(page.getByRole('heading', { name: 'Mitä on muuttunut?' })).toBeVisible();
  await expectNoA11yViolations(page, 'dashboard review mode');
});

test('a lead completes a task; the director sees it in review mode and in the project history', async ({
  browser,
  page,
}) => {
  const title = `Katselmoitava tehtävä ${Date.now() % 100000}`;
  const lead = await (await browser.newContext()).newPage();
  await signIn(lead, 'lead@salkku.test');
  await lead.goto('/projects/kiertotalot/tasks/new');
  await lead.getByLabel('Otsikko').fill(title);
  await lead.getByLabel('Määräaika').fill('2030-06-30');
  await lead.getByRole('button', { name: 'Tallenna' }).click();
  await expect(lead).toHaveURL(/\/projects\/kiertotalot$/);
  await lead.getByRole('button', { name: `Merkitse tehdyksi: ${title}` }).click();
  await expect(lead.getByRole('region', { name: 'Mitä on tehty?' })).toContainText(title);
  await lead.close();

  await signIn(page, 'director@salkku.test');
  await page.goto('/dashboard');
  await page.getByRole('button', { name: 'Avaa katselmointi' }).click();
  const thirtyDaysAgo = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel('Muutokset alkaen').fill(thirtyDaysAgo);
  const kiertotalot = page
    .locator('.dashboard-review__project')
    .filter({ has: page.getByRole('link', { name: 'Kiertotalot', exact: true }) });
  const completion = kiertotalot
    .getByRole('listitem')
    .filter({ hasText: `Tehtävä: ${title}` })
    .filter({ hasText: 'Tehtävä tehty' });
  await expect(completion).toBeVisible();
  await expect(completion).toContainText('Ronny Rantamäki');
  await expectNoA11yViolations(page, 'dashboard review mode with a completion');

  // The same completion heads the project's own history.
  await kiertotalot.getByRole('link', { name: 'Kiertotalot', exact: true }).click();
  const history = page.getByRole('region', { name: 'Muutoshistoria' });
  await expect(history.getByRole('listitem').first()).toContainText(`Tehtävä: ${title}`);
  await expectNoA11yViolations(page, 'project page with history');
});

test('visitors and leads do not see a project history', async ({ page }) => {
  await page.goto('/projects/kiertotalot');
  await expect(page.getByRole('heading', { level: 1, name: 'Kiertotalot' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Muutoshistoria' })).toHaveCount(0);
  await signIn(page, 'lead@salkku.test', '/projects/kiertotalot');
  await expect(page.getByRole('button', { name: /^Merkitse tehdyksi: / }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Muutoshistoria' })).toHaveCount(0);
});
