import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { translator } from '@/lib/translator';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { withQueryClient } from '@/test/with-query-client';
import { IndicatorView } from './indicator-page';
import type { IndicatorPageData } from './model';
import type { GoalsBase, NewValue, SavedValue, ValueCorrection } from './mutations';
import { loadIndicatorTexts } from './texts';

beforeAll(async () => {
  await loadIndicatorTexts();
});

const reason = {
  kind: 'behind' as const,
  latest_value: 262,
  latest_on: '2026-09-30',
  expected_value: 290.25,
  goal_value: 450,
  goal_on: '2026-12-31',
  percent_off: 9.7,
  side: 'below' as const,
  tolerance_percent: 5,
  unit: 't',
  decimals: 0,
  direction: 'more_is_better' as const,
  cadence: 'quarterly' as const,
  due_on: '2026-12-30',
};

const page = (over: Partial<IndicatorPageData> = {}): IndicatorPageData => ({
  indicator: {
    id: 'b1',
    name: 'Uudelleenkäytetyt rakennusosat',
    name_sv: 'Återanvända byggdelar',
    name_en: null,
    description: 'Purkukohteista talteen otetut rakennusosat.',
    description_sv: null,
    description_en: null,
    unit: 't',
    direction: 'more_is_better',
    decimals: 0,
    source: 'Kiertotalot-hankkeen kirjanpito',
    cadence: 'quarterly',
    published: true,
    tolerance_percent: 5,
    baseline_value: 120,
    baseline_on: '2024-12-31',
    version: 1,
  },
  scope: {
    programme: null,
    growth_area: null,
    project: { id: 'p1', slug: 'kiertotalot', name: 'Kiertotalot', name_sv: null, name_en: null },
  },
  status: 'behind',
  reason,
  today: '2026-11-22',
  goals: [
    { id: 'g25', year: 2025, value: 200, version: 1 },
    { id: 'g26', year: 2026, value: 450, version: 2 },
  ],
  values: [
    {
      id: 'v1',
      measured_on: '2026-09-30',
      value: 262,
      note: 'Pilottikohteen valinta viivästyi.',
      entered_by_name: 'Liisa Vetäjä',
      version: 1,
    },
  ],
  path: [
    { on: '2024-12-31', value: 120, kind: 'baseline' },
    { on: '2025-12-31', value: 200, kind: 'goal' },
  ],
  projects: [
    { id: 'p1', slug: 'kiertotalot', name: 'Kiertotalot', name_sv: null, name_en: null },
    {
      id: 'p2',
      slug: 'kokeiluymparistot',
      name: 'Kokeiluympäristöt',
      name_sv: 'Försöksmiljöer',
      name_en: null,
    },
  ],
  can_enter_values: false,
  can_manage: false,
  ...over,
});

type AddValue = (value: NewValue) => Promise<SavedValue>;
type SaveGoals = (input: {
  base: GoalsBase;
  goals: { year: number; value: number }[];
}) => Promise<GoalsBase>;

type CorrectValue = (input: ValueCorrection) => Promise<SavedValue>;
type DeleteValue = (value: Pick<SavedValue, 'id' | 'version'>) => Promise<void>;

function renderPage(
  data: IndicatorPageData,
  writes: {
    addValue?: AddValue;
    saveGoals?: SaveGoals;
    correctValue?: CorrectValue;
    deleteValue?: DeleteValue;
  } = {},
) {
  const addValue = vi.fn<AddValue>(
    writes.addValue ??
      (async (v) => ({ id: 'new', measured_on: v.measured_on, value: v.value, version: 1 })),
  );
  const saveGoals = vi.fn<SaveGoals>(writes.saveGoals ?? (async ({ base }) => ({ ...base })));
  const correctValue = vi.fn<CorrectValue>(
    writes.correctValue ??
      (async ({ value, patch }) => ({
        id: value.id,
        measured_on: patch.measured_on,
        value: patch.value,
        version: value.version + 1,
      })),
  );
  const deleteValue = vi.fn<DeleteValue>(writes.deleteValue ?? (async () => undefined));
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <IndicatorView
          page={data}
          writes={{ addValue, saveGoals, correctValue, deleteValue }}
          chart={<p>kaavio</p>}
        />
      ),
    },
  ]);
  render(withQueryClient(<RouterProvider router={router} />));
  return { addValue, saveGoals, correctValue, deleteValue, user: userEvent.setup() };
}

describe('IndicatorView', () => {
  it('shows a resident the status with its reason, the data table and no forms', () => {
    renderPage(page());
    expect(
      screen.getByRole('heading', { level: 1, name: 'Uudelleenkäytetyt rakennusosat' }),
    ).toBeVisible();
    const status = screen.getByRole('region', { name: 'Tila' });
    expect(within(status).getByText('Jäljessä')).toBeVisible();
    expect(status).toHaveTextContent(
      'Viimeisin 262 t (30.09.2026) on 9,7 % alle odotetun 290 t matkalla tavoitteeseen 450 t 31.12.2026 mennessä.',
    );
    const table = screen.getByRole('table', { name: 'Toteumat ja tavoitteet' });
    const rows = within(table).getAllByRole('row');
    // header, baseline, goals 2025 and 2026, one value
    expect(rows).toHaveLength(5);
    expect(
      within(table).getByRole('row', { name: /30\.09\.2026 Toteuma 262 t/ }),
    ).toHaveTextContent('Liisa Vetäjä');
    expect(screen.getByRole('button', { name: 'Lataa CSV' })).toBeVisible();
    expect(screen.getByRole('link', { name: 'Kokeiluympäristöt' })).toHaveAttribute(
      'href',
      '/projects/kokeiluymparistot',
    );
    expect(screen.queryByRole('region', { name: 'Kirjaa arvo' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Vuositavoitteet' })).toBeNull();
  });

  it('words the reason in Swedish and English too', async () => {
    renderPage(page());
    await act(() => translator.changeLanguage('en'));
    expect(
      await screen.findByText(
        /Latest 262 t \(30 Sept? 2026\) is 9\.7% below the expected 290 t on the way to 450 t by 31 Dec 2026\./,
      ),
    ).toBeVisible();
    await act(() => translator.changeLanguage('sv'));
    expect(
      await screen.findByText(
        'Senaste 262 t (30.09.2026) ligger 9,7 % under förväntade 290 t på väg mot målet 450 t senast 31.12.2026.',
      ),
    ).toBeVisible();
  });

  it('names the indicator in the UI language, Finnish standing in marked as such', async () => {
    renderPage(page());
    await act(() => translator.changeLanguage('sv'));
    const sv = await screen.findByRole('heading', { level: 1, name: 'Återanvända byggdelar' });
    expect(sv).not.toHaveAttribute('lang');
    // No Swedish description: the Finnish one, announced as Finnish and marked.
    expect(screen.getByText('Purkukohteista talteen otetut rakennusosat.')).toHaveAttribute(
      'lang',
      'fi',
    );
    await act(() => translator.changeLanguage('en'));
    const en = await screen.findByRole('heading', {
      level: 1,
      name: 'Uudelleenkäytetyt rakennusosat',
    });
    expect(en).toHaveAttribute('lang', 'fi');
    expect(screen.getAllByText('(not translated)').length).toBeGreaterThanOrEqual(2);
  });

  it('names its project and the contributing projects in the UI language, Finnish marked', async () => {
    renderPage(page());
    await act(() => translator.changeLanguage('sv'));
    const contributing = await screen.findByRole('link', { name: 'Försöksmiljöer' });
    expect(contributing).not.toHaveAttribute('lang');
    expect(contributing.closest('li')).not.toHaveTextContent('inte översatt');
    // Kiertotalot has no Swedish name: its link is announced as Finnish, the marker beside it.
    const scope = screen.getByRole('link', { name: 'Kiertotalot' });
    expect(scope).toHaveAttribute('lang', 'fi');
    expect(scope.nextSibling?.nextSibling).toHaveTextContent('(inte översatt)');
    await act(() => translator.changeLanguage('en'));
    expect(await screen.findByRole('link', { name: 'Kokeiluympäristöt' })).toHaveAttribute(
      'lang',
      'fi',
    );
  });

  it('lets a lead enter a value with a decimal comma, and says what was saved', async () => {
    const { addValue, user } = renderPage(page({ can_enter_values: true }));
    const form = screen.getByRole('region', { name: 'Kirjaa arvo' });
    expect(screen.queryByRole('region', { name: 'Vuositavoitteet' })).toBeNull();
    await user.clear(within(form).getByLabelText('Päivä, jota arvo kuvaa'));
    await user.type(within(form).getByLabelText('Päivä, jota arvo kuvaa'), '2026-11-15');
    await user.type(within(form).getByLabelText('Arvo'), '305,5');
    await user.type(within(form).getByLabelText('Huomio (valinnainen)'), 'Koulun purku');
    await user.click(within(form).getByRole('button', { name: 'Tallenna arvo' }));
    expect(addValue).toHaveBeenCalledWith({
      indicator_id: 'b1',
      measured_on: '2026-11-15',
      value: 305.5,
      note: 'Koulun purku',
    });
    expect(await within(form).findByRole('status')).toHaveTextContent(
      'Arvo 306 t (15.11.2026) tallennettu.',
    );
    expect(within(form).getByLabelText('Arvo')).toHaveValue('');
  });

  it('says beside the field what is wrong, and what the database refused', async () => {
    const duplicate = Object.assign(new Error('duplicate'), {
      code: '23505',
      message:
        'duplicate key value violates unique constraint "indicator_values_indicator_date_key"',
    });
    const { addValue, user } = renderPage(page({ can_enter_values: true }), {
      addValue: async () => {
        throw duplicate;
      },
    });
    const form = screen.getByRole('region', { name: 'Kirjaa arvo' });
    await user.type(within(form).getByLabelText('Arvo'), 'paljon');
    await user.click(within(form).getByRole('button', { name: 'Tallenna arvo' }));
    expect(within(form).getByLabelText('Arvo')).toHaveAccessibleDescription(
      /Anna luku, esim\. 305 tai 12,5\./,
    );
    expect(addValue).not.toHaveBeenCalled();
    await user.clear(within(form).getByLabelText('Arvo'));
    await user.type(within(form).getByLabelText('Arvo'), '262');
    await user.click(within(form).getByRole('button', { name: 'Tallenna arvo' }));
    expect(await within(form).findByText('Tälle päivälle on jo kirjattu arvo.')).toBeVisible();
    expect(within(form).getByLabelText('Päivä, jota arvo kuvaa')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('lets a director change a goal from the version read, and shows a conflict', async () => {
    const theirs: GoalsBase = {
      indicatorId: 'b1',
      goals: [
        { id: 'g25', year: 2025, value: 200, version: 1 },
        { id: 'g26', year: 2026, value: 430, version: 3 },
      ],
    };
    let calls = 0;
    const { saveGoals, user } = renderPage(page({ can_enter_values: true, can_manage: true }), {
      saveGoals: async ({ base }) => {
        calls += 1;
        if (calls === 1) throw new VersionConflictError('indicator_goals', theirs);
        return base;
      },
    });
    const form = screen.getByRole('region', { name: 'Vuositavoitteet' });
    expect(within(form).getByLabelText('Tavoite 2026')).toHaveValue('450');
    expect(within(form).getByLabelText('Tavoite 2029')).toHaveValue('');
    await user.clear(within(form).getByLabelText('Tavoite 2026'));
    await user.type(within(form).getByLabelText('Tavoite 2026'), '460');
    await user.type(within(form).getByLabelText('Tavoite 2027'), '600');
    await user.click(within(form).getByRole('button', { name: 'Tallenna tavoitteet' }));
    expect(saveGoals).toHaveBeenLastCalledWith({
      base: { indicatorId: 'b1', goals: page().goals },
      goals: [
        { year: 2025, value: 200 },
        { year: 2026, value: 460 },
        { year: 2027, value: 600 },
      ],
    });
    const conflict = await within(form).findByRole('table');
    expect(within(conflict).getByRole('row', { name: /Tavoite 2026/ })).toHaveTextContent('430');
    expect(within(form).getByLabelText('Tavoite 2026')).toHaveValue('460');
  });

  it('offers no correcting or deleting to those who do not enter values', () => {
    renderPage(page());
    expect(screen.queryByRole('button', { name: /^Korjaa arvo/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Poista arvo/ })).toBeNull();
  });

  it('lets a lead correct a value from the version read, and gives the focus back', async () => {
    const { correctValue, user } = renderPage(page({ can_enter_values: true }));
    const open = screen.getByRole('button', { name: 'Korjaa arvo 30.09.2026' });
    await user.click(open);
    const form = screen.getByRole('region', { name: 'Korjaa arvo 30.09.2026' });
    expect(within(form).getByRole('heading', { name: 'Korjaa arvo 30.09.2026' })).toHaveFocus();
    expect(within(form).getByLabelText('Arvo')).toHaveValue('262');
    await user.clear(within(form).getByLabelText('Arvo'));
    await user.type(within(form).getByLabelText('Arvo'), '270,5');
    await user.click(within(form).getByRole('button', { name: 'Tallenna korjaus' }));
    expect(correctValue).toHaveBeenCalledWith({
      value: expect.objectContaining({ id: 'v1', version: 1 }),
      patch: { measured_on: '2026-09-30', value: 270.5, note: 'Pilottikohteen valinta viivästyi.' },
    });
    expect(await screen.findByText('Arvo korjattu: 271 t (30.09.2026).')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Korjaa arvo 30.09.2026' })).toBeNull();
    await vi.waitFor(() => expect(open).toHaveFocus());
  });

  it('shows what someone else saved when a correction loses the race, keeping the input', async () => {
    const { user } = renderPage(page({ can_enter_values: true }), {
      correctValue: async () => {
        throw new VersionConflictError<SavedValue>('indicator_values', {
          id: 'v1',
          measured_on: '2026-09-30',
          value: 280,
          version: 2,
        });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Korjaa arvo 30.09.2026' }));
    const form = screen.getByRole('region', { name: 'Korjaa arvo 30.09.2026' });
    await user.clear(within(form).getByLabelText('Arvo'));
    await user.type(within(form).getByLabelText('Arvo'), '270');
    await user.click(within(form).getByRole('button', { name: 'Tallenna korjaus' }));
    expect(await within(form).findByText('Joku muu muutti tätä arvoa sillä välin.')).toBeVisible();
    expect(
      within(within(form).getByRole('table')).getByRole('row', { name: /Arvo/ }),
    ).toHaveTextContent('280');
    expect(within(form).getByLabelText('Arvo')).toHaveValue('270');
  });

  it('asks before deleting a value; Escape cancels and gives the focus back', async () => {
    const { deleteValue, user } = renderPage(page({ can_enter_values: true }));
    const remove = screen.getByRole('button', { name: 'Poista arvo 30.09.2026' });
    await user.click(remove);
    const question = screen.getByRole('group', {
      name: 'Poistetaanko arvo 262 t (30.09.2026)? Poisto kirjataan muutoshistoriaan.',
    });
    expect(within(question).getByRole('button', { name: 'Poista arvo' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /^Poistetaanko/ })).toBeNull();
    await vi.waitFor(() => expect(remove).toHaveFocus());
    expect(deleteValue).not.toHaveBeenCalled();

    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}');
    expect(deleteValue).toHaveBeenCalledWith({ id: 'v1', version: 1 });
    expect(await screen.findByText('Arvo poistettu.')).toBeVisible();
  });

  it('says so when a deletion is refused or the value changed meanwhile', async () => {
    let calls = 0;
    const { user } = renderPage(page({ can_enter_values: true }), {
      deleteValue: async () => {
        calls += 1;
        if (calls === 1) throw new ZeroRowsError('indicator_values');
        throw new VersionConflictError('indicator_values', { id: 'v1', version: 2 });
      },
    });
    await user.click(screen.getByRole('button', { name: 'Poista arvo 30.09.2026' }));
    await user.click(screen.getByRole('button', { name: 'Poista arvo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Arvoa ei poistettu: sitä ei enää ole tai sinulla ei ole oikeutta poistaa sitä.',
    );
    await user.click(screen.getByRole('button', { name: 'Poista arvo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Joku muu muutti arvoa sillä välin.',
    );
  });

  it('links directors to the indicator form', () => {
    renderPage(page({ can_manage: true }));
    expect(screen.getByRole('link', { name: 'Muokkaa mittaria' })).toHaveAttribute(
      'href',
      '/indicators/b1/edit',
    );
  });
});
