// The import page as a director uses it: the template in three languages, a file's preview with
// every problem tied to its row and column, and the import button held back until the file is
// clean. The database's dry run is in the cache beforehand (what import_portfolio answered for
// this file; its SQL is proven in import_portfolio.test.sql).
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { checkRequest } from './check-core';
import { ImportPage } from './import-page';
import { spreadsheetQueries, type ImportOutcome } from './queries';

const programmes = [
  { id: 'prog', name: 'Elinvoimaohjelma 2025–2029', growthAreas: ['Luovat alat'] },
];

const badFile = [
  'Tunniste;Hanke;Kasvualue;Tehtävä;Määräaika;Tila',
  'kiertotalot;Kiertotalot;;Pilottikohteen valinta;15.1.2027;Käynnissä',
  ';Uusi hanke;Luovat alat;Aloitus;31.13.2026;',
].join('\r\n');
const goodFile = badFile.replace('31.13.2026', '31.12.2026');

const csvFile = (text: string, name = 'hankkeet.csv') =>
  new File([text], name, { type: 'text/csv' });

async function seedPreview(client: QueryClient, text: string, outcome: ImportOutcome) {
  const answer = await checkRequest({
    name: 'hankkeet.csv',
    buffer: new TextEncoder().encode(text).buffer as ArrayBuffer,
    growthAreas: ['Luovat alat'],
  });
  if (!answer.ok) throw new Error('the test file must be readable');
  client.setQueryData(spreadsheetQueries.preview('prog', answer.check.payload).queryKey, outcome);
}

const outcome: ImportOutcome = {
  created: 3,
  updated: 1,
  unchanged: 0,
  projects: [
    { row: 2, slug: 'kiertotalot', action: 'unchanged' },
    { row: 3, slug: 'uusi-hanke', action: 'create' },
  ],
  tasks: [
    { row: 2, action: 'update' },
    { row: 3, action: 'create' },
  ],
  errors: [],
};

async function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(spreadsheetQueries.programmes().queryKey, programmes);
  await seedPreview(client, badFile, outcome);
  await seedPreview(client, goodFile, outcome);
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <Suspense>
          <ImportPage />
        </Suspense>
      ),
    },
  ]);
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('ImportPage', () => {
  it('offers the template in Finnish, Swedish and English', async () => {
    await renderPage();
    for (const name of [
      'Lataa pohja suomeksi',
      'Lataa pohja ruotsiksi',
      'Lataa pohja englanniksi',
    ]) {
      expect(await screen.findByRole('button', { name })).toBeEnabled();
    }
    expect(screen.getByLabelText('Ohjelma')).toHaveValue('prog');
  });

  it('asks for a file before previewing', async () => {
    const user = await renderPage();
    await user.click(await screen.findByRole('button', { name: 'Esikatsele' }));
    expect(screen.getByLabelText('Tiedosto')).toHaveFocus();
    expect(screen.getByLabelText('Tiedosto')).toHaveAccessibleDescription(
      expect.stringContaining('Pakollinen tieto.'),
    );
  });

  it('previews every row and ties each problem to its row and column; nothing can be imported until it is fixed', async () => {
    const user = await renderPage();
    await user.upload(await screen.findByLabelText('Tiedosto'), csvFile(badFile));
    await user.click(screen.getByRole('button', { name: 'Esikatsele' }));

    expect(await screen.findByRole('heading', { name: 'Esikatselu' })).toHaveFocus();
    expect(screen.getByText('3 luodaan, 1 päivitetään, 0 ennallaan.')).toBeInTheDocument();
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Tiedostossa on 1 korjattava kohta.');
    expect(within(alert).getByRole('listitem')).toHaveTextContent(
      'Rivi 3, sarake Määräaika: 31.13.2026 ei ole päivämäärä (esim. 31.12.2026)',
    );
    const table = screen.getByRole('table', { name: 'Tiedoston rivit ja mitä niille tapahtuu' });
    const [first, second] = within(table).getAllByRole('row').slice(1);
    expect(first).toHaveTextContent('Hanke ennallaan');
    expect(first).toHaveTextContent('Tehtävä päivitetään');
    expect(within(second!).getByRole('rowheader')).toHaveTextContent('3');
    expect(second).toHaveTextContent('Hanke luodaan');
    expect(second).toHaveTextContent('Määräaika: 31.13.2026 ei ole päivämäärä');
    expect(screen.getByRole('button', { name: 'Tuo tiedosto' })).toBeDisabled();
  });

  it('lets the director import once the fixed file previews clean', async () => {
    const user = await renderPage();
    await user.upload(await screen.findByLabelText('Tiedosto'), csvFile(badFile));
    await user.click(screen.getByRole('button', { name: 'Esikatsele' }));
    expect(await screen.findByRole('button', { name: 'Tuo tiedosto' })).toBeDisabled();

    await user.upload(screen.getByLabelText('Tiedosto'), csvFile(goodFile, 'korjattu.csv'));
    await user.click(screen.getByRole('button', { name: 'Esikatsele' }));
    expect(await screen.findByText('Tiedosto korjattu.csv, välilehti korjattu.csv.')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tuo tiedosto' })).toBeEnabled();
  });

  it('names a file that is not a spreadsheet', async () => {
    const user = userEvent.setup({ applyAccept: false });
    await renderPage();
    await user.upload(await screen.findByLabelText('Tiedosto'), new File(['x'], 'kuva.png'));
    await user.click(screen.getByRole('button', { name: 'Esikatsele' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tiedosto ei ole .xlsx- tai .csv-tiedosto.',
    );
  });
});
