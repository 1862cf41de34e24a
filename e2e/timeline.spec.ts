import type { Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { anonymousClient, signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

const chartName = 'Aikajana: kasvualueet, hankkeet ja tehtävät';

async function focusRow(page: Page, name: string) {
  const chart = page.getByRole('treegrid', { name: chartName });
  // One tab stop: the chart's active cell; then arrow keys until the row has focus.
  await chart.locator('[tabindex="0"]').focus();
  await page.keyboard.press('Home');
  for (let i = 0; i < 20; i++) {
    const focused = page.locator(':focus');
    if (
      (await focused.getAttribute('role')) === 'row' &&
      (await focused.innerText()).includes(name)
    )
      return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no row named ${name}`);
}

test('a visitor opens the timeline, zooms, filters and shares the view by URL', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Aikajana' }).click();
  const chart = page.getByRole('treegrid', { name: chartName });
  await expect(chart).toBeVisible();
  await expect(chart.getByRole('row', { name: /Rakentamisen kiertotalous/ })).toBeVisible();
  await expect(
    chart.getByRole('gridcell', { name: /^Kiertotalot, 1\.1\.2025–31\.12\.2029, Toteutus/ }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'timeline');

  await page.getByRole('button', { name: 'Vuodet' }).click();
  await page.getByLabel('Hae nimellä').fill('Kiertotalot');
  await expect(chart.getByRole('row', { name: /Arabian kiertotaloushubi/ })).toHaveCount(0);
  await expect(page).toHaveURL(/Kiertotalot/);

  const shared = await context.newPage();
  await shared.goto(page.url());
  await expect(shared.getByLabel('Hae nimellä')).toHaveValue('Kiertotalot');
  await expect(shared.getByRole('button', { name: 'Vuodet' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    shared.getByRole('treegrid', { name: chartName }).getByRole('row', { name: /Arabian/ }),
  ).toHaveCount(0);
  await shared.close();

  await page.getByRole('button', { name: 'Näytä taulukkona' }).click();
  await expect(page.getByRole('table')).toContainText('Kiertotalot');
  await expectNoA11yViolations(page, 'timeline as a table');
});

test('keyboard: move to a project and open it with Enter', async ({ page }) => {
  await page.goto('/timeline');
  await focusRow(page, 'Arabian kiertotaloushubi');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/projects\/arabian-kiertotaloushubi$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Arabian kiertotaloushubi');
});

test('a lead reschedules their project by keyboard and the project page follows', async ({
  page,
}) => {
  await signIn(page, 'lead@salkku.test');
  await page.goto('/timeline');
  // The bar becomes draggable once the lead's memberships have loaded.
  const bar = page
    .getByRole('treegrid', { name: chartName })
    .getByRole('gridcell', { name: /^Rakentamisen kiertotalouden kokeiluympäristöt, / });
  await expect(bar.locator('.tl-editable')).toBeVisible();
  await focusRow(page, 'Rakentamisen kiertotalouden kokeiluympäristöt');
  // As on a slow phone or a busy CI runner: each key arrives before the router has put the
  // previous one's expand state into the URL. The chart must act on what the user just did.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 12 });
  // ArrowRight opens the project's task rows first, then moves to its bar.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(bar).toBeFocused();
  const saved = page.waitForResponse(
    (r) => r.url().includes('/rest/v1/projects') && r.request().method() === 'PATCH',
  );
  await page.keyboard.press('Alt+ArrowRight'); // one day later
  await page.keyboard.press('Escape'); // leave the chart: saves at once
  expect((await saved).status()).toBe(200);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });

  await page.goto('/projects/rakentamisen-kiertotalouden-kokeiluymparistot');
  await expect(page.getByText('02.08.2025 → 01.01.2030')).toBeVisible();
});

test('the editing code and the table download only when needed', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const editing = () => scripts.filter((url) => /chart-editing[.-]/.test(url));

  // A visitor reads: no editing code; the table comes when asked for.
  await page.goto('/timeline');
  const chart = page.getByRole('treegrid', { name: chartName });
  await expect(chart).toBeVisible();
  await expect(chart.locator('.tl-editable')).toHaveCount(0);
  await page.getByRole('button', { name: 'Näytä taulukkona' }).click();
  await expect(page.getByRole('table', { name: 'Aikajana taulukkona' })).toBeVisible();
  expect(editing()).toEqual([]);

  // A lead may move their project: the editing code comes with the page and the bar is draggable.
  await signIn(page, 'lead@salkku.test');
  await page.goto('/timeline');
  await expect(
    page
      .getByRole('treegrid', { name: chartName })
      .getByRole('gridcell', { name: /^Rakentamisen kiertotalouden kokeiluympäristöt, / })
      .locator('.tl-editable'),
  ).toBeVisible();
  expect(editing().length).toBeGreaterThan(0);
});

test('the print view holds every row of the current view, with a date stamp', async ({ page }) => {
  await page.goto('/timeline');
  const chart = page.getByRole('treegrid', { name: chartName });
  await expect(chart).toBeVisible();
  // aria-rowcount counts the header row too; the chart itself draws only the rows in view.
  const rows = Number(await chart.getAttribute('aria-rowcount')) - 1;
  expect(rows).toBeGreaterThan(10);

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('.tl-print tbody tr')).toHaveCount(rows);
  await expect(page.locator('.tl-print')).toContainText('Tulostettu');
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

test('print preview renders every row of the data once everything is open', async ({
  page,
  baseURL,
}) => {
  // What a visitor may read, straight from the API: the programme's growth areas, its
  // published projects and their tasks with a deadline.
  const api = await anonymousClient(baseURL);
  const { data: programme } = await api
    .from('programmes')
    .select('id')
    .order('sort_order')
    .limit(1)
    .single()
    .throwOnError();
  const [{ data: areas }, { data: projects }] = await Promise.all([
    api.from('growth_areas').select('id').eq('programme_id', programme.id).throwOnError(),
    api
      .from('project_overview')
      .select('id, name, growth_area_id')
      .eq('programme_id', programme.id)
      .throwOnError(),
  ]);
  const { data: tasks } = await api
    .from('tasks')
    .select('title')
    .in(
      'project_id',
      projects.map((p) => p.id!),
    )
    .not('due_on', 'is', null)
    .throwOnError();
  const withoutArea = projects.some((p) => p.growth_area_id === null) ? 1 : 0;
  const expected = areas.length + withoutArea + projects.length + tasks.length;

  await page.goto('/timeline');
  const chart = page.getByRole('treegrid', { name: chartName });
  await page.getByRole('button', { name: 'Avaa kaikki' }).click();
  await expect(chart).toHaveAttribute('aria-rowcount', String(expected + 1));

  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const printed = page.locator('.tl-print tbody tr');
  await expect(printed).toHaveCount(expected);
  // Every row is laid out on paper (none hidden or collapsed to nothing), and each project and
  // task is there by name.
  const heights = await printed.evaluateAll((rows) =>
    rows.map((row) => row.getBoundingClientRect().height),
  );
  expect(heights.filter((h) => h < 8)).toEqual([]);
  const names = await page.locator('.tl-print tbody th').allInnerTexts();
  for (const name of [...projects.map((p) => p.name!), ...tasks.map((t) => t.title)]) {
    expect(
      names.some((n) => n.startsWith(name)),
      name,
    ).toBe(true);
  }
});

test('the current view exports as a PNG image with its labels drawn', async ({ page }) => {
  await page.goto('/timeline');
  const chart = page.getByRole('treegrid', { name: chartName });
  await expect(chart).toBeVisible();
  const rows = Number(await chart.getAttribute('aria-rowcount')) - 1;

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Vie PNG-kuvana' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^aikajana-\d{4}-\d{2}-\d{2}\.png$/);
  const png = await readFile(await file.path());
  // The PNG signature, then the IHDR chunk with the canvas size: twice the layout size of the
  // current view (stamp 28 + header 48 + 32 a row), as a small view is drawn.
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect(height).toBe(2 * (28 + 48 + rows * 32));
  expect(width).toBeGreaterThan(2 * 280);

  // Decoded in the browser: the name column holds dark text pixels (the labels were drawn
  // with a real font, not left blank), and the image is not one colour.
  const inked = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    // The name column below the header: 0…280 layout px wide, from y = 76 layout px.
    const { data } = context.getImageData(0, 2 * 76, 2 * 280, canvas.height - 2 * 76);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i]! + data[i + 1]! + data[i + 2]! < 200) dark++;
    }
    return dark;
  }, png.toString('base64'));
  expect(inked).toBeGreaterThan(rows * 100);
});

test.describe('at 200% zoom: a 1280 × 800 window is 640 × 400 CSS px (WCAG 1.4.4, 1.4.10)', () => {
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('filters, zoom and the chart are all there, and only the chart scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/timeline');
    const chart = page.getByRole('treegrid', { name: chartName });
    await expect(chart).toBeVisible();
    await expectNoA11yViolations(page, 'timeline at 200% zoom');
    // The page itself never scrolls sideways; the chart does, inside its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      640,
    );
    const scroller = page.locator('.tl-scroll');
    const box = await scroller.boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(640);

    const filters = page.getByRole('search', { name: 'Suodata aikajanaa' });
    const controls = [
      filters.getByLabel('Hae nimellä'),
      filters.getByLabel('Kasvualue'),
      filters.getByLabel('Eteneminen'),
      filters.getByLabel('Aikataulu'),
      ...['Vuodet', 'Neljännekset', 'Kuukaudet', 'Viikot', 'Sovita kaikki', 'Tänään'].map((name) =>
        page.getByRole('button', { name, exact: true }),
      ),
      page.getByRole('button', { name: 'Vie PNG-kuvana' }),
      page.getByRole('button', { name: 'Tulosta' }),
    ];
    for (const control of controls) {
      await control.scrollIntoViewIfNeeded();
      const { x, width } = (await control.boundingBox())!;
      expect(x, String(control)).toBeGreaterThanOrEqual(0);
      expect(x + width, String(control)).toBeLessThanOrEqual(640);
    }

    // Reached from the filters with Tab, and they work.
    await filters.getByLabel('Hae nimellä').focus();
    const years = page.getByRole('button', { name: 'Vuodet' });
    for (let i = 0; i < 12 && !(await years.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab');
    }
    await expect(years).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(years).toHaveAttribute('aria-pressed', 'true');
    const allRows = (await chart.getAttribute('aria-rowcount'))!;
    await filters.getByLabel('Aikataulu').selectOption({ label: 'Myöhässä' });
    await expect(page).toHaveURL(/status=late/);
    await expect(chart).not.toHaveAttribute('aria-rowcount', allRows);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      640,
    );
    await expectNoA11yViolations(page, 'timeline at 200% zoom, filtered');
  });
});

test.describe('at 320 CSS px (a 1280 px window at 400% zoom, WCAG 1.4.10)', () => {
  test.use({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 4 });

  test('the agenda replaces the chart and nothing scrolls sideways', async ({ page }) => {
    await page.goto('/timeline');
    await expect(page.getByRole('heading', { name: 'Rakentamisen kiertotalous' })).toBeVisible();
    await expect(page.getByRole('treegrid')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectNoA11yViolations(page, 'timeline agenda at 320 px');
  });
});
