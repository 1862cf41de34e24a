import { loadAboutTexts } from './texts';
import { act, render, screen, within } from '@testing-library/react';
import { setLanguage } from '@/lib/i18n';
import { AccessibilityStatement } from './accessibility-statement';
import { accessibilityFeedbackEmail, enforcementBody } from './settings';

beforeAll(async () => {
  await loadAboutTexts();
});

describe('the accessibility statement', () => {
  afterEach(async () => {
    await act(() => setLanguage('fi'));
  });

  it('states conformance, shortcomings, assessment, feedback and the enforcement body', () => {
    render(<AccessibilityStatement />);
    expect(screen.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'Saavutettavuuden tila',
      'Sisältö, joka ei ole saavutettavaa',
      'Miten saavutettavuus on arvioitu',
      'Palaute',
      'Valvontaviranomainen',
    ]);
    expect(
      screen.getByText(/täyttää WCAG 2\.1 -ohjeiston AA-tason vaatimukset osittain/),
    ).toBeVisible();
    // The review date is the hand-kept constant, in the Finnish date format.
    expect(screen.getByText(/tarkistettu viimeksi 03\.12\.2026/)).toBeVisible();
    const shortcomings = screen.getByRole('list');
    expect(within(shortcomings).getAllByRole('listitem').length).toBeGreaterThanOrEqual(3);
    expect(within(shortcomings).getByText(/vain suomeksi/)).toBeVisible();
    expect(screen.getByRole('link', { name: accessibilityFeedbackEmail })).toHaveAttribute(
      'href',
      `mailto:${accessibilityFeedbackEmail}`,
    );
    expect(screen.getByRole('link', { name: enforcementBody.email })).toHaveAttribute(
      'href',
      `mailto:${enforcementBody.email}`,
    );
    expect(screen.getByRole('link', { name: 'www.saavutettavuusvaatimukset.fi' })).toBeVisible();
  });

  it('speaks Swedish and English', async () => {
    await act(() => setLanguage('sv'));
    const { unmount } = render(<AccessibilityStatement />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Tillgänglighetsutlåtande' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 2, name: 'Tillsynsmyndighet' })).toBeVisible();
    unmount();
    await act(() => setLanguage('en'));
    render(<AccessibilityStatement />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Accessibility statement' }),
    ).toBeVisible();
    expect(screen.getByText(/partially conforms with WCAG 2\.1 level AA/)).toBeVisible();
    expect(screen.getByText(/last reviewed on 3 Dec 2026/)).toBeVisible();
  });
});
