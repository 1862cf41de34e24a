import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

test.use({ viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });

test('a lead completes a task on a 375-px phone', async ({ page }) => {
  await signIn(page, 'lead@salkku.test', '/my-tasks');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat tehtävät');
  // Nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoA11yViolations(page);

  const button = page.getByRole('button', { name: /^Merkitse tehdyksi: / }).first();
  const title = ((await button.getAttribute('aria-label')) ?? '').replace(
    'Merkitse tehdyksi: ',
    '',
  );
  await button.tap();
  await expect(page.getByText(`Merkitty tehdyksi: ${title}`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: title })).toHaveCount(0);

  // Undo puts it back, so the other specs find the demo data as it was.
  const undo = page.getByRole('button', { name: `Kumoa tehdyksi merkintä: ${title}` });
  await undo.tap();
  await expect(page.getByRole('listitem').filter({ hasText: title })).toHaveCount(1);
});
