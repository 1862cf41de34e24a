import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { demoUsers, signInThroughApiAs } from './support/auth';
import { expect, test } from './support/test';

// Pages and states the flow specs do not reach, each checked with axe-core (WCAG 2.1 A/AA).
// Nothing here saves anything, so these tests leave the demo data as they found it.

const programme = 'elinvoimaohjelma-2025-2029';
const draft = {
  slug: 'hyvinvointidatan-yhteiskehittamo',
  name: 'Hyvinvointidatan yhteiskehittämö',
};

async function open(page: Page, path: string, heading: string | RegExp) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
}

test.describe('a visitor', () => {
  test('sees a clear empty state when no project matches the filters', async ({ page }) => {
    await open(page, '/?q=ei-tallaista-hanketta', 'Elinvoimaohjelma 2025–2029');
    await expect(page.getByText('Yksikään hanke ei vastaa valintoja.').first()).toBeVisible();
    await expectNoA11yViolations(page, 'portfolio with no matches');

    await page
      .getByRole('button', { name: 'Tyhjennä valinnat' })
      .or(page.getByRole('link', { name: 'Tyhjennä valinnat' }))
      .first()
      .click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(page.getByRole('link', { name: 'Kiertotalot' })).toBeVisible();
  });

  test('sees the "other projects" portfolio on the front page', async ({ page }) => {
    await open(page, '/', 'Elinvoimaohjelma 2025–2029');
    const other = page.getByRole('region', { name: 'Muut projektit ja hankkeet' });
    await expect(
      other.getByRole('link', { name: 'Elinvoimaohjelman seurantamalli' }),
    ).toBeVisible();
    // Drafts are not public.
    await expect(
      page.getByRole('link', { name: 'Kansainvälisten osaajien palvelupolku' }),
    ).toHaveCount(0);
  });

  test('opens a growth area whose lead is vacant', async ({ page }) => {
    await open(page, `/programmes/${programme}/terveys-ja-hyvinvointi`, 'Terveys & hyvinvointi');
    await expect(page.getByText('Avoin').first()).toBeVisible();
    await expect(
      page.getByRole('link', { name: 'Terveysteknologian testiympäristö' }),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: draft.name })).toHaveCount(0);
    await expectNoA11yViolations(page, 'growth area with a vacant lead');
  });

  test('cannot open a draft project', async ({ page }) => {
    await open(page, `/projects/${draft.slug}`, 'Hanketta ei löytynyt');
    await expect(page.getByText(draft.name)).toHaveCount(0);
  });

  test('gets "not found" for an unknown growth area', async ({ page }) => {
    await open(page, `/programmes/${programme}/ei-tallaista`, 'Kasvualuetta ei löytynyt');
    await expectNoA11yViolations(page, 'unknown growth area');
  });
});

test.describe('a signed-in viewer', () => {
  test('reads a draft project, marked as a draft, with nothing to edit', async ({
    page,
    baseURL,
  }) => {
    await signInThroughApiAs(page, baseURL, demoUsers.viewer);
    await open(page, `/projects/${draft.slug}`, draft.name);
    await expect(page.getByText('Luonnos – hanke ei näy julkisesti.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Muokkaa hanketta' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Lisää tehtävä' })).toHaveCount(0);
    await expectNoA11yViolations(page, 'draft project page for a viewer');
  });

  test('has a "my tasks" page that says when there is nothing to do', async ({ page, baseURL }) => {
    await signInThroughApiAs(page, baseURL, demoUsers.viewer);
    await open(page, '/my-tasks', 'Omat tehtävät');
    await expect(page.getByText('Sinulla ei ole avoimia tehtäviä.')).toBeVisible();
    await expectNoA11yViolations(page, 'my tasks, empty');
  });
});

test.describe('a director', () => {
  test.beforeEach(async ({ page, baseURL }) => {
    await signInThroughApiAs(page, baseURL, demoUsers.director);
  });

  test('opens the new project form and sees errors beside the fields', async ({ page }) => {
    await open(page, '/projects/new', 'Uusi hanke');
    await expectNoA11yViolations(page, 'new project form');
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await expect(page.getByLabel('Nimi', { exact: true })).toHaveAccessibleDescription(
      /Pakollinen tieto\./,
    );
    await expect(page.getByLabel('Nimi', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page, 'new project form with errors');
  });

  test('edits a project with the director-only choices', async ({ page }) => {
    await open(page, '/projects/kiertotalot/edit', 'Muokkaa: Kiertotalot');
    await expect(page.getByRole('group', { name: 'Ohjelmajohdon valinnat' })).toBeVisible();
    await expect(page.getByLabel('Julkaistu')).toBeChecked();
    await expectNoA11yViolations(page, 'project edit form, director');
    await page
      .getByRole('link', { name: 'Peruuta' })
      .or(page.getByRole('button', { name: 'Peruuta' }))
      .first()
      .click();
    await expect(page).toHaveURL(/\/projects\/kiertotalot$/);
  });
});

test.describe('on a 320-px screen (WCAG 1.4.10 reflow)', () => {
  test.use({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });

  for (const [path, heading] of [
    ['/', 'Elinvoimaohjelma 2025–2029'],
    [`/programmes/${programme}/rakentamisen-kiertotalous`, 'Rakentamisen kiertotalous'],
    [
      '/projects/uudenmaan-kiertotalouslaakso-esiselvityshanke',
      'Uudenmaan kiertotalouslaakso -esiselvityshanke',
    ],
    ['/sign-in', 'Kirjaudu'],
  ] as const) {
    test(`${path} fits without sideways scrolling`, async ({ page }) => {
      await open(page, path, heading);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
      await expectNoA11yViolations(page, `${path} at 320 px`);
    });
  }
});
