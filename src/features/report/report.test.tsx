import { render, screen, within } from '@testing-library/react';
import { translator } from '@/lib/translator';
import { MemoryRouter } from 'react-router';
import type { Baseline, BaselineChange } from '@/features/baselines/public';
import { loadReportTexts } from '@/lib/report-texts';
import { barGeometry, figuresOf } from './figures';
import type { ReportData, ReportProject } from './queries';
import { basisOf, ReportDocument, threeMonthsBefore } from './report-page';

beforeAll(async () => {
  await loadReportTexts(translator);
  await translator.changeLanguage('fi');
});

const project = (over: Partial<ReportProject>): ReportProject => ({
  id: 'p1',
  slug: 'p1',
  name: 'Kiertotalot',
  growthAreaId: 'a1',
  stage: 'implementation',
  state: 'on_schedule',
  reasons: [],
  startsOn: '2025-01-01',
  endsOn: '2027-12-31',
  overdueTasks: 0,
  ...over,
});

const data: ReportData = {
  date: '2026-12-03',
  programme: {
    id: 'g',
    slug: 'elinvoimaohjelma',
    name: 'Elinvoimaohjelma 2025–2029',
    startsOn: '2025-01-01',
    endsOn: '2029-12-31',
  },
  areas: [
    { id: 'a1', name: 'Rakentamisen kiertotalous', color: '#00548a' },
    { id: 'a2', name: 'Ruoka', color: '#009246' },
    { id: null, name: null, color: null },
  ],
  projects: [
    project({}),
    project({
      id: 'p2',
      name: 'Kokeiluympäristöt',
      state: 'late',
      reasons: [{ code: 'manual', status: 'late', note: 'Rahoituspäätös viivästyi' }],
      overdueTasks: 2,
    }),
    project({ id: 'p3', name: 'Satamat', growthAreaId: null, stage: 'completed' }),
  ],
  updates: [
    {
      id: 'u1',
      projectId: 'p1',
      createdAt: '2026-10-01T09:00:00Z',
      happened: 'Pilotti käynnistyi.',
      nextSteps: 'Tulosten arviointi',
      risks: null,
    },
  ],
  indicators: [],
};

const baseline: Baseline = {
  id: 'b1',
  programmeId: 'g',
  name: 'Kaupunginhallitus Q1/2026',
  takenAt: '2026-03-31T10:00:00Z',
  projectCount: 3,
  taskCount: 10,
};

const changes: BaselineChange[] = [
  {
    kind: 'end_moved',
    projectId: 'p2',
    projectSlug: 'p2',
    projectName: 'Kokeiluympäristöt',
    growthAreaId: 'a1',
    growthAreaName: 'Rakentamisen kiertotalous',
    taskId: null,
    taskTitle: null,
    oldValue: '2027-06-30',
    newValue: '2027-12-31',
    slipDays: 184,
  },
];

describe('the board report', () => {
  it('has a cover with the programme, the date and the baseline, and its contents', () => {
    render(
      <MemoryRouter>
        <ReportDocument data={data} comparison={{ baseline }} changes={changes} canCompare />
      </MemoryRouter>,
    );
    const cover = screen.getByRole('banner');
    expect(
      within(cover).getByRole('heading', { name: 'Elinvoimaohjelma 2025–2029' }),
    ).toBeVisible();
    expect(cover).toHaveTextContent('Tilanne 03.12.2026');
    expect(cover).toHaveTextContent('Kaupunginhallitus Q1/2026');
    const contents = within(cover).getByRole('navigation', { name: 'Sisältö' });
    expect(
      within(contents)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Koko ohjelma', 'Rakentamisen kiertotalous', 'Ruoka', 'Muut hankkeet']);
  });

  it('gives each growth area its figures, timeline, late projects with reasons and changes', () => {
    render(
      <MemoryRouter>
        <ReportDocument data={data} comparison={{ baseline }} changes={changes} canCompare />
      </MemoryRouter>,
    );
    const area = screen.getByRole('region', { name: 'Rakentamisen kiertotalous' });
    const figures = within(area).getByRole('region', { name: 'Tunnusluvut' });
    expect(within(figures).getByText('Hankkeita').nextSibling).toHaveTextContent('2');
    expect(within(figures).getByText('Myöhässä').nextSibling).toHaveTextContent('1');
    const late = within(area).getByRole('region', { name: 'Myöhässä olevat hankkeet' });
    expect(within(late).getByRole('row', { name: /Kokeiluympäristöt/ })).toHaveTextContent(
      'Rahoituspäätös viivästyi',
    );
    const timeline = within(area).getByRole('region', { name: 'Aikajana' });
    expect(within(timeline).getAllByRole('row')).toHaveLength(3);
    const moved = within(area).getByRole('region', {
      name: 'Muutokset vertailukohdan Kaupunginhallitus Q1/2026 jälkeen',
    });
    expect(moved).toHaveTextContent('184 pv myöhemmin');
    expect(
      within(area).getByRole('region', { name: 'Viimeisimmät tilannekatsaukset' }),
    ).toHaveTextContent('Pilotti käynnistyi.');
    const programme = screen.getByRole('region', { name: 'Koko ohjelma' });
    expect(
      within(programme).getByRole('region', {
        name: 'Muutokset vertailukohdan Kaupunginhallitus Q1/2026 jälkeen',
      }),
    ).toHaveTextContent('Myöhentyneitä päivämääriä 1, aikaistuneita 0');
    const ruoka = screen.getByRole('region', { name: 'Ruoka' });
    expect(ruoka).toHaveTextContent('Kasvualueella ei ole hankkeita.');
  });

  it('without the right to compare, says who sees the changes', () => {
    render(
      <MemoryRouter>
        <ReportDocument data={data} comparison={null} changes={undefined} canCompare={false} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('banner')).toHaveTextContent(
      'Muutokset vertailukohtaan näkyvät ohjelmajohtajille',
    );
    expect(screen.queryByRole('region', { name: /Muutokset vertailukohdan/ })).toBeNull();
  });
});

describe('the report on a date', () => {
  it("says on the cover where a past date's plan comes from, and compares with the previous report", () => {
    render(
      <MemoryRouter>
        <ReportDocument
          data={{ ...data, date: '2026-03-31' }}
          comparison={{ since: '2025-12-31' }}
          changes={changes}
          canCompare
        />
      </MemoryRouter>,
    );
    const cover = screen.getByRole('banner');
    expect(cover).toHaveTextContent('Tilanne 31.03.2026');
    expect(cover).toHaveTextContent(
      'Suunnitelma sellaisena kuin se oli 31.03.2026 päättyessä, muutoshistoriasta koottuna.',
    );
    expect(cover).toHaveTextContent(
      'Muutokset verrattuna suunnitelmaan 31.12.2025 (edellinen raportti), luettu muutoshistoriasta',
    );
    const area = screen.getByRole('region', { name: 'Rakentamisen kiertotalous' });
    expect(
      within(area).getByRole('region', { name: 'Muutokset 31.12.2025 jälkeen' }),
    ).toHaveTextContent('184 pv myöhemmin');
  });

  it('calls a later date a forecast', () => {
    render(
      <MemoryRouter>
        <ReportDocument
          data={{ ...data, date: '2099-06-30' }}
          comparison={null}
          changes={undefined}
          canCompare
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('banner')).toHaveTextContent('ennuste');
  });

  it('knows past, today and later, and the default previous report', () => {
    expect(basisOf('2026-03-31', '2026-12-03')).toBe('history');
    expect(basisOf('2026-12-03', '2026-12-03')).toBe('now');
    expect(basisOf('2027-01-01', '2026-12-03')).toBe('forecast');
    expect(threeMonthsBefore('2026-03-31')).toBe('2025-12-31');
    expect(threeMonthsBefore('2026-12-03')).toBe('2026-09-03');
  });
});

describe('report figures', () => {
  it('counts projects by schedule state and stage, and overdue tasks', () => {
    const f = figuresOf(data.projects);
    expect(f.projects).toBe(3);
    expect(f.states).toEqual({ on_schedule: 2, late: 1, not_pursued: 0, not_started: 0 });
    expect(f.stages.completed).toBe(1);
    expect(f.overdueTasks).toBe(2);
  });

  it('places a bar within the programme span, clipped at its ends', () => {
    const whole = barGeometry('2025-01-01', '2029-12-31', '2025-01-01', '2029-12-31');
    expect(whole).toEqual({ left: 0, width: 100 });
    const late = barGeometry('2028-01-01', '2031-12-31', '2025-01-01', '2029-12-31');
    expect(late?.left).toBeCloseTo(60, 0);
    expect((late?.left ?? 0) + (late?.width ?? 0)).toBeCloseTo(100, 5);
    expect(barGeometry(null, null, '2025-01-01', '2029-12-31')).toBeNull();
  });
});
