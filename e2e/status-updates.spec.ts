import type { APIRequestContext } from '@playwright/test';
import { demoUsers, signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { expect, test } from './support/test';

// Issue #11 §2, §4: status updates on the project page, in review mode and on the dashboard;
// the directors' nudge, its log and its mail; following a project and a growth area.

const project = { slug: 'kiertotalot', name: 'Kiertotalot' };

interface CaughtMail {
  to: string[];
  subject: string;
  text: string;
}

async function mails(request: APIRequestContext): Promise<CaughtMail[]> {
  const response = await request.get('/_mail/api/messages');
  expect(response.ok()).toBe(true);
  return (await response.json()) as CaughtMail[];
}

test('a lead posts a status update; it shows on the project page and in review mode', async ({
  page,
}) => {
  await signIn(page, demoUsers.lead, `/projects/${project.slug}`);
  const section = page.getByRole('region', { name: 'Tilannekatsaukset' });
  await section.getByRole('button', { name: 'Kirjoita tilannekatsaus' }).click();
  const form = page.getByRole('form', { name: 'Uusi tilannekatsaus' });
  await expect(form).toBeVisible();
  await expectNoA11yViolations(page);

  // Nothing written: the form says what is missing beside the field.
  await form.getByRole('button', { name: 'Tallenna tilannekatsaus' }).click();
  await expect(form.getByLabel(/Mitä on tapahtunut/)).toHaveAccessibleDescription(
    'Pakollinen tieto.',
  );

  const happened = `Pilottikohteen purkukartoitus valmistui ${Date.now()}.`;
  await form.getByLabel(/Mitä on tapahtunut/).fill(happened);
  await form.getByLabel('Mitä seuraavaksi').fill('Materiaalien uudelleenkäytön hankinta.');
  await form.getByLabel('Riskit tai tarvittava apu').fill('Varastotila puuttuu.');
  await form.getByLabel('Ehdotettu aikataulun tila').selectOption({ label: 'Myöhässä' });
  await form.getByRole('button', { name: 'Tallenna tilannekatsaus' }).click();

  await expect(section.getByText('Tilannekatsaus tallennettu.')).toBeVisible();
  await expect(form).toHaveCount(0);
  const newest = section.getByRole('article').first();
  await expect(newest).toContainText(happened);
  await expect(newest).toContainText('Materiaalien uudelleenkäytön hankinta.');
  await expect(newest).toContainText('Ehdotettu aikataulun tila: Myöhässä');
  await expect(newest.getByRole('heading')).toContainText('Ronny Rantamäki');
  await expectNoA11yViolations(page);

  // A visitor sees it too: the project is published.
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await page.goto(`/projects/${project.slug}`);
  await expect(
    page.getByRole('region', { name: 'Tilannekatsaukset' }).getByText(happened),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Kirjoita tilannekatsaus' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Seuraa hanketta' })).toHaveCount(0);

  // Review mode labels it for the directors.
  await signIn(page, demoUsers.director, '/dashboard?review=1');
  const review = page.getByRole('region', { name: 'Mitä on muuttunut?' });
  await expect(
    review.getByText(/Tilannekatsaus kirjoitettu, ehdotettu aikataulun tila: Myöhässä/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: /Tilannekatsaus erääntynyt/ })).toBeVisible();
  await expectNoA11yViolations(page);
});

test('a director nudges the leads: logged, mailed, and not again within the hour', async ({
  page,
  request,
}) => {
  await request.delete('/_mail/api/messages');
  await signIn(page, demoUsers.director, `/projects/${project.slug}`);
  const reminders = page.getByRole('region', { name: 'Muistutukset' });
  const nudge = reminders.getByRole('form', { name: 'Muistuta vetäjiä' });
  await expect(nudge).toBeVisible();
  // The reminder timer may already have told the lead of a late task: the log is not empty.
  await expect(reminders.getByRole('heading', { name: 'Muistutusloki' })).toBeVisible();
  await expectNoA11yViolations(page);

  const message = `Tilannekatsaus puuttuu, kirjoitathan sen tällä viikolla (${Date.now()}).`;
  await nudge.getByLabel('Viesti vetäjille (valinnainen)').fill(message);
  await nudge.getByRole('button', { name: 'Muistuta vetäjiä' }).click();
  await expect(nudge.getByText('Muistutus lähetetty hankkeen vetäjille.')).toBeVisible();

  // The log says who was reminded of what.
  const log = reminders.getByRole('table', { name: 'Muistutusloki' });
  const row = log.getByRole('row').filter({ hasText: 'Muistutus ohjelmajohdolta' });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Ronny Rantamäki');
  await expect(row).toContainText('Lukematta');

  // The mail reaches the lead through the local stack's catcher (the worker runs on demand).
  await expect
    .poll(
      async () => {
        await request.post('/_mail/api/run', { data: {} });
        // (the lead may also get the day's digest of late tasks)
        return (await mails(request)).filter((m) => m.to.includes(demoUsers.lead));
      },
      { timeout: 30_000 },
    )
    .toContainEqual(
      expect.objectContaining({
        subject: `Muistutus: ${project.name}`,
        text: expect.stringContaining(message),
      }),
    );
  await page.reload();
  await expect(
    page
      .getByRole('table', { name: 'Muistutusloki' })
      .getByRole('row')
      .filter({ hasText: 'Muistutus ohjelmajohdolta' }),
  ).toContainText('Lähetetty');

  // A second nudge within the hour: the database refuses, the page says why by the button.
  const again = page.getByRole('form', { name: 'Muistuta vetäjiä' });
  await again.getByRole('button', { name: 'Muistuta vetäjiä' }).click();
  await expect(again.getByRole('alert')).toHaveText(
    /Tämän hankkeen vetäjiä on muistutettu alle tunti sitten/,
  );
  await expect(again.getByText('Muistutus lähetetty hankkeen vetäjille.')).toHaveCount(0);
  await expectNoA11yViolations(page);
});

test('a signed-in user follows and unfollows a project and a growth area', async ({ page }) => {
  await signIn(page, demoUsers.viewer, `/projects/${project.slug}`);
  const follow = page.getByRole('button', { name: 'Seuraa hanketta' });
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await follow.click();
  await expect(follow).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText(`Seuraat nyt: ${project.name}.`)).toBeVisible();
  await expect(follow).toHaveAccessibleDescription(/Seuraat tätä hanketta/);
  await expectNoA11yViolations(page);

  // Saved: still followed after a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Seuraa hanketta' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await page.getByRole('button', { name: 'Seuraa hanketta' }).click();
  await expect(page.getByRole('button', { name: 'Seuraa hanketta' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );
  await expect(page.getByText(`Et enää seuraa: ${project.name}.`)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Seuraa hanketta' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  // The growth area from the breadcrumb.
  await page.getByRole('navigation', { name: 'Sijainti' }).getByRole('link').nth(1).click();
  const followArea = page.getByRole('button', { name: 'Seuraa kasvualuetta' });
  await followArea.click();
  await expect(followArea).toHaveAttribute('aria-pressed', 'true');
  await expectNoA11yViolations(page);
  await followArea.click();
  await expect(followArea).toHaveAttribute('aria-pressed', 'false');
});
