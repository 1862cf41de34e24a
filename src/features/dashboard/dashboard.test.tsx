import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DashboardView } from './dashboard-page';
import type { Download, ListLoaders } from './dashboard-lists';
import { createDashboardT } from './strings';
import type { DashboardFilters, DashboardSummary } from './summary';
import type { DashboardStatusDue } from './types';
import { dashboardFixture } from '@/test/dashboard-data';

const t = createDashboardT('fi');

function Harness({
  download,
  summary = dashboardFixture(),
  loaders,
  onFilters,
}: {
  download?: Download;
  summary?: DashboardSummary;
  loaders?: ListLoaders;
  onFilters?: (filters: DashboardFilters) => void;
}) {
  const [filters, setFilters] = useState<DashboardFilters>({ area: null, lead: null });
  return (
    <MemoryRouter>
      <DashboardView
        summary={summary}
        filters={filters}
        onFiltersChange={(f) => {
          setFilters(f);
          onFilters?.(f);
        }}
        loaders={loaders}
        t={t}
        lang="fi"
        today="2026-11-22"
        signedIn
        download={download}
      />
    </MemoryRouter>
  );
}

function tableRows(name: RegExp) {
  const table = screen.getByRole('table', { name });
  return rowsOf(table);
}

function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .map((row) => Array.from(row.querySelectorAll('th, td'), (c) => c.textContent));
}

describe('charts: the table alternative', () => {
  // Loaded once here, so the lazy charts resolve at once below.
  beforeAll(() => import('./area-charts'), 60_000);
  // The charts are a lazy chunk of their own (they load after the headline): found, not got.
  it('gives the stage chart as a table with one row per growth area, other projects last', async () => {
    render(<Harness />);
    const table = await screen.findByRole(
      'table',
      {
        name: /Eteneminen kasvualueittain — Kaavion tiedot taulukkona/,
      },
      { timeout: 10_000 },
    );
    expect(rowsOf(table)).toEqual([
      ['Kasvualue', 'Ei aloitettu', 'Suunnittelu', 'Toteutus', 'Valmis', 'Yhteensä'],
      ['Rakentamisen kiertotalous', '0', '1', '1', '0', '2'],
      ['Ruoka', '1', '0', '0', '0', '1'],
      ['Muut hankkeet', '0', '0', '1', '0', '1'],
    ]);
  });

  it('gives the schedule status chart as a table, in words as well as colour', async () => {
    render(<Harness />);
    const table = await screen.findByRole(
      'table',
      {
        name: /Aikataulutilanne kasvualueittain — Kaavion tiedot taulukkona/,
      },
      { timeout: 10_000 },
    );
    expect(rowsOf(table)).toEqual([
      [
        'Kasvualue',
        'Aikataulussa',
        'Myöhässä',
        'Ei toteuteta tässä vaiheessa',
        'Ei aloitettu',
        'Yhteensä',
      ],
      ['Rakentamisen kiertotalous', '1', '1', '0', '0', '2'],
      ['Ruoka', '0', '0', '0', '1', '1'],
      ['Muut hankkeet', '0', '1', '0', '0', '1'],
    ]);
  });

  it('summarises each chart in text', async () => {
    render(<Harness />);
    const chart = await screen.findByRole(
      'figure',
      { name: 'Aikataulutilanne kasvualueittain' },
      { timeout: 10_000 },
    );
    expect(
      within(chart).getByText('Rakentamisen kiertotalous: 2 hanketta. Aikataulussa 1, Myöhässä 1.'),
    ).toBeVisible();
    expect(within(chart).getByText('Ruoka: 1 hanke. Ei aloitettu 1.')).toBeVisible();
    expect(
      screen.getByRole('img', { name: /Aikataulutilanne kasvualueittain\. Pinottu pylväskaavio/ }),
    ).toBeInTheDocument();
  });

  it('puts the growth area and lead filters in the hands of the page (URL)', async () => {
    const user = userEvent.setup();
    const onFilters = vi.fn();
    render(<Harness onFilters={onFilters} />);
    await user.selectOptions(screen.getByLabelText('Kasvualue'), 'Rakentamisen kiertotalous');
    expect(onFilters).toHaveBeenLastCalledWith({ area: 'a1', lead: null });
    await user.selectOptions(screen.getByLabelText('Vastuuhenkilö'), 'Laura Majoinen');
    expect(onFilters).toHaveBeenLastCalledWith({ area: 'a1', lead: 'p2' });
    await user.selectOptions(screen.getByLabelText('Kasvualue'), 'Muut hankkeet');
    expect(onFilters).toHaveBeenLastCalledWith({ area: 'other', lead: 'p2' });
    await user.click(screen.getByRole('button', { name: 'Poista rajaukset' }));
    expect(onFilters).toHaveBeenLastCalledWith({ area: null, lead: null });
  });
});

describe('headline first, lists after', () => {
  it('shows the figures while the lists are still coming, and says they are loading', () => {
    render(
      <MemoryRouter>
        <DashboardView
          summary={{ ...dashboardFixture(), overdue: [], late: [] }}
          listsLoading
          filters={{ area: null, lead: null }}
          onFiltersChange={() => {}}
          t={t}
          lang="fi"
          today="2026-11-22"
          signedIn={false}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { name: 'Tunnusluvut' })).toBeVisible();
    const lists = screen.getByRole('region', { name: 'Listat' });
    expect(within(lists).getByRole('status')).toHaveTextContent('Ladataan…');
    expect(within(lists).queryByRole('table')).toBeNull();
  });

  it('says so when the lists could not be read', () => {
    render(
      <MemoryRouter>
        <DashboardView
          summary={dashboardFixture()}
          listsFailed
          filters={{ area: null, lead: null }}
          onFiltersChange={() => {}}
          t={t}
          lang="fi"
          today="2026-11-22"
          signedIn={false}
        />
      </MemoryRouter>,
    );
    expect(
      within(screen.getByRole('region', { name: 'Listat' })).getByRole('alert'),
    ).toHaveTextContent('Kojelaudan lataus epäonnistui.');
  });
});

describe('headline figures and lists', () => {
  it('shows the figures with their labels', () => {
    render(<Harness />);
    const figures = screen.getByRole('region', { name: 'Tunnusluvut' });
    const term = within(figures).getByText('Myöhässä olevia tehtäviä');
    expect(term.nextElementSibling).toHaveTextContent('2');
    expect(within(figures).getByText('Myöhässä').nextElementSibling).toHaveTextContent('2');
  });

  it('lists overdue tasks oldest first, each linking to its project', () => {
    render(<Harness />);
    const list = screen.getByRole('region', { name: /Myöhässä olevat tehtävät/ });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[4]?.textContent)).toEqual(['175', '12']);
    expect(within(rows[1]!).getByRole('link', { name: 'Kiertotalot' })).toHaveAttribute(
      'href',
      '/projects/kiertotalot',
    );
  });

  it('explains why a stale project is late', () => {
    render(<Harness />);
    const list = screen.getByRole('region', { name: /Päivittämättä jääneet hankkeet/ });
    expect(
      within(list).getByText(
        '2 tehtävää myöhässä (vanhin määräaika 31.05.2026); päättymispäivä ohitettu 30.06.2026',
      ),
    ).toBeVisible();
  });
});

describe('CSV export', () => {
  it('downloads the overdue list with every row, formulas neutralised', async () => {
    const user = userEvent.setup();
    const download = vi.fn<Download>();
    render(<Harness download={download} />);
    await user.click(screen.getByRole('button', { name: 'Lataa CSV: Myöhässä olevat tehtävät' }));
    expect(download).toHaveBeenCalledTimes(1);
    const [fileName, blob] = download.mock.calls[0]!;
    expect(fileName).toBe('myohassa-olevat-tehtavat-2026-11-22.csv');
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const text = (await blob.text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')).toEqual([
      'Tehtävä,Hanke,Vastuuhenkilö,Määräaika,Päiviä myöhässä,Tekijä',
      `"'=HYPERLINK(""http://evil.example"",""klikkaa"")",Terveysteknologian testiympäristö,Sanna Korhonen,2026-05-31,175,`,
      'Pilottikohteen valinta,Kiertotalot,Ronny Rantamäki,2026-11-10,12,Ronny Rantamäki',
      '',
    ]);
  });

  it('fetches the whole list for the file when the summary cut it', async () => {
    const user = userEvent.setup();
    const download = vi.fn<Download>();
    const summary = dashboardFixture();
    const all = [
      ...summary.overdue,
      { ...summary.overdue[1]!, id: 't9', title: 'Kolmas', daysLate: 3 },
    ];
    summary.headline.overdueTasks = 3;
    const overdue = vi.fn(() => Promise.resolve(all));
    const loaders = {
      late: vi.fn(() => Promise.resolve(summary.late)),
      overdue,
      upcoming: vi.fn(() => Promise.resolve(summary.upcoming)),
      stale: vi.fn(() => Promise.resolve(summary.stale)),
      endingThisYear: vi.fn(() => Promise.resolve(summary.endingThisYear)),
      funding: vi.fn(() => Promise.resolve(summary.funding)),
    };
    render(<Harness download={download} summary={summary} loaders={loaders} />);
    expect(screen.getByText('Näytetään 2 / 3; CSV-tiedostossa ovat kaikki.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Lataa CSV: Myöhässä olevat tehtävät' }));
    expect(overdue).toHaveBeenCalledTimes(1);
    const text = await download.mock.calls[0]![1].text();
    expect(text.trim().split('\r\n')).toHaveLength(4);
    expect(text).toContain('Kolmas,Kiertotalot,Ronny Rantamäki,2026-11-10,3,');
    await user.click(
      screen.getByRole('button', { name: 'Lataa CSV: Tänä vuonna päättyvät hankkeet' }),
    );
    expect(loaders.endingThisYear).not.toHaveBeenCalled();
  });

  it('lists the late projects with their reasons, each linked to its project', () => {
    const summary = dashboardFixture();
    render(<Harness summary={summary} />);
    const late = screen.getByRole('region', { name: /^Myöhässä olevat hankkeet/ });
    const rows = within(late).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(summary.late.length);
    expect(summary.late.length).toBeGreaterThan(0);
    const first = summary.late[0]!;
    expect(within(rows[0]!).getByRole('link', { name: first.name })).toHaveAttribute(
      'href',
      `/projects/${first.slug}`,
    );
    expect(rows[0]).toHaveTextContent(/myöhässä \(/);
  });

  it('offers no export of an empty list', () => {
    const summary = dashboardFixture();
    summary.funding = [];
    summary.headline.fundingAwaiting = 0;
    render(<Harness summary={summary} />);
    expect(
      screen.getByRole('button', { name: 'Lataa CSV: Rahoitus odottaa päätöstä' }),
    ).toBeDisabled();
    expect(screen.getByText('Ei päätöstä odottavia rahoitushakemuksia.')).toBeVisible();
  });
});

describe('projects without a status update within the cadence', () => {
  const due: DashboardStatusDue[] = [
    {
      id: 'p1',
      projectSlug: 'kiertotalot',
      projectName: 'Kiertotalot',
      growthAreaId: 'a1',
      cadence: 'monthly',
      lastUpdateAt: '2026-09-30T10:00:00Z',
      dueOn: '2026-10-30',
    },
    {
      id: 'p2',
      projectSlug: 'ruokahubi',
      projectName: 'Ruokahubi',
      growthAreaId: null,
      cadence: 'quarterly',
      lastUpdateAt: null,
      dueOn: '2026-11-01',
    },
  ];

  it('lists them for signed-in users with the last update, the due day and the cadence', () => {
    render(
      <MemoryRouter>
        <DashboardView
          summary={dashboardFixture()}
          filters={{ area: null, lead: null }}
          onFiltersChange={() => {}}
          t={t}
          lang="fi"
          today="2026-11-22"
          signedIn
          statusDue={{ rows: due, show: () => undefined }}
        />
      </MemoryRouter>,
    );
    expect(tableRows(/Tilannekatsaus erääntynyt/)).toEqual([
      ['Hanke', 'Edellinen tilannekatsaus', 'Erääntyi', 'Tahti'],
      ['Kiertotalot', '30.09.2026', '30.10.2026', 'Kuukausittain'],
      ['Ruokahubi', 'Ei vielä yhtään', '01.11.2026', 'Neljännesvuosittain'],
    ]);
    expect(screen.getByRole('link', { name: 'Ruokahubi' })).toHaveAttribute(
      'href',
      '/projects/ruokahubi',
    );
  });

  it('reads the list only when asked, so a dashboard load stays at three requests', async () => {
    const show = vi.fn();
    render(
      <MemoryRouter>
        <DashboardView
          summary={dashboardFixture()}
          filters={{ area: null, lead: null }}
          onFiltersChange={() => {}}
          t={t}
          lang="fi"
          today="2026-11-22"
          signedIn
          statusDue={{ show }}
        />
      </MemoryRouter>,
    );
    const section = screen.getByRole('region', { name: 'Tilannekatsaus erääntynyt' });
    expect(within(section).queryByRole('table')).toBeNull();
    await userEvent.click(within(section).getByRole('button', { name: 'Näytä hankkeet' }));
    expect(show).toHaveBeenCalledOnce();
  });

  it('moves focus to the list when it has loaded (the button it replaces is gone)', async () => {
    function Page() {
      const [rows, setRows] = useState<readonly DashboardStatusDue[] | undefined>();
      return (
        <MemoryRouter>
          <DashboardView
            summary={dashboardFixture()}
            filters={{ area: null, lead: null }}
            onFiltersChange={() => {}}
            t={t}
            lang="fi"
            today="2026-11-22"
            signedIn
            // As the page: the rows come a moment after the click.
            statusDue={{ rows, show: () => setTimeout(() => setRows(due), 10) }}
          />
        </MemoryRouter>
      );
    }
    render(<Page />);
    const button = screen.getByRole('button', { name: 'Näytä hankkeet' });
    await userEvent.click(button);
    const heading = await screen.findByRole('heading', { name: 'Tilannekatsaus erääntynyt (2)' });
    expect(screen.queryByRole('button', { name: 'Näytä hankkeet' })).toBeNull();
    expect(heading).toHaveFocus();
    expect(tableRows(/Tilannekatsaus erääntynyt/)).toHaveLength(3);
  });

  it('leaves focus alone when the list is there from the start', () => {
    render(
      <MemoryRouter>
        <DashboardView
          summary={dashboardFixture()}
          filters={{ area: null, lead: null }}
          onFiltersChange={() => {}}
          t={t}
          lang="fi"
          today="2026-11-22"
          signedIn
          statusDue={{ rows: due, show: () => undefined }}
        />
      </MemoryRouter>,
    );
    expect(
      screen.getByRole('heading', { name: 'Tilannekatsaus erääntynyt (2)' }),
    ).not.toHaveFocus();
  });

  it('exports them as CSV like the other lists', async () => {
    const download = vi.fn<Download>();
    render(
      <MemoryRouter>
        <DashboardView
          summary={dashboardFixture()}
          filters={{ area: null, lead: null }}
          onFiltersChange={() => {}}
          t={t}
          lang="fi"
          today="2026-11-22"
          signedIn
          statusDue={{ rows: due, show: () => undefined }}
          download={download}
        />
      </MemoryRouter>,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Lataa CSV: Tilannekatsaus erääntynyt' }),
    );
    const text = (await download.mock.calls[0]![1].text()).replace(/^\uFEFF/, '');
    expect(text.split('\r\n')).toEqual([
      'Hanke,Edellinen tilannekatsaus,Erääntyi,Tahti',
      'Kiertotalot,2026-09-30,2026-10-30,Kuukausittain',
      'Ruokahubi,,2026-11-01,Neljännesvuosittain',
      '',
    ]);
  });

  it('is not shown to visitors', () => {
    render(<Harness />);
    expect(screen.queryByRole('heading', { name: /Tilannekatsaus erääntynyt/ })).toBeNull();
  });
});
