import { expectNoA11yViolations } from './support/axe';
import { demoUsers, signInThroughApiAs } from './support/auth';
import { expect, test } from './support/test';

// Translated content (#14 §1) and embeds (§3): a shared Swedish link opens in Swedish, a missing
// translation falls back to Finnish announced as Finnish and marked, an editor adds a Swedish
// translation side by side with the Finnish, and an embed renders in an iframe and reports its
// height to the page around it.

const sourceProject = 'uudenmaan-kiertotalouslaakso-esiselvityshanke';

// Several pages, each checked with axe, on a shared 2-core machine.
test.slow();

test('a Swedish visitor opens a shared Swedish link and reads the translation, and the Finnish fallback marked', async ({
  page,
}) => {
  await page.goto(`/projects/${sourceProject}?lang=sv`);
  // The first page of a fresh dev server compiles on demand: a cold start may take a while.
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv', { timeout: 30_000 });
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toHaveText('Nylands cirkulärekonomidal – förstudieprojekt');
  await expect(heading).not.toHaveAttribute('lang', 'fi');
  await expect(page).toHaveTitle(/Nylands cirkulärekonomidal/);
  await expect(page.getByRole('region', { name: 'Vad behöver göras?' })).toContainText(
    'Projektet Circular Valley genomförs',
  );
  // The page names its other languages.
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    'href',
    /lang=en/,
  );
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
  await expectNoA11yViolations(page, 'a translated project page (sv)');

  // Kiertotalot has no Swedish name: the Finnish one stands in, announced as Finnish.
  await page.goto('/projects/kiertotalot?lang=sv');
  const fallback = page.getByRole('heading', { level: 1 });
  await expect(fallback).toHaveText('Kiertotalot');
  await expect(fallback).toHaveAttribute('lang', 'fi');
  await expect(page.getByText('(inte översatt)').first()).toBeVisible();
  await expectNoA11yViolations(page, 'a project page with Finnish fallback (sv)');

  // The language follows the visitor to the next page and stays in the address.
  await page.getByRole('link', { name: 'Livskraftsprogrammet 2025–2029' }).click();
  await expect(page).toHaveURL(/lang=sv/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Livskraftsprogrammet 2025–2029',
  );
  await expect(page.getByRole('link', { name: 'Cirkulär ekonomi i byggandet' })).toBeVisible();
  // Search matches every language: the Finnish name finds the project in Swedish too.
  await page.getByRole('searchbox').fill('kokeiluympäristöt');
  await expect(
    page.getByRole('link', { name: 'Försöksmiljöer för cirkulärt byggande' }),
  ).toBeVisible();
});

test('a lead adds a Swedish name beside the Finnish, and the Swedish page shows it', async ({
  page,
  baseURL,
}) => {
  await signInThroughApiAs(page, baseURL, demoUsers.lead2);
  await page.goto('/projects/arabian-kiertotaloushubi/edit');
  const names = page.getByRole('group', { name: 'Nimi' });
  await expect(names.getByLabel('Nimi', { exact: true })).toHaveValue('Arabian kiertotaloushubi');
  const swedish = names.getByLabel('Ruotsiksi');
  await expect(swedish).toHaveAttribute('lang', 'sv');
  await expect(names.getByLabel('Englanniksi')).toBeVisible();
  await expectNoA11yViolations(page, 'the project form with its languages side by side');
  await swedish.fill('Cirkulär hubb i Arabia');
  await page
    .getByRole('group', { name: 'Kuvaus', exact: true })
    .getByLabel('Ruotsiksi')
    .fill('En hubb för cirkulärt byggande i Arabiastranden.');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page).toHaveURL(/\/projects\/arabian-kiertotaloushubi$/);

  await page.goto('/projects/arabian-kiertotaloushubi?lang=sv');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cirkulär hubb i Arabia');
  await expect(page.getByText('En hubb för cirkulärt byggande i Arabiastranden.')).toBeVisible();
});

test('an embed renders in an iframe on another page and tells it its height', async ({
  page,
  baseURL,
}) => {
  await page.goto(`/embed/projects/${sourceProject}?lang=en`);
  // The embeds' modules compile on first use in the dev server.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Uusimaa Circular Valley pre-study',
    { timeout: 30_000 },
  );
  await expect(page.getByRole('link', { name: /Open the full page/ })).toHaveAttribute(
    'target',
    '_blank',
  );
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expectNoA11yViolations(page, 'the project card embed');

  // The full page offers the code; the code is what a city page pastes.
  await page.goto(`/projects/${sourceProject}?lang=en`);
  await page.getByText('Embed', { exact: true }).click();
  const code = await page.getByLabel('Embed code').inputValue();
  expect(code).toContain(`/embed/projects/${sourceProject}?lang=en`);
  expect(code).toContain('title="Project: Uusimaa Circular Valley pre-study"');

  // A city's page with the code pasted in (served here on the app's host: Chromium keeps a
  // page on another host from framing a loopback address in this sandbox).
  const cityPage = `${baseURL}/city-page.html`;
  await page.route(cityPage, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><title>City page</title><body><h1>City page</h1>${code}</body></html>`,
    }),
  );
  await page.goto(cityPage);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
    'Uusimaa Circular Valley pre-study',
    { timeout: 30_000 },
  );
  // The snippet's script sized the iframe from the embed's message.
  await expect
    .poll(async () => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height))
    .toMatch(/^\d+px$/);
  await expect
    .poll(async () => page.locator('iframe').evaluate((f) => (f as HTMLIFrameElement).style.height))
    .not.toBe('400px');

  // A growth area's timeline embeds too, published projects only.
  await page.goto(
    '/embed/programmes/elinvoimaohjelma-2025-2029/rakentamisen-kiertotalous/timeline?lang=sv',
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Tidslinje: Cirkulär ekonomi i byggandet',
  );
  await expectNoA11yViolations(page, 'the growth area timeline embed');
});
