import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadContentTexts } from '@/lib/content-texts';
import type { TranslationCoverageRow } from './queries';
import { CoverageView } from './translation-coverage';

beforeAll(async () => {
  await loadContentTexts();
});

const rows: TranslationCoverageRow[] = [
  { language: 'sv', kind: 'project', total: 14, translated: 9 },
  { language: 'en', kind: 'project', total: 14, translated: 2 },
  { language: 'sv', kind: 'growth_area', total: 5, translated: 5 },
];

describe("the directors' translation coverage", () => {
  it('is read only when asked, so a dashboard load stays at three requests', async () => {
    const show = vi.fn();
    render(<CoverageView rows={undefined} show={show} />);
    const section = screen.getByRole('region', { name: 'Käännökset' });
    expect(within(section).queryByRole('table')).toBeNull();
    await userEvent.click(
      within(section).getByRole('button', { name: 'Näytä käännösten kattavuus' }),
    );
    expect(show).toHaveBeenCalledOnce();
  });

  it('says per language how much is translated, and takes focus when the figures come', async () => {
    function Page() {
      const [data, setData] = useState<TranslationCoverageRow[] | undefined>();
      return <CoverageView rows={data} show={() => setTimeout(() => setData(rows), 10)} />;
    }
    render(<Page />);
    await userEvent.click(screen.getByRole('button', { name: 'Näytä käännösten kattavuus' }));
    const heading = await screen.findByRole('heading', { name: 'Käännökset' });
    await screen.findByText('Ruotsi: 9 / 14 julkaistua hanketta');
    expect(heading).toHaveFocus();
    expect(screen.getByText('Englanti: 2 / 14 julkaistua hanketta')).toBeVisible();
    const table = screen.getByRole('table', { name: 'Julkaistun sisällön käännökset kielittäin' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });
});
