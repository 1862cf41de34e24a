import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { sessionQueries } from '@/lib/session';
import { DashboardIndicators } from './dashboard-indicators';
import { toListItem, type IndicatorListItem } from './model';
import { indicatorQueries } from './queries';
import { loadIndicatorTexts } from './texts';

beforeAll(async () => {
  await loadIndicatorTexts();
});

const row = (
  id: string,
  name: string,
  status: 'behind' | 'no_recent_value',
  area: string,
  leads: string[],
): IndicatorListItem => {
  const item = toListItem({
    id,
    name,
    unit: 't',
    decimals: 0,
    published: true,
    status,
    reason: { kind: status === 'behind' ? 'behind' : 'no_value' },
    latest_value: null,
    latest_on: null,
    goal_value: null,
    goal_on: null,
    scope_growth_area_id: area,
    project_id: null,
    recent_values: [],
    lead_person_ids: leads,
  });
  if (!item) throw new Error('bad row');
  return item;
};

const rows = [
  row('i1', 'Uudelleenkäytetyt rakennusosat', 'behind', 'a1', ['p1']),
  row('i2', 'Kiertotaloushubin yritykset', 'behind', 'a1', ['p2']),
  row('i3', 'Luovien alojen kokeilut', 'no_recent_value', 'a2', ['p1', 'p3']),
];

async function renderAt(url: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(indicatorQueries.attention().queryKey, rows);
  client.setQueryData(sessionQueries.current().queryKey, null);
  client.setQueryData(sessionQueries.access(null).queryKey, null);
  const router = createMemoryRouter(
    [
      {
        path: '/dashboard',
        element: (
          <Suspense fallback={null}>
            <DashboardIndicators />
          </Suspense>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  // the section suspends on its strings (React's use): let React settle inside act
  await act(async () => {
    render(
      <QueryClientProvider client={client}>
        <RouterProvider router={router} />
      </QueryClientProvider>,
    );
  });
}

const names = (region: string) =>
  within(screen.getByRole('region', { name: new RegExp(`^${region}`) }))
    .queryAllByRole('link')
    .map((a) => a.textContent);

describe('DashboardIndicators', () => {
  it('lists every indicator needing attention without filters', async () => {
    await renderAt('/dashboard');
    await screen.findByRole('region', { name: /^Jäljessä olevat mittarit/ }, { timeout: 5_000 });
    expect(names('Jäljessä olevat mittarit')).toEqual([
      'Uudelleenkäytetyt rakennusosat',
      'Kiertotaloushubin yritykset',
    ]);
    expect(names('Mittarit ilman tuoretta arvoa')).toEqual(['Luovien alojen kokeilut']);
  });

  it("narrows both lists to the lead's indicators (owned or fed by their projects)", async () => {
    await renderAt('/dashboard?lead=p1');
    await screen.findByRole('region', { name: /^Jäljessä olevat mittarit/ }, { timeout: 5_000 });
    expect(names('Jäljessä olevat mittarit')).toEqual(['Uudelleenkäytetyt rakennusosat']);
    expect(names('Mittarit ilman tuoretta arvoa')).toEqual(['Luovien alojen kokeilut']);
    expect(
      screen.getByText('Näytetään mittarit, joihin valitun vetäjän hankkeet vaikuttavat.'),
    ).toBeVisible();
  });

  it('combines the lead and growth-area filters', async () => {
    await renderAt('/dashboard?lead=p1&area=a1');
    await screen.findByRole('region', { name: /^Jäljessä olevat mittarit/ }, { timeout: 5_000 });
    expect(names('Jäljessä olevat mittarit')).toEqual(['Uudelleenkäytetyt rakennusosat']);
    expect(names('Mittarit ilman tuoretta arvoa')).toEqual([]);
    expect(screen.getByText('Kaikilla mittareilla on tuore arvo.')).toBeVisible();
  });
});
