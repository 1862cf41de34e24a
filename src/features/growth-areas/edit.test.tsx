import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import type { GrowthAreaPatch } from './mutations';
import type { EditableGrowthArea } from './queries';
import { GrowthAreaForm } from './edit';
import { withQueryClient } from '@/test/with-query-client';

const area: EditableGrowthArea = {
  id: 'a4',
  version: 2,
  name: 'Meriklusteri',
  color: '#1f3c88',
  sort_order: 4,
  description: null,
  lead_person_id: null,
  name_sv: 'Maritima klustret',
  name_en: null,
  description_sv: null,
  description_en: null,
};

const people = [
  { id: 'p1', full_name: 'Aino Aalto', title: 'Projektijohtaja' },
  { id: 'p2', full_name: 'Bea Berg', title: null },
];

type Save = (input: {
  id: string;
  version: number;
  patch: GrowthAreaPatch;
}) => Promise<EditableGrowthArea>;

function renderForm(save: Save) {
  const onSaved = vi.fn();
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <GrowthAreaForm
          area={area}
          people={people}
          save={save}
          onSaved={onSaved}
          cancelTo="/programmes/p/meriklusteri"
        />
      ),
    },
  ]);
  render(withQueryClient(<RouterProvider router={router} />));
  return { onSaved, user: userEvent.setup() };
}

const saveButton = () => screen.getByRole('button', { name: 'Tallenna' });

describe('GrowthAreaForm', () => {
  it('saves name, colour, order, lead and description from the version it read', async () => {
    const save = vi.fn<Save>(async (input) => ({ ...area, ...input.patch, version: 3 }));
    const { onSaved, user } = renderForm(save);
    await user.clear(screen.getByLabelText('Nimi'));
    await user.type(screen.getByLabelText('Nimi'), '  Meri ja satamat ');
    await user.clear(screen.getByLabelText('Värin heksakoodi'));
    await user.type(screen.getByLabelText('Värin heksakoodi'), '#00548A');
    await user.clear(screen.getByLabelText('Järjestys'));
    await user.type(screen.getByLabelText('Järjestys'), '7');
    await user.selectOptions(screen.getByLabelText('Vetäjä'), 'Bea Berg');
    await user.type(screen.getByLabelText('Kuvaus'), 'Merelliset hankkeet.');
    await user.click(saveButton());
    expect(save).toHaveBeenCalledWith({
      id: 'a4',
      version: 2,
      patch: {
        name: 'Meri ja satamat',
        color: '#00548a',
        sort_order: 7,
        lead_person_id: 'p2',
        description: 'Merelliset hankkeet.',
        name_sv: 'Maritima klustret',
        name_en: null,
        description_sv: null,
        description_en: null,
      },
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it('edits the Swedish and English name and description side by side with the Finnish', async () => {
    const save = vi.fn().mockResolvedValue(area);
    const { user } = renderForm(save);
    const names = screen.getByRole('group', { name: 'Nimi' });
    expect(within(names).getByLabelText('Nimi')).toHaveValue('Meriklusteri');
    expect(within(names).getByLabelText('Ruotsiksi')).toHaveValue('Maritima klustret');
    expect(within(names).getByLabelText('Ruotsiksi')).toHaveAttribute('lang', 'sv');
    await user.clear(within(names).getByLabelText('Ruotsiksi'));
    await user.type(within(names).getByLabelText('Englanniksi'), 'Maritime cluster');
    const descriptions = screen.getByRole('group', { name: 'Kuvaus' });
    await user.type(within(descriptions).getByLabelText('Ruotsiksi'), 'Maritima projekt.');
    await user.click(saveButton());
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        patch: expect.objectContaining({
          name: 'Meriklusteri',
          name_sv: null,
          name_en: 'Maritime cluster',
          description: null,
          description_sv: 'Maritima projekt.',
          description_en: null,
        }),
      }),
    );
  });

  it('keeps the colour picker and the hex code in step', async () => {
    const { user } = renderForm(vi.fn());
    expect(screen.getByLabelText('Väri')).toHaveValue('#1f3c88');
    await user.clear(screen.getByLabelText('Värin heksakoodi'));
    await user.type(screen.getByLabelText('Värin heksakoodi'), '#b45d00');
    expect(screen.getByLabelText('Väri')).toHaveValue('#b45d00');
    // Half-typed, the picker keeps the last whole colour.
    await user.type(screen.getByLabelText('Värin heksakoodi'), '{Backspace}');
    expect(screen.getByLabelText('Väri')).toHaveValue('#b45d00');
    await user.type(screen.getByLabelText('Värin heksakoodi'), '0');
    expect(screen.getByLabelText('Väri')).toHaveAccessibleDescription(
      'Kontrasti valkoista taustaa vasten 4,6:1.',
    );
  });

  it('warns of a colour that hardly shows on the white page', async () => {
    const { user } = renderForm(vi.fn());
    await user.clear(screen.getByLabelText('Värin heksakoodi'));
    await user.type(screen.getByLabelText('Värin heksakoodi'), '#ffee00');
    expect(screen.getByLabelText('Väri')).toHaveAccessibleDescription(
      /Kontrasti valkoista taustaa vasten on vain 1,2:1/,
    );
  });

  it('checks name, colour and order before sending and says why beside each field', async () => {
    const save = vi.fn<Save>();
    const { user } = renderForm(save);
    await user.clear(screen.getByLabelText('Nimi'));
    await user.type(screen.getByLabelText('Nimi'), '   ');
    await user.clear(screen.getByLabelText('Värin heksakoodi'));
    await user.type(screen.getByLabelText('Värin heksakoodi'), 'sininen');
    await user.clear(screen.getByLabelText('Järjestys'));
    await user.type(screen.getByLabelText('Järjestys'), '-1');
    await user.click(saveButton());
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription('Pakollinen tieto.');
    expect(screen.getByLabelText('Nimi')).toHaveFocus();
    expect(screen.getByLabelText('Värin heksakoodi')).toHaveAccessibleDescription(
      /^Anna väri muodossa #rrggbb/,
    );
    expect(screen.getByLabelText('Järjestys')).toHaveAccessibleDescription(
      /^Anna kokonaisluku 0–9999\./,
    );

    await user.click(screen.getByLabelText('Nimi'));
    await user.paste('x'.repeat(201));
    await user.click(saveButton());
    expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription('Enintään 200 merkkiä.');
  });

  it("shows the database's refusal of a taken name beside the name, keeping the input", async () => {
    const save = vi.fn<Save>(() =>
      Promise.reject({
        code: '23505',
        message: 'duplicate key value violates unique constraint "growth_areas_programme_name_key"',
        details: null,
      }),
    );
    const { user } = renderForm(save);
    await user.clear(screen.getByLabelText('Nimi'));
    await user.type(screen.getByLabelText('Nimi'), 'Ruoka');
    await user.click(saveButton());
    expect(await screen.findByText('Ohjelmassa on jo tämänniminen kasvualue.')).toBeVisible();
    expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription(
      'Ohjelmassa on jo tämänniminen kasvualue.',
    );
    expect(screen.getByLabelText('Nimi')).toHaveValue('Ruoka');
    expect(screen.getByLabelText('Nimi')).toHaveFocus();
  });

  it('says a zero-row write was not saved', async () => {
    const { user } = renderForm(
      vi.fn<Save>(() => Promise.reject(new ZeroRowsError('growth_areas'))),
    );
    await user.click(saveButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Muutosta ei tallennettu: palvelin ei päivittänyt yhtään riviä.',
    );
  });

  it('shows what someone else saved meanwhile, keeps the input and saves over it knowingly', async () => {
    const theirs = { ...area, version: 3, name: 'Meriklusteri ja satamat', color: '#008741' };
    const save = vi
      .fn<Save>()
      .mockRejectedValueOnce(new VersionConflictError('growth_areas', theirs))
      .mockImplementationOnce(async (input) => ({ ...theirs, ...input.patch, version: 4 }));
    const { onSaved, user } = renderForm(save);
    await user.clear(screen.getByLabelText('Nimi'));
    await user.type(screen.getByLabelText('Nimi'), 'Meri');
    await user.click(saveButton());
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Kasvualuetta muutettiin');
    const rows = screen.getAllByRole('row').map((r) => r.textContent);
    expect(rows).toContain('NimiMeriklusteri ja satamatMeri');
    expect(rows).toContain('Värin heksakoodi#008741#1f3c88');
    expect(screen.getByLabelText('Nimi')).toHaveValue('Meri');

    await user.click(screen.getByRole('button', { name: 'Tallenna omani uudelleen' }));
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ version: 3 }));
    expect(onSaved).toHaveBeenCalled();
  });
});
