import type { Page } from '@playwright/test';
import { demoPassword, signInThroughUi } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

export const password = demoPassword;

/** 31.12.2025 — how the Finnish UI writes a date. */
export function finnishDate(date = new Date()): string {
  const dd = String(date.getDate()).padStart(2, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  return `${dd}.${mm}.${date.getFullYear()}`;
}

/** axe-core with the WCAG 2.1 A and AA rules: the page must have no violations. */
export async function expectAccessible(page: Page) {
  await expectNoA11yViolations(page);
}

/** Signs in through the sign-in page and lands on `next`. */
export async function signIn(page: Page, email: string, next = '/') {
  await signInThroughUi(page, email, { password, next });
}
