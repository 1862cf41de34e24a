import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './support/axe';
import { demoUsers, signInThroughApiAs } from './support/auth';
import { expect, test } from './support/test';

// A lead's pages in Swedish and English: every string translated (the translator shows the key of a
// missing one, e.g. "task.markDone"), <html lang> right, and no axe violations in either.

// The top-level groups of the Finnish strings, the source of truth for every key (the public
// pages' file, the timeline's and the rest: src/locales/timeline/, src/locales/later/).
const namespaces = [
  ...new Set(
    [
      '../src/locales/fi.json',
      '../src/locales/timeline/fi.json',
      '../src/locales/later/fi.json',
    ].flatMap((file) =>
      Object.keys(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as object),
    ),
  ),
];
const untranslatedKey = new RegExp(`\\b(?:${namespaces.join('|')})\\.[a-z][A-Za-z_]+\\b`);

async function expectTranslated(page: Page, label: string) {
  const text = await page.locator('body').innerText();
  expect(text.match(untranslatedKey)?.[0], `an untranslated key on ${label}`).toBeUndefined();
}

const languages = [
  { button: 'På svenska', lang: 'sv', todo: 'Vad behöver göras?', myTasks: 'Mina uppgifter' },
  { button: 'In English', lang: 'en', todo: 'To do', myTasks: 'My tasks' },
] as const;

for (const l of languages) {
  test(`a lead's pages in ${l.lang}`, async ({ page, baseURL }) => {
    await signInThroughApiAs(page, baseURL, demoUsers.lead);
    await page.getByRole('button', { name: l.button }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', l.lang);

    await page.goto('/projects/kiertotalot');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kiertotalot');
    await expect(page.getByRole('region', { name: l.todo })).toBeVisible();
    await expectTranslated(page, `the project page (${l.lang})`);
    await expectNoA11yViolations(page, `project page with edit controls (${l.lang})`);

    await page.goto('/projects/kiertotalot/edit');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Kiertotalot');
    await expectTranslated(page, `the project form (${l.lang})`);
    await expectNoA11yViolations(page, `project form (${l.lang})`);

    await page.goto('/my-tasks');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(l.myTasks);
    await expectTranslated(page, `my tasks (${l.lang})`);
    await expectNoA11yViolations(page, `my tasks (${l.lang})`);
    await expect(page.locator('html')).toHaveAttribute('lang', l.lang);
  });
}
