import { expectNoA11yViolations } from './support/axe';
import { demoUsers, signInThroughApiAs } from './support/auth';
import { expect, isolateFromHotReload, test } from './support/test';

// Translated content (#14 §1): a partner's role and a follow-up project's name are edited in
// Finnish, Swedish and English side by side on the project's edit page (directors), and the
// Swedish project page shows the Swedish text where it showed the Finnish one marked
// "inte översatt".

// Two pages and a form, each checked with axe, on a shared 2-core machine.
test.slow();

const SLUG = 'uudenmaan-kiertotalouslaakso-esiselvityshanke';

test('a director gives a partner role and a follow-up name in Swedish; the Swedish page shows them', async ({
  page,
  browser,
  baseURL,
}) => {
  // A Swedish visitor, in a context of their own (the director's stays Finnish).
  const visitorContext = await browser.newContext();
  await isolateFromHotReload(visitorContext);
  const visitor = await visitorContext.newPage();
  // Before: the follow-up "Kaikki muovi kiertää" has no Swedish name, so the page falls back.
  await visitor.goto(`/projects/${SLUG}?lang=sv`);
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'sv', { timeout: 30_000 });
  const aside = visitor.locator('.project-page__aside');
  const followUp = aside.locator('li').filter({ hasText: /^Kaikki muovi kiertää/ });
  await expect(followUp.getByText('Kaikki muovi kiertää', { exact: true })).toHaveAttribute(
    'lang',
    'fi',
  );
  await expect(followUp).toContainText('(inte översatt)');

  await signInThroughApiAs(page, baseURL, demoUsers.director);
  await page.goto(`/projects/${SLUG}/edit`);
  const section = page.getByRole('region', { name: 'Kumppanit ja jatkohankkeet' });

  // The partner's role, which had none, in Finnish and Swedish.
  const edit = section.getByRole('button', { name: 'Muokkaa kumppanin Green Net Finland roolia' });
  await edit.click();
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  const roleForm = section.getByRole('form', { name: 'Rooli: Green Net Finland' });
  const roles = roleForm.getByRole('group', { name: 'Rooli hankkeessa' });
  await roles.getByLabel('Rooli hankkeessa').fill('Koordinaattori');
  await expect(roles.getByLabel('Ruotsiksi')).toHaveAttribute('lang', 'sv');
  await roles.getByLabel('Ruotsiksi').fill('Koordinator');
  await expectNoA11yViolations(
    page,
    'partner roles and follow-ups in three languages side by side',
  );
  await roleForm.getByRole('button', { name: 'Tallenna rooli' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Rooli tallennettu: Green Net Finland' }),
  ).toBeVisible();
  await expect(roleForm).toHaveCount(0);
  await expect(
    section.getByRole('listitem').filter({ hasText: 'Green Net Finland' }),
  ).toContainText('Koordinaattori');

  // The follow-up's Swedish name.
  const followUpForm = section.getByRole('form', { name: 'Jatkohanke: Kaikki muovi kiertää' });
  const names = followUpForm.getByRole('group', { name: 'Jatkohankkeen nimi' });
  await expect(names.getByLabel('Jatkohankkeen nimi')).toHaveValue('Kaikki muovi kiertää');
  await names.getByLabel('Ruotsiksi').fill('Allt plast cirkulerar');
  await followUpForm.getByRole('button', { name: 'Tallenna jatkohanke' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Jatkohanke tallennettu: Kaikki muovi kiertää' }),
  ).toBeVisible();

  // The Swedish page now says both in Swedish, with no fallback marker for them.
  await visitor.reload();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'sv');
  const translated = aside.locator('li').filter({ hasText: /^Allt plast cirkulerar/ });
  await expect(translated.getByText('Allt plast cirkulerar', { exact: true })).not.toHaveAttribute(
    'lang',
    'fi',
  );
  await expect(translated).not.toContainText('inte översatt');
  const partner = aside.locator('li').filter({ hasText: 'Green Net Finland' });
  await expect(partner.getByText('Koordinator', { exact: true })).toBeVisible();
  await expect(partner).not.toContainText('inte översatt');
  await expectNoA11yViolations(visitor, 'the Swedish project page with the translated texts');
  await visitorContext.close();
});
