import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { finnishDate } from './support/dates';

const languages = [
  {
    switchTo: 'Suomeksi',
    programme: 'Elinvoimaohjelma 2025–2029',
    areas: [
      'Terveys & hyvinvointi',
      'Luovat alat',
      'Rakentamisen kiertotalous',
      'Meriklusteri',
      'Ruoka',
    ],
    project: 'Uudenmaan kiertotalouslaakso -esiselvityshanke',
    nextTask: 'Kaikki muovi kiertää -jatkohankkeen toteutuminen',
    lang: 'fi',
    portfolio: 'Salkku',
    lead: 'Vetäjä',
    vacant: 'Avoin',
    stage: 'Eteneminen',
    todo: 'Mitä on tehtävä?',
    done: 'Mitä on tehty?',
    contacts: 'Yhteyshenkilöt',
    mainContact: 'Pääyhteyshenkilö',
    updated: 'Tietoja päivitetty 11.08.2022',
    span: '01.04.2021 → 31.12.2023',
  },
  {
    switchTo: 'På svenska',
    // The seed's Swedish and English content (Kiertotalot has none: Finnish stands in).
    programme: 'Livskraftsprogrammet 2025–2029',
    areas: [
      'Hälsa & välbefinnande',
      'Kreativa branscher',
      'Cirkulär ekonomi i byggandet',
      'Maritima klustret',
      'Mat',
    ],
    project: 'Nylands cirkulärekonomidal – förstudieprojekt',
    nextTask: 'Fortsättningsprojektet All plast cirkulerar genomförs',
    lang: 'sv',
    portfolio: 'Portfölj',
    lead: 'Ledare',
    vacant: 'Vakant',
    stage: 'Framsteg',
    todo: 'Vad behöver göras?',
    done: 'Vad har gjorts?',
    contacts: 'Kontaktpersoner',
    mainContact: 'Huvudkontaktperson',
    updated: 'Uppgifterna uppdaterade 11.08.2022',
    span: '01.04.2021 → 31.12.2023',
  },
  {
    switchTo: 'In English',
    programme: 'Vitality Programme 2025–2029',
    areas: [
      'Health & wellbeing',
      'Creative industries',
      'Circular construction',
      'Maritime cluster',
      'Food',
    ],
    project: 'Uusimaa Circular Valley pre-study',
    nextTask: 'The All Plastic Circulates follow-up goes ahead',
    lang: 'en',
    portfolio: 'Portfolio',
    lead: 'Lead',
    vacant: 'Vacant',
    stage: 'Progress',
    todo: 'To do',
    done: 'Done',
    contacts: 'Contacts',
    mainContact: 'Main contact',
    updated: 'Last updated 11 Aug 2022',
    span: '1 Apr 2021 → 31 Dec 2023',
  },
];

for (const l of languages) {
  test(`a visitor browses portfolio → growth area → project (${l.lang})`, async ({ page }) => {
    const [firstArea = '', , circular = ''] = l.areas;
    await page.goto('/');
    await page.getByRole('button', { name: l.switchTo }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
    await expect(
      page.getByRole('navigation').getByRole('link', { name: l.portfolio }),
    ).toBeVisible();

    // Portfolio: the programme and its five growth areas in order, vacant leads named so.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.programme);
    await expect(page).toHaveTitle(new RegExp(l.programme));
    const areas = page.getByRole('heading', { level: 2 }).getByRole('link');
    await expect(areas).toHaveText(l.areas);
    await expect(page.getByRole('region', { name: firstArea })).toContainText(
      `${l.lead}: ${l.vacant}`,
    );
    await expectNoA11yViolations(page);

    // Growth area page.
    await page.getByRole('link', { name: circular }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(circular);
    await expect(page.getByRole('link', { name: 'Kiertotalot' })).toBeVisible();
    await expectNoA11yViolations(page);

    // The source document's project, in its older programme.
    await page.goto('/projects/uudenmaan-kiertotalouslaakso-esiselvityshanke');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.project);
    await expect(page.getByRole('list', { name: l.stage }).getByRole('listitem')).toHaveCount(4);
    await expect(page.getByRole('region', { name: l.todo })).toContainText(l.nextTask);
    await expect(page.getByRole('region', { name: l.done })).toContainText(l.project);
    await expect(page.getByText(l.updated)).toBeVisible();
    const contacts = page.getByRole('complementary');
    await expect(contacts).toContainText(l.contacts);
    await expect(contacts).toContainText(`${l.mainContact}Nea Metsänranta`);
    await expect(contacts).toContainText(l.span);
    await expectNoA11yViolations(page);
  });
}

test('the language choice is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'På svenska' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
  await expect(page.getByRole('link', { name: 'Hoppa till innehållet' })).toBeAttached();
});

test('filters live in the URL', async ({ page }) => {
  await page.goto('/?status=late');
  await expect(page.getByLabel('Aikataulu')).toHaveValue('late');
  await expect(page.getByRole('status').filter({ hasText: 'Näytetään' })).toBeVisible();
  await page.getByLabel('Hae nimellä').fill('kiertotalot');
  await expect(page).toHaveURL(/q=kiertotalot/);
  await expectNoA11yViolations(page);
});

test('an unknown project is a clear "not found"', async ({ page }) => {
  await page.goto('/projects/ei-ole-olemassa');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hanketta ei löytynyt');
  await expectNoA11yViolations(page);
});

test('a visitor sees when a project was last updated and by whom', async ({ browser, page }) => {
  // The lead saves Kiertotalot; a visitor then reads the lead's name, never an e-mail.
  await signIn(page, 'lead@salkku.test');
  await page.goto('/projects/kiertotalot/edit');
  await page.getByRole('button', { name: 'Tallenna' }).click();
  await expect(page).toHaveURL(/\/projects\/kiertotalot$/);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto('/projects/kiertotalot');
  const aside = visitor.getByRole('complementary', { name: 'Yhteenveto ja yhteystiedot' });
  await expect(aside).toContainText(
    `Tietoja päivitetty ${finnishDate()}, päivittäjä Ronny Rantamäki`,
  );
  await expect(aside).not.toContainText('@');
  await visitor.close();
});
