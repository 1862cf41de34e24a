import { loadAboutTexts } from './texts';
import { render, screen, within } from '@testing-library/react';
import { OpenDataPage } from './open-data-page';
import { publicRelations } from './public-relations';

beforeAll(async () => {
  await loadAboutTexts();
});

describe('the open data page', () => {
  it('tells where the API is, what it offers, the licence and the limits', () => {
    render(<OpenDataPage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Avoin data' })).toBeVisible();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Rajapinta',
      'Taulut ja näkymät',
      'Lisenssi',
      'Käyttörajat',
    ]);
    expect(screen.getByText(/\/rest\/v1\/$/)).toBeVisible();
    expect(screen.getByText(/curl '.*\/rest\/v1\/project_overview\?/)).toBeVisible();
    const tables = screen.getByRole('list', { name: 'Taulut ja näkymät' });
    expect(
      within(tables)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([...publicRelations]);
    expect(screen.getByRole('link', { name: 'CC BY 4.0' })).toHaveAttribute(
      'href',
      'https://creativecommons.org/licenses/by/4.0/',
    );
    expect(screen.getByText(/enintään 1000 riviä/)).toBeVisible();
  });
});
