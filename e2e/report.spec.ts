import { addDays, format } from 'date-fns';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';
import { demoUsers, signIn, signInThroughApi } from './support/auth';
import { compact, readPdf } from './support/pdf-text';

const baselineName = 'Kaupunginhallitus Q1/2026';

test('a director saves a baseline, moves a deadline, and sees the slip in the baselines page and the board report, which prints to an A4 PDF', async ({
  page,
  baseURL,
}) => {
  // The whole flow on one page: baselines, a task form, the timeline, the report and its PDF.
  test.slow();
  const api = await signInThroughApi(baseURL, demoUsers.director);
  const { data: task } = await api.client
    .from('tasks')
    .select('id, title, due_on, projects!inner(slug)')
    .eq('projects.slug', 'kiertotalot')
    .eq('state', 'not_started')
    .not('due_on', 'is', null)
    .order('due_on')
    .limit(1)
    .single()
    .throwOnError();
  if (!task.due_on) throw new Error('no task with a deadline');

  await signIn(page, demoUsers.director, '/baselines');
  await expect(page.getByRole('heading', { level: 1, name: 'Vertailukohdat' })).toBeVisible();
  await expectNoA11yViolations(page, 'baselines (director)');

  // An empty name stays in the form, beside the field.
  await page.getByRole('button', { name: 'Tallenna vertailukohta' }).click();
  await expect(page.getByLabel('Nimi')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('Nimi').fill(baselineName);
  await page.getByRole('button', { name: 'Tallenna vertailukohta' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Vertailukohta ${baselineName} tallennettu.` }),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(baselineName) })).toBeVisible();

  // The same name again is refused by the database and said beside the field.
  await page.getByLabel('Nimi').fill(baselineName);
  await page.getByRole('button', { name: 'Tallenna vertailukohta' }).click();
  await expect(page.getByText('Ohjelmalla on jo tämänniminen vertailukohta.')).toBeVisible();

  // The lead's deadline moves 20 days later, through the task form.
  const moved = format(addDays(new Date(`${task.due_on}T12:00:00`), 20), 'yyyy-MM-dd');
  await page.goto(`/projects/kiertotalot/tasks/${task.id}/edit`);
  await page.getByLabel('Määräaika').fill(moved);
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page).toHaveURL(/\/projects\/kiertotalot$/);

  await page.goto('/baselines');
  await page
    .getByRole('button', { name: `Näytä muutokset vertailukohdan ${baselineName} jälkeen` })
    .click();
  const changes = page.getByRole('region', {
    name: `Muutokset vertailukohdan ${baselineName} jälkeen`,
  });
  await expect(changes.getByRole('row').filter({ hasText: task.title })).toContainText(
    '20 pv myöhemmin',
  );
  await expectNoA11yViolations(page, 'baselines with changes');

  // The board report compares with the newest baseline by default.
  await page.goto('/report');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Raportti hallitukselle' }),
  ).toBeVisible();
  await expect(page.getByLabel('Vertaa')).toHaveValue(/.+/);
  const area = page.getByRole('region', { name: 'Rakentamisen kiertotalous' });
  await expect(area.getByRole('row').filter({ hasText: task.title })).toContainText(
    '20 pv myöhemmin',
  );
  await expect(area.getByRole('heading', { name: 'Myöhässä olevat hankkeet' })).toBeVisible();
  await expectNoA11yViolations(page, 'board report');

  // Printed: the site's header and the settings are gone; the document is what remains.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Tulosta tai tallenna PDF' })).toBeHidden();

  const areaNames = await page.locator('.report-area > h2').allTextContents();
  const buffer = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdf = readPdf(buffer);
  // A cover, the whole programme, then every growth area from a page of its own.
  expect(pdf.length).toBeGreaterThanOrEqual(2 + areaNames.length);
  for (const p of pdf) {
    // A4 is 595.3 × 841.9 points; Chromium rounds to whole CSS pixels.
    expect(Math.abs(p.size[0] - 595.3)).toBeLessThan(2);
    expect(Math.abs(p.size[1] - 841.9)).toBeLessThan(2);
  }
  const cover = compact(pdf[0]?.text ?? '');
  // The kicker is set in capitals (text-transform), so the PDF has it in capitals.
  expect(cover.toLowerCase()).toContain(compact('raportti hallitukselle'));
  expect(cover).toContain('Elinvoimaohjelma');
  expect(cover).toContain(compact(baselineName));
  // The settings and the site's navigation are not printed.
  expect(cover).not.toContain(compact('Tulosta tai tallenna PDF'));
  expect(cover).not.toContain(compact('Kirjautuneena'));
  // Page numbers in the margin.
  expect(pdf[0]?.text).toMatch(new RegExp(`1 / ${pdf.length}`));
  // Each growth area begins a page of its own: its name opens that page.
  for (const name of areaNames) {
    const opens = (text: string) =>
      compact(text)
        .replace(/^\d+\/\d+/, '')
        .startsWith(compact(name));
    expect(pdf.some((p) => opens(p.text))).toBe(true);
  }
  const all = compact(pdf.map((p) => p.text).join(''));
  expect(all).toContain(compact('20 pv myöhemmin'));
  expect(all).toContain(compact(task.title));
});

test('a director reports as of a past date from the change history, and says what changed since the previous report without a baseline', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const api = await signInThroughApi(baseURL, demoUsers.director);
  const { data: programme } = await api.client
    .from('programmes')
    .select('id, growth_areas(id, name)')
    .order('sort_order')
    .limit(1)
    .single()
    .throwOnError();
  const area = programme.growth_areas.find((a) => a.name === 'Rakentamisen kiertotalous');
  if (!area) throw new Error('no growth area');
  const yesterday = format(addDays(new Date(), -1), 'yyyy-MM-dd');
  // A task of the plan as it stood yesterday: not one another spec added today.
  const { data: task } = await api.client
    .from('tasks')
    .select('id, title, due_on, version, projects!inner(slug)')
    .eq('projects.slug', 'kiertotalot')
    .not('due_on', 'is', null)
    .lt('created_at', yesterday)
    .order('due_on', { ascending: false })
    .limit(1)
    .single()
    .throwOnError();
  if (!task.due_on) throw new Error('no task with a deadline');
  const today = format(new Date(), 'yyyy-MM-dd');
  const fi = (iso: string) => iso.split('-').reverse().join('.');

  // Today a project is added and a deadline moves 30 days later.
  const slug = `raportin-uusi-hanke-${Date.now()}`;
  const { data: added } = await api.client
    .from('projects')
    .insert({
      programme_id: programme.id,
      growth_area_id: area.id,
      slug,
      name: 'Raportin uusi hanke',
      starts_on: today,
      ends_on: format(addDays(new Date(), 400), 'yyyy-MM-dd'),
    })
    .select('id')
    .single()
    .throwOnError();
  const later = format(addDays(new Date(`${task.due_on}T12:00:00`), 30), 'yyyy-MM-dd');
  await api.client.from('tasks').update({ due_on: later }).eq('id', task.id).throwOnError();

  try {
    await signIn(page, demoUsers.director, `/report?date=${yesterday}&baseline=none`);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Raportti hallitukselle' }),
    ).toBeVisible();
    const cover = page.locator('.report-cover');
    await expect(cover).toContainText(`Tilanne ${fi(yesterday)}`);
    await expect(cover).toContainText(
      `Suunnitelma sellaisena kuin se oli ${fi(yesterday)} päättyessä, muutoshistoriasta koottuna.`,
    );
    const areaSection = page.getByRole('region', { name: 'Rakentamisen kiertotalous' });
    await expect(areaSection.getByRole('region', { name: 'Aikajana' })).toBeVisible();
    await expect(areaSection).not.toContainText('Raportin uusi hanke');
    await expectNoA11yViolations(page, 'board report, past date');

    // The same report for today has the new project.
    await page.getByLabel('Raportin päivä').fill(today);
    await expect(areaSection.getByRole('region', { name: 'Aikajana' })).toContainText(
      'Raportin uusi hanke',
    );

    // Compared with the plan of the previous report's day, read from the change history.
    await page
      .getByLabel('Vertaa')
      .selectOption({ label: 'Edellisen raportin päivään (muutoshistoriasta)' });
    await page.getByLabel('Edellisen raportin päivä').fill(yesterday);
    const changes = areaSection.getByRole('region', { name: `Muutokset ${fi(yesterday)} jälkeen` });
    await expect(changes.getByRole('row').filter({ hasText: task.title })).toContainText(
      '30 pv myöhemmin',
    );
    await expect(changes).toContainText('Raportin uusi hanke');
    await expect(page.locator('.report-cover')).toContainText(
      `Muutokset verrattuna suunnitelmaan ${fi(yesterday)} (edellinen raportti)`,
    );
    await expectNoA11yViolations(page, 'board report since the previous report');
  } finally {
    await api.client.from('tasks').update({ due_on: task.due_on }).eq('id', task.id).throwOnError();
    await api.client.from('projects').delete().eq('id', added.id).throwOnError();
  }
});

test('a viewer is told that a past date is for directors and gets today', async ({ page }) => {
  const yesterday = format(addDays(new Date(), -1), 'yyyy-MM-dd');
  await signIn(page, demoUsers.viewer, `/report?date=${yesterday}`);
  await expect(
    page.getByText(/Menneen päivän raportti kootaan muutoshistoriasta, jota lukevat vain/),
  ).toBeVisible();
  await expect(page.locator('.report-cover')).toContainText(
    'Suunnitelma sellaisena kuin se on tänään.',
  );
  await expectNoA11yViolations(page, 'board report, viewer past date');
});

test('a visitor reads the public board report without a comparison', async ({ page }) => {
  await page.goto('/report');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Raportti hallitukselle' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Koko ohjelma' })).toBeVisible();
  await expect(page.getByLabel('Vertaa')).toHaveCount(0);
  await expectNoA11yViolations(page, 'board report (public)');

  await page.goto('/baselines');
  await expect(
    page.getByText('Vertailukohdat näkyvät ohjelmajohtajille, ylläpitäjille ja katselijoille.'),
  ).toBeVisible();
});
