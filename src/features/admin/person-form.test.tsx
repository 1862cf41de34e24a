import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { withQueryClient } from '@/test/with-query-client';
import type { Person } from '@/lib/people';
import type { PersonPatch } from './mutations';
import type { Account } from './queries';
import { PersonForm } from './person-form';

const accounts: Account[] = [
  {
    user_id: 'u-free',
    email: 'staff@salkku.test',
    last_sign_in_at: null,
    person_id: null,
    full_name: null,
    roles: [],
  },
  {
    user_id: 'u-taken',
    email: 'lead@salkku.test',
    last_sign_in_at: null,
    person_id: 'someone-else',
    full_name: 'Ronny Rantamäki',
    roles: [],
  },
];

const person: Person = {
  id: 'p1',
  version: 2,
  full_name: 'Maija Meikäläinen',
  title: 'Projektipäällikkö',
  organisation: 'Helsingin kaupunki',
  email: 'maija@hel.fi',
  user_id: null,
};

type Save = (patch: PersonPatch, base: Person | null) => Promise<Person>;

function renderForm(save: Save, existing: Person | null = null) {
  const onSaved = vi.fn();
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <PersonForm
          person={existing}
          accounts={accounts}
          save={save}
          onSaved={onSaved}
          cancelTo="/admin/people"
        />
      ),
    },
  ]);
  render(withQueryClient(<RouterProvider router={router} />));
  return { onSaved };
}

describe('PersonForm', () => {
  it('checks the database limits before sending and shows the errors beside the fields', async () => {
    const save = vi.fn<Save>();
    renderForm(save);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nimi'), '   ');
    fireEvent.change(screen.getByLabelText(/Titteli/), { target: { value: 'x'.repeat(201) } });
    await user.type(screen.getByLabelText(/Sähköposti/), 'maija at hel.fi');
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));

    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription('Pakollinen tieto.');
    expect(screen.getByLabelText('Nimi')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Nimi')).toHaveFocus();
    expect(screen.getByLabelText(/Titteli/)).toHaveAccessibleDescription('Enintään 200 merkkiä.');
    expect(screen.getByLabelText(/Sähköposti/)).toHaveAccessibleDescription(
      'Sähköpostiosoitteen muoto on nimi@esimerkki.fi, ilman välilyöntejä.',
    );
    expect(screen.getByLabelText(/Organisaatio/)).not.toHaveAttribute('aria-invalid');
  });

  it('takes 200 characters of name but not 201, and an e-mail of 320 but not 321', async () => {
    const save = vi.fn<Save>(async (patch) => ({ ...person, ...patch, id: 'new', version: 1 }));
    renderForm(save);
    const user = userEvent.setup();
    const name = screen.getByLabelText('Nimi');
    const email = screen.getByLabelText(/Sähköposti/);
    fireEvent.change(name, { target: { value: 'n'.repeat(201) } });
    fireEvent.change(email, { target: { value: `${'e'.repeat(310)}@example.fi` } });
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
    expect(save).not.toHaveBeenCalled();
    expect(name).toHaveAccessibleDescription('Enintään 200 merkkiä.');
    expect(email).toHaveAccessibleDescription('Enintään 320 merkkiä.');

    fireEvent.change(name, { target: { value: 'n'.repeat(200) } });
    fireEvent.change(email, { target: { value: `${'e'.repeat(309)}@example.fi` } });
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('adds a person with trimmed values, empty fields as null, and a linked account', async () => {
    const save = vi.fn<Save>(async (patch) => ({ ...patch, id: 'new', version: 1 }));
    const { onSaved } = renderForm(save);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Nimi'), '  Uusi Henkilö ');
    await user.type(screen.getByLabelText(/Sähköposti/), 'uusi@hel.fi');
    const account = screen.getByLabelText(/Käyttäjätili/);
    // Only accounts no other person holds are offered.
    expect(
      within(account)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Ei käyttäjätiliä', 'staff@salkku.test']);
    await user.selectOptions(account, 'staff@salkku.test');
    await user.click(screen.getByRole('button', { name: 'Lisää henkilö' }));
    expect(save).toHaveBeenCalledWith(
      {
        full_name: 'Uusi Henkilö',
        title: null,
        organisation: null,
        email: 'uusi@hel.fi',
        user_id: 'u-free',
      },
      null,
    );
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ id: 'new' }));
  });

  it('shows a version conflict with what changed, keeps the input, and saves again from the new version', async () => {
    const theirs = { ...person, version: 3, organisation: 'Forum Virium' };
    const save = vi
      .fn<Save>()
      .mockRejectedValueOnce(new VersionConflictError('people', theirs))
      .mockResolvedValueOnce({ ...theirs, version: 4, title: 'Johtaja' });
    const { onSaved } = renderForm(save, person);
    const user = userEvent.setup();
    const title = screen.getByLabelText(/Titteli/);
    await user.clear(title);
    await user.type(title, 'Johtaja');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ title: 'Johtaja' }), person);

    const alert = await screen.findByRole('alert', { name: 'Joku muu tallensi ensin' });
    expect(alert).toHaveTextContent('Henkilön tietoja muutettiin');
    const rows = within(alert).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'TitteliProjektipäällikköJohtaja',
      'OrganisaatioForum ViriumHelsingin kaupunki',
    ]);
    expect(screen.getByLabelText(/Titteli/)).toHaveValue('Johtaja');
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: 'Tallenna omani uudelleen' }));
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({ title: 'Johtaja', organisation: 'Helsingin kaupunki' }),
      theirs,
    );
    expect(onSaved).toHaveBeenCalled();
  });

  it('reports a write that matched no row as an error', async () => {
    renderForm(() => Promise.reject(new ZeroRowsError('people')), person);
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Muutosta ei tallennettu');
  });

  it('puts a constraint error from the server beside its field', async () => {
    renderForm(
      () =>
        Promise.reject({
          code: '23505',
          message: 'duplicate key value violates unique constraint "people_user_id_key"',
          details: null,
          hint: null,
        }),
      person,
    );
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/Käyttäjätili/), 'staff@salkku.test');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    const account = screen.getByLabelText(/Käyttäjätili/);
    expect(account).toHaveAttribute('aria-invalid', 'true');
    expect(account).toHaveAccessibleDescription(
      expect.stringContaining('Tili on jo liitetty toiseen henkilöön.'),
    );
    expect(account).toHaveFocus();
  });
});
