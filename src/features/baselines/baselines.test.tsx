import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translator } from '@/lib/translator';
import { MemoryRouter } from 'react-router';
import { loadReportTexts } from '@/lib/report-texts';
import { withQueryClient } from '@/test/with-query-client';
import { BaselineChanges } from './baseline-changes';
import { TakeBaselineForm } from './baselines-page';
import { changeText, slipText, summarise } from './format';
import type { BaselineChange } from './queries';

beforeAll(async () => {
  await loadReportTexts(translator);
  await translator.changeLanguage('fi');
});

const change = (over: Partial<BaselineChange>): BaselineChange => ({
  kind: 'deadline_moved',
  projectId: 'p1',
  projectSlug: 'kiertotalot',
  projectName: 'Kiertotalot',
  growthAreaId: 'a1',
  growthAreaName: 'Rakentamisen kiertotalous',
  taskId: 't1',
  taskTitle: 'Kriteerit',
  oldValue: '2026-11-30',
  newValue: '2026-12-20',
  slipDays: 20,
  ...over,
});

const changes: BaselineChange[] = [
  change({}),
  change({
    kind: 'stage_changed',
    taskId: null,
    taskTitle: null,
    oldValue: 'planning',
    newValue: 'implementation',
    slipDays: null,
  }),
  change({
    kind: 'end_moved',
    projectId: 'p2',
    projectSlug: 'satamat',
    projectName: 'Satamat',
    growthAreaId: null,
    growthAreaName: null,
    taskId: null,
    taskTitle: null,
    oldValue: '2027-12-31',
    newValue: '2027-12-01',
    slipDays: -30,
  }),
];

describe('what moved since a baseline, in words', () => {
  const t = translator.getFixedT('fi', 'reports');
  const appT = translator.getFixedT('fi');

  it('says the slip in days, later or earlier, never only with a sign', () => {
    expect(slipText(20, t)).toBe('20 pv myöhemmin');
    expect(slipText(-3, t)).toBe('3 pv aiemmin');
    expect(slipText(0, t)).toBe('ei siirtynyt');
    expect(slipText(null, t)).toBeNull();
  });

  it('words a moved deadline with Finnish dates and a stage change with stage names', () => {
    expect(changeText(changes[0] as BaselineChange, t, appT, 'fi')).toBe(
      'Tehtävä ”Kriteerit”: Määräaika: 30.11.2026 → 20.12.2026',
    );
    expect(changeText(changes[1] as BaselineChange, t, appT, 'fi')).toBe(
      'Vaihe: Suunnittelu → Toteutus',
    );
  });

  it('counts what slipped, what came earlier and what changed stage', () => {
    expect(summarise(changes)).toEqual({ later: 1, earlier: 1, added: 0, stages: 1 });
  });
});

describe('BaselineChanges', () => {
  it('lists the changes per growth area in tables, other projects last', () => {
    render(
      <MemoryRouter>
        <BaselineChanges changes={changes} />
      </MemoryRouter>,
    );
    const areas = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(areas).toEqual(['Rakentamisen kiertotalous', 'Muut hankkeet']);
    const [first, second] = screen.getAllByRole('table');
    const moved = within(first as HTMLElement)
      .getAllByRole('row')
      .find((r) => r.textContent?.includes('Kriteerit'));
    expect(moved).toHaveTextContent('20 pv myöhemmin');
    expect(within(first as HTMLElement).getAllByRole('link', { name: 'Kiertotalot' })).toHaveLength(
      2,
    );
    expect(within(second as HTMLElement).getByRole('row', { name: /Satamat/ })).toHaveTextContent(
      '30 pv aiemmin',
    );
  });

  it('says so when nothing has changed', () => {
    render(<BaselineChanges changes={[]} />);
    expect(screen.getByText('Mikään ei ole muuttunut vertailukohdan jälkeen.')).toBeVisible();
  });
});

describe('TakeBaselineForm', () => {
  it('keeps an empty or too long name in the form, beside the field', async () => {
    const user = userEvent.setup();
    render(
      withQueryClient(
        <TakeBaselineForm
          programme={{
            id: 'g',
            slug: 'g',
            name: 'G',
            startsOn: '2025-01-01',
            endsOn: '2029-12-31',
          }}
          onSaved={() => {}}
        />,
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Tallenna vertailukohta' }));
    const name = screen.getByLabelText('Nimi');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(/Pakollinen|pakollinen/);

    await user.click(name);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Tallenna vertailukohta' }));
    expect(name).toHaveAccessibleDescription(/200/);
  });
});
