import { translator } from '@/lib/translator';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ToastProvider } from '@/components/toast';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import type { RolePatch } from '@/components/form/translated-fields';
import { StaffEditor, validateStaff, type StaffMember } from './staff';
import { withQueryClient } from '@/test/with-query-client';

const staff: StaffMember[] = [
  {
    id: 's1',
    version: 3,
    role: 'Erityissuunnittelija',
    sort_order: 1,
    person: { id: 'p1', full_name: 'Aino Aalto', title: null },
  },
];
const people = [
  { id: 'p1', full_name: 'Aino Aalto', title: null },
  { id: 'p2', full_name: 'Bea Berg', title: 'Asiantuntija' },
];

function renderEditor(props: Partial<Parameters<typeof StaffEditor>[0]> = {}) {
  const add = vi.fn(() => Promise.resolve());
  const remove = vi.fn(() => Promise.resolve());
  const updateRole = vi.fn((input: { id: string; version: number; patch: RolePatch }) =>
    Promise.resolve({ id: input.id, version: input.version + 1, ...input.patch }),
  );
  render(
    withQueryClient(
      <ToastProvider>
        <StaffEditor
          staff={staff}
          people={people}
          add={add}
          remove={remove}
          updateRole={updateRole}
          {...props}
        />
      </ToastProvider>,
    ),
  );
  return { add, remove, updateRole, user: userEvent.setup() };
}

describe('StaffEditor', () => {
  it('lists the staff with their roles and offers only people not on it', () => {
    renderEditor();
    const list = screen.getByRole('list');
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      'Aino Aalto – Erityissuunnittelija',
    );
    const options = within(screen.getByLabelText('Henkilö'))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual(['Valitse henkilö', 'Bea Berg (Asiantuntija)']);
  });

  it('adds a person with a role after the others, and says so', async () => {
    const { add, user } = renderEditor();
    await user.selectOptions(screen.getByLabelText('Henkilö'), 'Bea Berg (Asiantuntija)');
    await user.type(screen.getByLabelText('Rooli kasvualueella'), ' Viestintä ');
    await user.click(screen.getByRole('button', { name: 'Lisää tukihenkilö' }));
    expect(add).toHaveBeenCalledWith({
      person_id: 'p2',
      role: 'Viestintä',
      role_sv: null,
      role_en: null,
      sort_order: 2,
    });
    expect(await screen.findByText('Lisätty tukihenkilöksi: Bea Berg')).toBeInTheDocument();
    expect(screen.getByLabelText('Henkilö')).toHaveValue('');
  });

  it('asks for a person and a role beside the fields and sends nothing', async () => {
    const { add, user } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Lisää tukihenkilö' }));
    expect(add).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Henkilö')).toHaveAccessibleDescription('Pakollinen tieto.');
    expect(screen.getByLabelText('Henkilö')).toHaveFocus();
    expect(screen.getByLabelText('Rooli kasvualueella')).toHaveAccessibleDescription(
      'Pakollinen tieto.',
    );
  });

  it('removes a member, and reports a removal that changed nothing as an error', async () => {
    const remove = vi
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(new ZeroRowsError('growth_area_people'));
    const { user } = renderEditor({ remove });
    const button = screen.getByRole('button', { name: 'Poista tukihenkilö Aino Aalto' });
    await user.click(button);
    expect(remove).toHaveBeenCalledWith('p1');
    expect(await screen.findByText('Poistettu tukihenkilöistä: Aino Aalto')).toBeInTheDocument();
    await user.click(button);
    expect(
      await screen.findByText(/Muutosta ei tallennettu: palvelin ei päivittänyt yhtään riviä/),
    ).toBeInTheDocument();
  });
});

describe('validateStaff', () => {
  it("holds the role to the database's limit", () => {
    const base = { person_id: 'p2', role_sv: '', role_en: '' };
    expect(validateStaff({ ...base, role: 'x'.repeat(201) })).toEqual({
      role: 'edit.tooLong',
    });
    expect(validateStaff({ ...base, role: 'Viestintä' })).toEqual({});
    expect(validateStaff({ ...base, role: 'Viestintä', role_en: 'e'.repeat(201) })).toEqual({
      role_en: 'edit.tooLong',
    });
  });
});

describe('StaffEditor in three languages', () => {
  it('adds the role in Finnish, Swedish and English side by side; a blank translation is NULL', async () => {
    const { add, user } = renderEditor();
    const group = screen.getByRole('group', { name: 'Rooli kasvualueella' });
    expect(within(group).getByLabelText('Rooli kasvualueella')).toHaveAttribute('lang', 'fi');
    expect(within(group).getByLabelText('Ruotsiksi')).toHaveAttribute('lang', 'sv');
    expect(within(group).getByLabelText('Englanniksi')).toHaveAttribute('lang', 'en');
    await user.selectOptions(screen.getByLabelText('Henkilö'), 'Bea Berg (Asiantuntija)');
    await user.type(within(group).getByLabelText('Rooli kasvualueella'), 'Viestintä');
    await user.type(within(group).getByLabelText('Ruotsiksi'), ' Kommunikation ');
    await user.type(within(group).getByLabelText('Englanniksi'), '   ');
    await user.click(screen.getByRole('button', { name: 'Lisää tukihenkilö' }));
    expect(add).toHaveBeenCalledWith({
      person_id: 'p2',
      role: 'Viestintä',
      role_sv: 'Kommunikation',
      role_en: null,
      sort_order: 2,
    });
  });

  it('lists a role in the UI language, the Finnish one marked where not translated', async () => {
    await act(() => translator.changeLanguage('en'));
    try {
      renderEditor({
        staff: [
          { ...staff[0]!, role_en: 'Senior planner' },
          {
            id: 's2',
            version: 1,
            role: 'Viestintä',
            sort_order: 2,
            person: { id: 'p2', full_name: 'Bea Berg', title: null },
          },
        ],
      });
      const items = within(screen.getByRole('list')).getAllByRole('listitem');
      expect(items[0]).toHaveTextContent('Aino Aalto – Senior planner');
      expect(items[1]).toHaveTextContent('Bea Berg – Viestintä (not translated)');
      expect(within(items[1]!).getByText('Viestintä')).toHaveAttribute('lang', 'fi');
    } finally {
      await act(() => translator.changeLanguage('fi'));
    }
  });
});

describe('StaffEditor: editing an existing role (#14 §1)', () => {
  it('edits the role in Finnish, Swedish and English side by side, from the version read', async () => {
    const { updateRole, user } = renderEditor();
    const edit = screen.getByRole('button', { name: 'Muokkaa henkilön Aino Aalto roolia' });
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    await user.click(edit);
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    const form = screen.getByRole('form', { name: 'Rooli: Aino Aalto' });
    const group = within(form).getByRole('group', { name: 'Rooli kasvualueella' });
    expect(within(group).getByLabelText('Rooli kasvualueella')).toHaveValue('Erityissuunnittelija');
    expect(within(group).getByLabelText('Ruotsiksi')).toHaveAttribute('lang', 'sv');
    await user.type(within(group).getByLabelText('Ruotsiksi'), ' Specialplanerare ');
    await user.click(within(form).getByRole('button', { name: 'Tallenna rooli' }));
    expect(updateRole).toHaveBeenCalledWith({
      id: 's1',
      version: 3,
      patch: { role: 'Erityissuunnittelija', role_sv: 'Specialplanerare', role_en: null },
    });
    expect(await screen.findByText('Rooli tallennettu: Aino Aalto')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Rooli: Aino Aalto' })).not.toBeInTheDocument();
  });

  it('requires the Finnish role and sends nothing without it', async () => {
    const { updateRole, user } = renderEditor();
    await user.click(screen.getByRole('button', { name: 'Muokkaa henkilön Aino Aalto roolia' }));
    const form = screen.getByRole('form', { name: 'Rooli: Aino Aalto' });
    await user.clear(within(form).getByLabelText('Rooli kasvualueella'));
    await user.click(within(form).getByRole('button', { name: 'Tallenna rooli' }));
    expect(updateRole).not.toHaveBeenCalled();
    expect(within(form).getByLabelText('Rooli kasvualueella')).toHaveAccessibleDescription(
      'Pakollinen tieto.',
    );
  });

  it('shows what someone else saved first and keeps the input; saving again goes from theirs', async () => {
    const theirs = {
      id: 's1',
      version: 4,
      role: 'Erityissuunnittelija',
      role_sv: 'Specialplanerare',
      role_en: null,
    };
    const updateRole = vi
      .fn()
      .mockRejectedValueOnce(new VersionConflictError('growth_area_people', theirs))
      .mockResolvedValueOnce({ ...theirs, version: 5, role_sv: 'Planerare' });
    const { user } = renderEditor({ updateRole });
    await user.click(screen.getByRole('button', { name: 'Muokkaa henkilön Aino Aalto roolia' }));
    const form = screen.getByRole('form', { name: 'Rooli: Aino Aalto' });
    await user.type(within(form).getByLabelText('Ruotsiksi'), 'Planerare');
    await user.click(within(form).getByRole('button', { name: 'Tallenna rooli' }));
    expect(await within(form).findByText(/Roolia muutettiin sillä välin/)).toBeInTheDocument();
    const table = within(form).getByRole('table');
    expect(table).toHaveTextContent('Rooli kasvualueella (Ruotsiksi)');
    expect(table).toHaveTextContent('Specialplanerare');
    expect(within(form).getByLabelText('Ruotsiksi')).toHaveValue('Planerare');
    await user.click(within(form).getByRole('button', { name: 'Tallenna omani uudelleen' }));
    expect(updateRole).toHaveBeenLastCalledWith({
      id: 's1',
      version: 4,
      patch: { role: 'Erityissuunnittelija', role_sv: 'Planerare', role_en: null },
    });
  });

  it('says so when the database changed no row (not allowed, or removed meanwhile)', async () => {
    const updateRole = vi.fn().mockRejectedValue(new ZeroRowsError('growth_area_people'));
    const { user } = renderEditor({ updateRole });
    await user.click(screen.getByRole('button', { name: 'Muokkaa henkilön Aino Aalto roolia' }));
    const form = screen.getByRole('form', { name: 'Rooli: Aino Aalto' });
    await user.click(within(form).getByRole('button', { name: 'Tallenna rooli' }));
    expect(
      await within(form).findByText(
        /Muutosta ei tallennettu: palvelin ei päivittänyt yhtään riviä/,
      ),
    ).toBeInTheDocument();
  });
});
