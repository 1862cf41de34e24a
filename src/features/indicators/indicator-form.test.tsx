import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { loadContentTexts } from '@/lib/content-texts';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { withQueryClient } from '@/test/with-query-client';
import { ContributingForm } from './contributing-form';
import { IndicatorForm } from './indicator-form';
import type { EditableIndicator, IndicatorInput } from './mutations';
import type { ScopeOptions } from './queries';
import { loadIndicatorTexts } from './texts';

beforeAll(async () => {
  await Promise.all([loadIndicatorTexts(), loadContentTexts()]);
});

const AREA = '20000000-0000-4000-8000-000000000001';
const scopes: ScopeOptions = {
  programmes: [{ id: '10000000-0000-4000-8000-000000000001', name: 'Elinvoimaohjelma' }],
  growthAreas: [{ id: AREA, name: 'Rakentamisen kiertotalous' }],
  projects: [{ id: '30000000-0000-4000-8000-000000000001', name: 'Kiertotalot' }],
};

const saved: EditableIndicator = {
  id: 'b1000000-0000-4000-8000-000000000009',
  version: 3,
  programme_id: null,
  growth_area_id: AREA,
  project_id: null,
  name: 'Kierrätetty betoni',
  name_sv: 'Återvunnen betong',
  name_en: null,
  description: null,
  description_sv: null,
  description_en: null,
  unit: 't',
  direction: 'more_is_better',
  decimals: 0,
  source: null,
  cadence: 'quarterly',
  published: true,
  tolerance_percent: 5,
  baseline_value: 100,
  baseline_on: '2024-12-31',
  sort_order: 0,
};

type Save = (input: IndicatorInput, base: EditableIndicator | null) => Promise<EditableIndicator>;

function renderForm(indicator: EditableIndicator | null, save: Save, initialScope?: string) {
  const spy = vi.fn<Save>(save);
  const onSaved = vi.fn();
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <IndicatorForm
          indicator={indicator}
          initialScope={initialScope}
          scopes={scopes}
          save={spy}
          onSaved={onSaved}
          cancelTo="/dashboard"
        />
      ),
    },
  ]);
  render(withQueryClient(<RouterProvider router={router} />));
  return { save: spy, onSaved, user: userEvent.setup() };
}

describe('IndicatorForm', () => {
  it('creates an indicator with its name in three languages side by side', async () => {
    const { save, onSaved, user } = renderForm(null, async () => saved, `area:${AREA}`);
    const name = screen.getByRole('group', { name: 'Nimi' });
    expect(name.querySelector('input[lang="sv"]')).toBe(within(name).getByLabelText('Ruotsiksi'));
    await user.type(within(name).getByLabelText('Nimi'), 'Kierrätetty betoni');
    await user.type(within(name).getByLabelText('Ruotsiksi'), 'Återvunnen betong');
    expect(screen.getByLabelText('Kuuluu')).toHaveValue(`area:${AREA}`);
    await user.type(screen.getByLabelText('Yksikkö'), 't');
    await user.selectOptions(screen.getByLabelText('Arvo kirjataan'), 'quarterly');
    await user.type(screen.getByLabelText('Lähtötason arvo'), '100,5');
    await user.type(screen.getByLabelText('Lähtötason päivä'), '2024-12-31');
    await user.click(screen.getByRole('button', { name: 'Luo mittari' }));
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        growth_area_id: AREA,
        programme_id: null,
        project_id: null,
        name: 'Kierrätetty betoni',
        name_sv: 'Återvunnen betong',
        name_en: null,
        unit: 't',
        cadence: 'quarterly',
        baseline_value: 100.5,
        baseline_on: '2024-12-31',
        tolerance_percent: 5,
        published: false,
      }),
      null,
    );
    expect(onSaved).toHaveBeenCalledWith(saved);
    // much typing: a busy machine needs more than the default five seconds
  }, 30_000);

  it('says beside each field what is missing or wrong, and focuses the first', async () => {
    const { save, user } = renderForm(null, async () => saved);
    await user.type(screen.getByLabelText('Desimaaleja'), '9');
    await user.type(screen.getByLabelText('Lähtötason arvo'), '100');
    await user.click(screen.getByRole('button', { name: 'Luo mittari' }));
    const name = within(screen.getByRole('group', { name: 'Nimi' })).getByLabelText('Nimi');
    expect(name).toHaveFocus();
    expect(name).toHaveAccessibleDescription(/Pakollinen tieto/);
    expect(screen.getByLabelText('Kuuluu')).toHaveAccessibleDescription(
      /Valitse, mihin mittari kuuluu/,
    );
    expect(screen.getByLabelText('Desimaaleja')).toHaveAccessibleDescription(/0–6/);
    expect(screen.getByLabelText('Lähtötason päivä')).toHaveAccessibleDescription(
      /sekä arvo että päivä/,
    );
    expect(save).not.toHaveBeenCalled();
  });

  it('puts a refused check beside its field, and a write that changed nothing above the form', async () => {
    let calls = 0;
    const { user } = renderForm(saved, async () => {
      calls += 1;
      if (calls === 1) {
        throw Object.assign(new Error('check'), {
          code: '23514',
          message:
            'new row for relation "indicators" violates check constraint "indicators_tolerance_range"',
        });
      }
      throw new ZeroRowsError('indicators');
    });
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Anna luku 0–100.')).toBeVisible();
    expect(screen.getByLabelText('Sallittu poikkeama (%)')).toHaveAttribute('aria-invalid', 'true');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/yhtään riviä/);
  });

  it('edits from the version read and shows what someone else saved first, keeping the input', async () => {
    const theirs = { ...saved, version: 4, name: 'Uusiokäytetty betoni' };
    let calls = 0;
    const { save, user } = renderForm(saved, async (input, base) => {
      calls += 1;
      if (calls === 1) throw new VersionConflictError('indicators', theirs);
      return { ...theirs, ...input, version: (base?.version ?? 0) + 1 };
    });
    const name = within(screen.getByRole('group', { name: 'Nimi' })).getByLabelText('Nimi');
    expect(name).toHaveValue('Kierrätetty betoni');
    expect(screen.getByLabelText(/^Julkaistu/)).toBeChecked();
    await user.clear(name);
    await user.type(name, 'Betoni uusiokäyttöön');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: 'Betoni uusiokäyttöön' }),
      saved,
    );
    expect(await screen.findByText('Joku muu muutti mittaria sillä välin.')).toBeVisible();
    expect(within(screen.getByRole('table')).getByRole('row', { name: /Nimi/ })).toHaveTextContent(
      'Uusiokäytetty betoni',
    );
    expect(name).toHaveValue('Betoni uusiokäyttöön');
  });
});

describe('ContributingForm', () => {
  it('saves the chosen projects from the links read, and says so', async () => {
    const save = vi.fn(async (ids: string[]) => ids);
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <ContributingForm
            projects={[
              { id: 'p1', name: 'Kiertotalot' },
              { id: 'p2', name: 'Arabian kiertotaloushubi' },
            ]}
            selected={['p1']}
            save={save}
          />
        ),
      },
    ]);
    render(withQueryClient(<RouterProvider router={router} />));
    const user = userEvent.setup();
    const group = screen.getByRole('group', { name: /^Hankkeet, joiden vetäjät/ });
    expect(within(group).getByRole('checkbox', { name: 'Kiertotalot' })).toBeChecked();
    await user.click(within(group).getByRole('checkbox', { name: 'Kiertotalot' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Arabian kiertotaloushubi' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna hankkeet' }));
    expect(save).toHaveBeenCalledWith(['p2'], ['p1']);
    expect(await screen.findByText('Hankkeet tallennettu.')).toBeVisible();
  });

  it('says so above the form when no link was changed', async () => {
    const router = createMemoryRouter([
      {
        path: '/',
        element: (
          <ContributingForm
            projects={[{ id: 'p1', name: 'Kiertotalot' }]}
            selected={[]}
            save={async () => {
              throw new ZeroRowsError('indicator_projects');
            }}
          />
        ),
      },
    ]);
    render(withQueryClient(<RouterProvider router={router} />));
    const user = userEvent.setup();
    await user.click(screen.getByRole('checkbox', { name: 'Kiertotalot' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna hankkeet' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/yhtään riviä/);
  });
});
