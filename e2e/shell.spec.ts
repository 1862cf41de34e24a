import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { expectNoA11yViolations } from './support/axe';
import { demoUsers, signInThroughApiAs } from './support/auth';

/** Presses Tab until `target` has focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`${String(target)} was not reached with ${max} presses of Tab`);
}

/** A keyboard user must see where focus is: an outline or a box shadow on the element. */
async function expectVisibleFocus(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  const ring = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
    };
  });
  expect(ring.outline || ring.shadow, `${String(target)} shows no focus indicator`).toBe(true);
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const skip = page.getByRole('link', { name: 'Siirry sisältöön' });

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectVisibleFocus(skip);
  await expectNoA11yViolations(page, 'portfolio with the skip link focused');

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main')).toBeFocused();
  // The next Tab continues inside the main content, not back in the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(
    () => document.querySelector('main')?.contains(document.activeElement) ?? false,
  );
  expect(inMain).toBe(true);
});

test('the main navigation works from the keyboard and moves focus to the new page', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Päävalikko' });
  for (const name of ['Salkku', 'Aikajana', 'Kojelauta', 'Omat tehtävät', 'Kirjaudu']) {
    await expect(nav.getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(nav.getByRole('link', { name: 'Salkku', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // Every item is reachable with Tab and shows where focus is.
  for (const name of ['Salkku', 'Aikajana', 'Kojelauta', 'Omat tehtävät', 'Kirjaudu']) {
    const link = nav.getByRole('link', { name, exact: true });
    await tabTo(page, link);
    await expectVisibleFocus(link);
  }

  // Enter follows the focused link; focus lands on the new page's heading.
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sign-in/);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Kirjaudu');
  await expect(heading).toBeFocused();
  await expect(nav.getByRole('link', { name: 'Kirjaudu', exact: true })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page).toHaveTitle('Kirjaudu – Salkku');

  // "Omat tehtävät" without a session explains itself and offers the sign-in.
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await tabTo(page, nav.getByRole('link', { name: 'Omat tehtävät', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/my-tasks$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Omat tehtävät');
  await expect(page.getByRole('main').getByRole('link', { name: 'Kirjaudu' })).toBeVisible();
  await expectNoA11yViolations(page, 'my tasks, signed out');
});

test('the language switcher works from the keyboard and says which language is on', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
  const switcher = page.getByRole('group', { name: 'Kieli' });
  await expect(switcher.getByRole('button', { name: 'Suomeksi' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const swedish = switcher.getByRole('button', { name: 'På svenska' });
  await tabTo(page, swedish);
  await expectVisibleFocus(swedish);
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  // The switcher's own label follows the language; the pressed button says which one is on.
  await expect(page.getByRole('group', { name: 'Språk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'På svenska' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeAttached();
  await expectNoA11yViolations(page, 'portfolio in Swedish');

  const english = page.getByRole('group', { name: 'Språk' }).getByRole('button', {
    name: 'In English',
  });
  await english.focus();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
});

test('an unknown address shows a "page not found" page with a way home', async ({ page }) => {
  await page.goto('/tata-sivua-ei-ole');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Sivua ei löytynyt');
  await expect(page).toHaveTitle('Sivua ei löytynyt – Salkku');
  await expect(page.getByText('Osoitteessa ei ole sivua.')).toBeVisible();
  // The shell is still there, so the visitor is not stranded.
  await expect(page.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
  await expectNoA11yViolations(page, 'the 404 page');

  await page.getByRole('link', { name: 'Etusivulle' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(heading).toHaveText('Elinvoimaohjelma 2025–2029');
});

test('a signed-in user sees who they are and signs out from the keyboard', async ({
  page,
  baseURL,
}) => {
  await signInThroughApiAs(page, baseURL, demoUsers.viewer);
  const nav = page.getByRole('navigation', { name: 'Päävalikko' });
  await expect(nav.getByRole('link', { name: 'Kirjaudu', exact: true })).toHaveCount(0);
  const signOut = nav.getByRole('button', { name: 'Kirjaudu ulos' });
  await expectNoA11yViolations(page, 'portfolio, signed in as viewer');

  await tabTo(page, signOut);
  await expectVisibleFocus(signOut);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await expect(page.getByText('Olet kirjautunut ulos.')).toBeVisible();
  await expect(page.getByText(`Kirjautuneena ${demoUsers.viewer}`)).toHaveCount(0);
  await expectNoA11yViolations(page, 'sign-in page after signing out');

  // The session is really gone: a reload stays signed out.
  await page.reload();
  await expect(nav.getByRole('link', { name: 'Kirjaudu', exact: true })).toBeVisible();
});
