import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { IndicatorList } from './indicator-list';
import { parseDrift, parseReason, toListItem, type ProgressData } from './model';
import { ProgressSummary } from './progress-summary';
import { loadIndicatorTexts } from './texts';

beforeAll(async () => {
  await loadIndicatorTexts();
});

function inRouter(ui: React.ReactNode) {
  render(<RouterProvider router={createMemoryRouter([{ path: '/', element: ui }])} />);
}

const drift = (over: Record<string, unknown>) =>
  parseDrift({
    kind: 'drift',
    moves: 5,
    later_moves: 5,
    earlier_moves: 0,
    total_days_moved: 205,
    median_days_moved: 41,
    tasks: 6,
    shift_days: 34,
    last_due_on: '2027-11-20',
    forecast_end_on: '2028-02-12',
    planned_end_on: '2027-12-31',
    days_after_planned_end: 43,
    since: '2025-11-22',
    ...over,
  });

const progress = (over: Partial<ProgressData> = {}): ProgressData => ({
  progress: 42.9,
  manual: false,
  note: null,
  done: 3,
  total: 7,
  projects: null,
  drift: drift({}),
  ...over,
});

describe('ProgressSummary', () => {
  it('writes progress out beside the time gone, and the drift with its forecast', () => {
    inRouter(
      <ProgressSummary
        data={progress()}
        headingId="p"
        startsOn="2025-01-01"
        endsOn="2027-12-31"
        today="2026-07-02"
      />,
    );
    const section = screen.getByRole('region', { name: 'Edistyminen' });
    expect(section).toHaveTextContent('Valmiusaste: 43 % valmiina');
    expect(section).toHaveTextContent(
      'Laskettu tehtävistä: 3/7 tehty, virstanpylväät painavat kaksinkertaisesti.',
    );
    expect(section).toHaveTextContent('Valmiina 43 %, hankkeen ajasta kulunut 50 %.');
    expect(section).toHaveTextContent(
      'Määräaikoja on siirretty 5 kertaa, mediaanina 41 päivää kerrallaan; sillä tahdilla viimeinen tehtävä päättyy 12.02.2028, 43 päivää suunniteltua päättymistä myöhemmin.',
    );
    expect(within(section).getByText('Ennustettu päättyminen').nextSibling).toHaveTextContent(
      '12.02.2028',
    );
  });

  it('shows a manual value with its note, and says when nothing moved', () => {
    inRouter(
      <ProgressSummary
        data={progress({
          progress: 80,
          manual: true,
          note: 'Purku valmis',
          drift: drift({ kind: 'no_moves', moves: 0, median_days_moved: null }),
        })}
        headingId="p"
        today="2026-07-02"
      />,
    );
    const section = screen.getByRole('region', { name: 'Edistyminen' });
    expect(section).toHaveTextContent('Asetettu käsin: Purku valmis');
    expect(section).toHaveTextContent(
      'Määräaikoja ei ole siirretty viimeisen 12 kuukauden aikana; viimeinen tehtävä päättyy 20.11.2027.',
    );
  });

  it('says when progress cannot be worked out', () => {
    inRouter(
      <ProgressSummary data={progress({ progress: null })} headingId="p" today="2026-07-02" />,
    );
    expect(screen.getByText(/Valmiusastetta ei voi laskea/)).toBeVisible();
  });
});

describe('IndicatorList', () => {
  it('lists each indicator with its status, reason, trend and link', () => {
    const item = toListItem({
      id: 'b6',
      name: 'Luovien alojen kokeiluihin osallistuneet',
      unit: 'hlö',
      decimals: 0,
      published: true,
      status: 'no_recent_value',
      reason: {
        kind: 'no_recent_value',
        latest_value: 140,
        latest_on: '2026-08-31',
        due_on: '2026-09-30',
        unit: 'hlö',
        decimals: 0,
        direction: 'more_is_better',
        cadence: 'monthly',
      },
      latest_value: 140,
      latest_on: '2026-08-31',
      goal_value: 200,
      goal_on: '2026-12-31',
      scope_growth_area_id: 'a2',
      project_id: null,
      recent_values: [
        { measured_on: '2026-07-31', value: 126 },
        { measured_on: '2026-08-31', value: 140 },
      ],
    });
    expect(item).not.toBeNull();
    inRouter(<IndicatorList indicators={item ? [item] : []} headingId="i" heading="Mittarit" />);
    const list = screen.getByRole('region', { name: 'Mittarit' });
    const entry = within(list).getByRole('listitem');
    expect(
      within(entry).getByRole('link', { name: 'Luovien alojen kokeiluihin osallistuneet' }),
    ).toHaveAttribute('href', '/indicators/b6');
    expect(within(entry).getByText('Ei tuoretta arvoa')).toBeVisible();
    expect(entry).toHaveTextContent(
      'Viimeisin arvo 140 hlö on päivältä 31.08.2026; seuraava arvo olisi pitänyt kirjata 30.09.2026 mennessä.',
    );
    expect(
      within(entry).getByRole('img', {
        name: 'Suunta: 31.07.2026 126 hlö, 31.08.2026 140 hlö',
      }),
    ).toBeVisible();
  });

  it('reads an unknown reason as "cannot be judged" rather than guessing', () => {
    expect(parseReason({ kind: 'something' })).toBeNull();
    expect(parseReason(null)).toBeNull();
  });
});
