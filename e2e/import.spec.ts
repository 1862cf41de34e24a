// Issue #15: a director downloads the import template, fills it in with one bad row, sees the
// preview point at the bad cell, fixes it, imports and finds the projects on the portfolio;
// importing the same file again changes nothing. The Excel export is read back with exceljs.
import ExcelJS from 'exceljs';
import type { Download, Page } from '@playwright/test';
import { demoUsers, signIn, signInThroughApi } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  return workbook;
}

async function upload(page: Page, name: string, workbook: ExcelJS.Workbook) {
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel('Tiedosto').setInputFiles({
    name,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  await page.getByRole('button', { name: 'Esikatsele' }).click();
  await expect(page.getByRole('heading', { name: 'Esikatselu' })).toBeFocused();
  await expect(page.getByText(`Tiedosto ${name}, välilehti Hankkeet ja tehtävät.`)).toBeVisible();
}

test('a director imports projects from the template, fixing a bad row first', async ({ page }) => {
  // A long flow: three previews (each reads the file in a worker) and four axe runs.
  test.slow();
  const stamp = Date.now();
  const first = `Tuotu satamahanke ${stamp}`;
  const second = `Tuotu pelihanke ${stamp}`;

  await signIn(page, 'director@salkku.test');
  await page.getByRole('link', { name: 'Tuo taulukosta' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tuo hankkeet taulukosta');
  await expectNoA11yViolations(page, 'import page');

  // The template, in Finnish: the columns, an example row and the allowed values.
  const templateDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lataa pohja suomeksi' }).click();
  const template = await workbookOf(await templateDownload);
  expect((await templateDownload).suggestedFilename()).toBe('salkku-tuontipohja.xlsx');
  const sheet = template.getWorksheet('Hankkeet ja tehtävät');
  expect(sheet?.getRow(1).values).toEqual([
    undefined,
    'Tunniste',
    'Hanke',
    'Kasvualue',
    'Eteneminen',
    'Alkaa',
    'Päättyy',
    'Kuvaus',
    'Tehtävä',
    'Määräaika',
    'Tila',
  ]);
  expect(template.getWorksheet('Sallitut arvot')?.getColumn(2).values.join('\n')).toContain(
    'Luovat alat',
  );

  // Filled in: the example row replaced by two projects, one with three tasks; one bad date.
  // Typed over the example row and the rows below it, as a person would in Excel.
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  const filled: ExcelJS.CellValue[][] = [
    [
      null,
      first,
      'Meriklusteri',
      'Suunnittelu',
      day('2026-01-01'),
      day('2027-12-31'),
      'Satamat.',
      'Selvitys',
      day('2026-06-30'),
      'Käynnissä',
    ],
    [null, null, null, null, null, null, null, 'Kokeilu', '31.13.2026', null],
    [null, null, null, null, null, null, null, 'Raportti', day('2027-06-30'), 'Ei aloitettu'],
    [
      null,
      second,
      'Luovat alat',
      'Toteutus',
      null,
      null,
      null,
      'Aloitus',
      day('2026-02-01'),
      'Tehty',
    ],
  ];
  filled.forEach((values, i) => {
    values.forEach((value, c) => {
      sheet!.getCell(i + 2, c + 1).value = value;
    });
  });
  await upload(page, 'salkku.xlsx', template);
  const problems = page.getByRole('alert');
  await expect(problems).toContainText('Tiedostossa on 1 korjattava kohta.');
  await expect(problems.getByRole('listitem')).toHaveText(
    'Rivi 3, sarake Määräaika: 31.13.2026 ei ole päivämäärä (esim. 31.12.2026)',
  );
  await expect(page.getByRole('button', { name: 'Tuo tiedosto' })).toBeDisabled();
  await expect(page.getByText('6 luodaan, 0 päivitetään, 0 ennallaan.')).toBeVisible();
  await expectNoA11yViolations(page, 'import preview with a problem');

  // Fixed and imported: all rows in one go.
  sheet!.getCell('I3').value = day('2026-09-30');
  await upload(page, 'salkku-korjattu.xlsx', template);
  await expect(page.getByRole('alert')).toHaveCount(0);
  const rows = page.getByRole('table', { name: 'Tiedoston rivit ja mitä niille tapahtuu' });
  await expect(rows.getByRole('row').nth(1)).toContainText('Hanke luodaan');
  await expect(rows.getByRole('row').nth(1)).toContainText('Tehtävä luodaan');
  await page.getByRole('button', { name: 'Tuo tiedosto' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Tuonti valmis' })).toHaveText(
    /Tuonti valmis: 6 luotu, 0 päivitetty, 0 ennallaan\./,
  );
  await expectNoA11yViolations(page, 'import done');

  // The same file again changes nothing.
  await upload(page, 'salkku-korjattu.xlsx', template);
  await expect(page.getByText('0 luodaan, 0 päivitetään, 6 ennallaan.')).toBeVisible();

  await page.getByRole('link', { name: 'Salkku', exact: true }).first().click();
  await expect(page.getByRole('link', { name: first })).toBeVisible();
  await page.getByRole('link', { name: second }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(second);
  await expect(page.getByText('Aloitus', { exact: true })).toBeVisible();
});

test('a signed-in user downloads the portfolio as an Excel workbook with real dates and numbers', async ({
  page,
}) => {
  await signIn(page, 'director@salkku.test');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Lataa Excel-työkirja/ }).click();
  const workbook = await workbookOf(await download);
  expect((await download).suggestedFilename()).toMatch(/^salkku-\d{4}-\d{2}-\d{2}\.xlsx$/);
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    'Hankkeet',
    'Tehtävät',
    'Yhteyshenkilöt',
    'Rahoitus',
    'Mittarit',
  ]);

  const projects = workbook.getWorksheet('Hankkeet')!;
  const header = projects.getRow(1).values as unknown[];
  expect(header).toContain('Hanke');
  expect(projects.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(projects.autoFilter).toBeTruthy();
  const nameColumn = header.indexOf('Hanke');
  const startsColumn = header.indexOf('Alkaa');
  const kiertotalot = projects
    .getRows(2, projects.rowCount - 1)!
    .find((row) => row.getCell(nameColumn).value === 'Kiertotalot')!;
  expect(kiertotalot.getCell(startsColumn).value).toEqual(new Date('2025-01-01T00:00:00Z'));
  expect(kiertotalot.getCell(header.indexOf('Eteneminen')).value).toBe('Toteutus');
  expect(projects.getColumn(nameColumn).width).toBeGreaterThan(10);

  const funding = workbook.getWorksheet('Rahoitus')!;
  const amounts = funding.getColumn((funding.getRow(1).values as unknown[]).indexOf('Summa (€)'));
  expect(amounts.values.some((v) => typeof v === 'number')).toBe(true);

  // Hidden drafts stay hidden from whoever may not read them: a visitor gets no button at all.
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page.getByRole('button', { name: /^Lataa Excel-työkirja/ })).toHaveCount(0);
});

test('the Excel export holds what the page’s filters show', async ({ page, baseURL }) => {
  const api = await signInThroughApi(baseURL, demoUsers.director);
  const { data: area } = await api.client
    .from('growth_areas')
    .select('id')
    .eq('name', 'Rakentamisen kiertotalous')
    .single()
    .throwOnError();
  const column = (sheet: ExcelJS.Worksheet, name: string) => {
    const index = (sheet.getRow(1).values as unknown[]).indexOf(name);
    return sheet.getRows(2, sheet.rowCount - 1)!.map((row) => row.getCell(index).value);
  };

  // The portfolio filtered by stage.
  await signIn(page, 'director@salkku.test', '/?stage=implementation');
  let download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Lataa Excel-työkirja näkymän rajauksella/ }).click();
  let workbook = await workbookOf(await download);
  expect((await download).suggestedFilename()).toMatch(/-rajattu\.xlsx$/);
  const stages = column(workbook.getWorksheet('Hankkeet')!, 'Eteneminen');
  expect(stages.length).toBeGreaterThan(0);
  expect(new Set(stages)).toEqual(new Set(['Toteutus']));

  // The dashboard filtered by growth area: its projects and only their tasks.
  await page.goto(`/dashboard?area=${area.id}`);
  download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Lataa Excel-työkirja näkymän rajauksella/ }).click();
  workbook = await workbookOf(await download);
  const areas = column(workbook.getWorksheet('Hankkeet')!, 'Kasvualue');
  expect(areas.length).toBeGreaterThan(0);
  expect(new Set(areas)).toEqual(new Set(['Rakentamisen kiertotalous']));
  const names = new Set(column(workbook.getWorksheet('Hankkeet')!, 'Hanke'));
  const taskProjects = column(workbook.getWorksheet('Tehtävät')!, 'Hanke');
  expect(taskProjects.length).toBeGreaterThan(0);
  for (const name of taskProjects) expect(names.has(name)).toBe(true);
});
