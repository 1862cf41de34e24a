import { translator } from '@/lib/translator';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { ToastProvider } from '@/components/toast';
import { peopleQueries, type Person } from '@/lib/people';
import { ContactsEditor, validateContact } from './contacts';
import { sortContacts, type ProjectDetail } from './queries';

const person = (id: string, full_name: string, title: string | null = null): Person => ({
  id,
  version: 1,
  full_name,
  title,
  organisation: 'Helsingin kaupunki',
  email: null,
  user_id: null,
});

const contacts = [
  {
    id: 'c2',
    version: 2,
    is_primary: false,
    role: 'Viestintä',
    role_sv: null,
    role_en: null,
    sort_order: 1,
    person: person('p2', 'Bea Berg'),
  },
  {
    id: 'c1',
    version: 1,
    is_primary: true,
    role: null,
    role_sv: null,
    role_en: null,
    sort_order: 2,
    person: person('p1', 'Aino Aalto'),
  },
] as ProjectDetail['contacts'];

function renderEditor() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  queryClient.setQueryData(peopleQueries.list().queryKey, [
    person('p1', 'Aino Aalto'),
    person('p2', 'Bea Berg'),
    person('p3', 'Cecilia Carlsson', 'Projektipäällikkö'),
  ]);
  const project = { id: 'proj', contacts } as unknown as ProjectDetail;
  render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <Suspense>
          <ContactsEditor project={project} />
        </Suspense>
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('ContactsEditor', () => {
  it('lists the main contact first and offers to promote only the others', async () => {
    renderEditor();
    const list = await screen.findByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('Aino Aalto');
    expect(items[0]).toHaveTextContent('Pääyhteyshenkilö');
    expect(items[1]).toHaveTextContent('Bea Berg – Viestintä');
    expect(
      screen.queryByRole('button', { name: 'Tee Aino Aalto pääyhteyshenkilöksi' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tee Bea Berg pääyhteyshenkilöksi' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Poista yhteyshenkilö Aino Aalto' })).toBeEnabled();
  });

  it('offers only people who are not contacts yet, and a new person', async () => {
    renderEditor();
    const select = await screen.findByLabelText('Henkilö');
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options).toEqual([
      'Valitse henkilö',
      'Cecilia Carlsson (Projektipäällikkö)',
      'Uusi henkilö',
    ]);
  });

  it('explains a missing choice or name beside the field, and sends nothing', async () => {
    renderEditor();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Lisää yhteyshenkilö' }));
    expect(screen.getByLabelText('Henkilö')).toHaveAccessibleDescription('Pakollinen tieto.');
    expect(screen.getByLabelText('Henkilö')).toHaveFocus();

    await user.selectOptions(screen.getByLabelText('Henkilö'), 'Uusi henkilö');
    await user.click(screen.getByLabelText('Rooli hankkeessa'));
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Lisää yhteyshenkilö' }));
    expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription('Pakollinen tieto.');
    expect(screen.getByLabelText('Rooli hankkeessa')).toHaveAccessibleDescription(
      'Enintään 200 merkkiä.',
    );
  });
});

describe('ContactsEditor: editing an existing role (#14 §1)', () => {
  it('opens the role in Finnish, Swedish and English side by side, and closes it on cancel', async () => {
    renderEditor();
    const user = userEvent.setup();
    await user.click(
      await screen.findByRole('button', { name: 'Muokkaa henkilön Bea Berg roolia' }),
    );
    const form = screen.getByRole('form', { name: 'Rooli: Bea Berg' });
    const group = within(form).getByRole('group', { name: 'Rooli hankkeessa' });
    expect(within(group).getByLabelText('Rooli hankkeessa')).toHaveValue('Viestintä');
    expect(within(group).getByLabelText('Rooli hankkeessa')).toHaveAttribute('lang', 'fi');
    expect(within(group).getByLabelText('Ruotsiksi')).toHaveValue('');
    expect(within(group).getByLabelText('Englanniksi')).toHaveAttribute('lang', 'en');
    await user.click(within(form).getByRole('button', { name: 'Peruuta' }));
    expect(screen.queryByRole('form', { name: 'Rooli: Bea Berg' })).not.toBeInTheDocument();
  });
});

describe('validateContact', () => {
  const base = {
    person_id: 'p3',
    role: '',
    role_sv: '',
    role_en: '',
    new_name: '',
    new_title: '',
    new_organisation: '',
  };
  it('accepts an existing person with no role', () => {
    expect(validateContact(base)).toEqual({});
  });
  it('holds a new person to the database limits', () => {
    expect(
      validateContact({ ...base, person_id: 'new', new_name: '  ', new_title: 't'.repeat(201) }),
    ).toEqual({ new_name: 'edit.required', new_title: 'edit.tooLong' });
  });

  it('holds the Swedish and English roles to the same limit as the Finnish', () => {
    expect(
      validateContact({ ...base, role_sv: 's'.repeat(201), role_en: 'e'.repeat(200) }),
    ).toEqual({ role_sv: 'edit.tooLong' });
  });
});

describe('ContactsEditor in three languages', () => {
  it('edits the role in Finnish, Swedish and English side by side', async () => {
    renderEditor();
    const group = await screen.findByRole('group', { name: 'Rooli hankkeessa' });
    const fi = within(group).getByLabelText('Rooli hankkeessa');
    const sv = within(group).getByLabelText('Ruotsiksi');
    const en = within(group).getByLabelText('Englanniksi');
    expect(fi).toHaveAttribute('lang', 'fi');
    expect(sv).toHaveAttribute('lang', 'sv');
    expect(en).toHaveAttribute('lang', 'en');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Henkilö'), 'p3');
    await user.click(sv);
    await user.paste('x'.repeat(201));
    await user.click(screen.getByRole('button', { name: 'Lisää yhteyshenkilö' }));
    expect(sv).toHaveAccessibleDescription('Enintään 200 merkkiä.');
  });

  it('shows a role in the UI language, the Finnish one marked where not translated', async () => {
    await act(() => translator.changeLanguage('sv'));
    try {
      contacts[0]!.role_sv = 'Kommunikation';
      renderEditor();
      const items = within(await screen.findByRole('list')).getAllByRole('listitem');
      expect(items[1]).toHaveTextContent('Bea Berg – Kommunikation');
      contacts[0]!.role_sv = null;
    } finally {
      await act(() => translator.changeLanguage('fi'));
    }
  });
});

describe('sortContacts', () => {
  it('puts the main contact first, then by order', () => {
    expect(sortContacts(contacts).map((c) => c.person.id)).toEqual(['p1', 'p2']);
  });
});
