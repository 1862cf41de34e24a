import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { PortfolioFilters } from './filters';
import { PortfolioContents, PortfolioIntro } from './portfolio-view';
import { portfolioQueries, type Portfolio, type ProjectCardData } from './queries';

const card = (over: Partial<ProjectCardData> & { id: string; name: string }): ProjectCardData => ({
  slug: over.id,
  growth_area_id: 'a3',
  stage: 'planning',
  status: 'on_schedule',
  manual: false,
  reasons: [],
  schedule_note: null,
  starts_on: null,
  ends_on: null,
  published: true,
  next_due_on: '2026-12-31',
  oldest_overdue_on: null,
  overdue_task_count: 0,
  open_task_count: 1,
  last_activity_at: '2026-11-01T10:00:00Z',
  ...over,
});

const portfolio: Portfolio = {
  programme: {
    id: 'p',
    slug: 'elinvoimaohjelma-2025-2029',
    name: 'Elinvoimaohjelma 2025–2029',
    description: null,
    starts_on: '2025-01-01',
    ends_on: '2029-12-31',
    published: true,
  },
  programmes: [],
  growthAreas: [
    {
      id: 'a1',
      slug: 'terveys-ja-hyvinvointi',
      name: 'Terveys & hyvinvointi',
      color: '#0072c6',
      sort_order: 1,
      lead: null,
    },
    {
      id: 'a3',
      slug: 'rakentamisen-kiertotalous',
      name: 'Rakentamisen kiertotalous',
      color: '#008741',
      sort_order: 3,
      lead: { id: 'l', full_name: 'Lari Sirén', title: 'Projektijohtaja' },
    },
  ],
  projects: [
    card({
      id: 'kiertotalot',
      name: 'Kiertotalot',
      stage: 'implementation',
      status: 'late',
      oldest_overdue_on: '2026-11-10',
      reasons: [
        { code: 'overdue_tasks', count: 2, oldest_due_on: '2026-11-10' },
        { code: 'end_date_passed', ends_on: '2025-12-31' },
      ],
    }),
    card({ id: 'arabia', name: 'Arabian kiertotaloushubi' }),
    card({
      id: 'seuranta',
      name: 'Elinvoimaohjelman seurantamalli',
      growth_area_id: null,
      published: false,
    }),
  ],
};

function Harness() {
  const [filters, setFilters] = useState<PortfolioFilters>({
    area: null,
    stage: null,
    status: null,
    text: '',
  });
  return (
    <>
      <PortfolioIntro programme={portfolio.programme} programmes={portfolio.programmes} />
      <PortfolioContents
        programme={portfolio.programme}
        filters={filters}
        onFiltersChange={setFilters}
      />
    </>
  );
}

function renderView() {
  // The contents read the programme's growth areas and projects from the query cache.
  const queryClient = new QueryClient();
  queryClient.setQueryData(portfolioQueries.contents(portfolio.programme.id).queryKey, {
    growthAreas: portfolio.growthAreas,
    projects: portfolio.projects,
  });
  render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={createMemoryRouter([{ path: '/', element: <Harness /> }])} />
    </QueryClientProvider>,
  );
}

describe('PortfolioIntro and PortfolioContents', () => {
  it('shows growth areas in order with their lead or "Avoin", and the other projects', () => {
    renderView();
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(
      expect.arrayContaining([
        'Terveys & hyvinvointi',
        'Rakentamisen kiertotalous',
        'Muut projektit ja hankkeet',
      ]),
    );
    const health = screen.getByRole('region', { name: 'Terveys & hyvinvointi' });
    expect(health).toHaveTextContent('Vetäjä: Avoin');
    expect(health).toHaveTextContent('Ei vielä hankkeita.');
    const construction = screen.getByRole('region', { name: 'Rakentamisen kiertotalous' });
    expect(construction).toHaveTextContent('Vetäjä: Lari Sirén');
    expect(within(construction).getAllByRole('article')).toHaveLength(2);
    const other = screen.getByRole('region', { name: 'Muut projektit ja hankkeet' });
    expect(other).toHaveTextContent('Luonnos');
  });

  it('shows stage, schedule status in words and the overdue deadline on a card', () => {
    renderView();
    const kiertotalot = screen.getByRole('article', { name: 'Kiertotalot' });
    expect(kiertotalot).toHaveTextContent('Myöhässä');
    expect(kiertotalot).toHaveTextContent('Toteutus');
    expect(kiertotalot).toHaveTextContent('Myöhässä oleva määräaika! 10.11.2026');
  });

  it("words a late card's reasons as the database gives them, and none on a card on schedule", () => {
    renderView();
    expect(screen.getByRole('article', { name: 'Kiertotalot' })).toHaveTextContent(
      '2 tehtävää myöhässä (vanhin määräaika 10.11.2026); päättymispäivä ohitettu 31.12.2025',
    );
    expect(screen.getByRole('article', { name: 'Arabian kiertotaloushubi' })).not.toHaveTextContent(
      /myöhässä|määräaika \d/,
    );
  });

  it('filters by stage, status and text and says how many match', async () => {
    renderView();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Aikataulu'), 'Myöhässä');
    expect(screen.getByRole('status')).toHaveTextContent('Näytetään 1 hanke.');
    expect(
      screen.queryByRole('link', { name: 'Arabian kiertotaloushubi' }),
    ).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Aikataulu'), 'Kaikki');
    await user.type(screen.getByLabelText('Hae nimellä'), 'zzz');
    expect(screen.getByText('Yksikään hanke ei vastaa valintoja.')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Tyhjennä valinnat' })[0]!);
    expect(screen.getByRole('link', { name: 'Arabian kiertotaloushubi' })).toBeInTheDocument();
  });

  it('filters to the other projects portfolio', async () => {
    renderView();
    await userEvent.selectOptions(screen.getByLabelText('Kasvualue'), 'Muut projektit ja hankkeet');
    expect(
      screen.queryByRole('region', { name: 'Rakentamisen kiertotalous' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Elinvoimaohjelman seurantamalli' }),
    ).toBeInTheDocument();
  });
});
