import { expectNoA11yViolations } from './support/axe';
import { demoUsers, signInThroughApiAs } from './support/auth';
import { expect, isolateFromHotReload, test } from './support/test';

// Translated content (#14 §1): a role given when the person was added is edited later in
// Finnish, Swedish and English side by side, and the Swedish project page shows the Swedish
// role where it showed the Finnish one marked "inte översatt".

// Two pages and a form, each checked with axe, on a shared 2-core machine.
test.slow();

test("a lead gives an existing contact's role in Swedish, and the Swedish project page shows it", async ({
  page,
  browser,
  baseURL,
}) => {
  // A Swedish visitor, in a context of their own (the lead's stays Finnish).
  const visitorContext = await browser.newContext();
  await isolateFromHotReload(visitorContext);
  const visitor = await visitorContext.newPage();
  // Before: Lari Sirén's role on Kiertotalot is Finnish only, so the Swedish page falls back.
  await visitor.goto('/projects/kiertotalot?lang=sv');
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'sv', { timeout: 30_000 });
  const contact = visitor.locator('.contact-list > li').filter({ hasText: 'Lari Sirén' });
  const finnish = contact.getByText('Kasvualueen vetäjä', { exact: true });
  await expect(finnish).toHaveAttribute('lang', 'fi');
  await expect(contact).toContainText('(inte översatt)');

  await signInThroughApiAs(page, baseURL, demoUsers.lead);
  await page.goto('/projects/kiertotalot/edit');
  const contacts = page.getByRole('region', { name: 'Yhteyshenkilöt' });
  const edit = contacts.getByRole('button', { name: 'Muokkaa henkilön Lari Sirén roolia' });
  await edit.click();
  await expect(edit).toHaveAttribute('aria-expanded', 'true');
  const form = contacts.getByRole('form', { name: 'Rooli: Lari Sirén' });
  const roles = form.getByRole('group', { name: 'Rooli hankkeessa' });
  await expect(roles.getByLabel('Rooli hankkeessa')).toHaveValue('Kasvualueen vetäjä');
  const swedish = roles.getByLabel('Ruotsiksi');
  await expect(swedish).toHaveAttribute('lang', 'sv');
  await expectNoA11yViolations(page, "a contact's role in three languages side by side");
  await swedish.fill('Tillväxtområdets ledare');
  await form.getByRole('button', { name: 'Tallenna rooli' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Rooli tallennettu: Lari Sirén' }),
  ).toBeVisible();
  await expect(form).toHaveCount(0);

  // The Swedish page now says it in Swedish, with no fallback marker for the role.
  await visitor.reload();
  await expect(visitor.locator('html')).toHaveAttribute('lang', 'sv');
  const after = visitor.locator('.contact-list > li').filter({ hasText: 'Lari Sirén' });
  const role = after.getByText('Tillväxtområdets ledare', { exact: true });
  await expect(role).toBeVisible();
  await expect(role).not.toHaveAttribute('lang', 'fi');
  await expect(after).not.toContainText('inte översatt');
  await expectNoA11yViolations(visitor, 'the Swedish project page with the translated role');
  await visitorContext.close();
});
