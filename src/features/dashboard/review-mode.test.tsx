import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ReviewChanges } from './review-mode';
import { createDashboardT } from './strings';
import { reviewFixture } from '@/test/dashboard-data';

const t = createDashboardT('fi');

describe('review mode', () => {
  it('groups changes per growth area and project, newest first, with who and old → new', () => {
    render(
      <MemoryRouter>
        <ReviewChanges changes={reviewFixture()} t={t} lang="fi" />
      </MemoryRouter>,
    );
    expect(screen.getByText('4 muutosta')).toBeVisible();
    const area = screen.getByRole('region', { name: 'Rakentamisen kiertotalous' });
    expect(within(area).getByRole('link', { name: 'Kiertotalot' })).toHaveAttribute(
      'href',
      '/projects/kiertotalot',
    );
    const items = within(area)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items[0]).toContain('Tehtävä tehty 21.11.2026');
    expect(items[1]).toContain('Aikataulu: laskettu → Myöhässä');
    expect(items[1]).toContain('Yritysten haastattelut venyvät');
    expect(items[2]).toContain('Määräaika siirretty: 30.11.2026 → 18.12.2026');
    expect(items[2]).toContain('Ronny Rantamäki');
    const other = screen.getByRole('region', { name: 'Muut hankkeet' });
    expect(within(other).getByText(/Hanke luotu/)).toBeVisible();
    expect(within(other).getByText(/ylläpito/)).toBeVisible();
  });

  it.each([
    [
      'fi',
      'Tilannekatsaus kirjoitettu, ehdotettu aikataulun tila: Myöhässä',
      'Tilannekatsaus kirjoitettu',
    ],
    ['sv', 'Lägesrapport skriven, föreslagen tidtabellsstatus: Försenad', 'Lägesrapport skriven'],
    ['en', 'Status update posted, proposed schedule status: Late', 'Status update posted'],
  ] as const)(
    'labels a posted status update in %s, with the proposal and what happened',
    (lang, proposed, plain) => {
      const base = reviewFixture()[0]!;
      render(
        <MemoryRouter>
          <ReviewChanges
            changes={[
              {
                ...base,
                auditId: 10,
                kind: 'status_update_posted',
                taskTitle: null,
                oldValue: null,
                newValue: 'late',
                note: 'Hankinta viivästyi.',
              },
              {
                ...base,
                auditId: 11,
                kind: 'status_update_posted',
                taskTitle: null,
                oldValue: null,
                newValue: null,
                note: 'Kaikki hyvin.',
              },
            ]}
            t={createDashboardT(lang)}
            lang={lang}
          />
        </MemoryRouter>,
      );
      const items = screen.getAllByRole('listitem').map((li) => li.textContent);
      expect(
        items.some((text) => text?.includes(proposed) && text.includes('“Hankinta viivästyi.”')),
      ).toBe(true);
      expect(items.some((text) => text?.includes(`${plain} — “Kaikki hyvin.”`))).toBe(true);
    },
  );

  it('cuts a long status update at a word, whole text being on the project page', () => {
    const base = reviewFixture()[0]!;
    const long = `${'Purkukartoitus eteni. '.repeat(30)}Loppu.`;
    render(
      <MemoryRouter>
        <ReviewChanges
          changes={[
            {
              ...base,
              auditId: 12,
              kind: 'status_update_posted',
              taskTitle: null,
              oldValue: null,
              newValue: null,
              note: long,
            },
          ]}
          t={t}
          lang="fi"
        />
      </MemoryRouter>,
    );
    const text = screen.getAllByRole('listitem')[0]!.textContent ?? '';
    expect(text).toContain('Purkukartoitus eteni. Purkukartoitus');
    expect(text).toContain('eteni.…”');
    expect(text).not.toContain('Loppu.');
  });

  it('says when nothing changed', () => {
    render(<ReviewChanges changes={[]} t={t} lang="fi" />);
    expect(screen.getByText('Ei muutoksia valittuna aikana.')).toBeVisible();
  });
});
