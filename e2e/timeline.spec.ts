import type { Page } from '@playwright/test';
import { signIn } from './support';
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
