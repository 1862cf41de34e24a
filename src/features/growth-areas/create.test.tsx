import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { NewGrowthArea } from './mutations';
import { NewGrowthAreaForm } from './create';
import { withQueryClient } from '@/test/with-query-client';

const programme = { id: 'prog', slug: 'elinvoimaohjelma', name: 'Elinvoimaohjelma', lastOrder: 5 };
const people = [{ id: 'p1', full_name: 'Aino Aalto', title: 'Projektijohtaja' }];

function renderForm(save: (area: NewGrowthArea) => Promise<unknown>) {
  const router = createMemoryRouter([
    {
      path: '/',
      element: <NewGrowthAreaForm programme={programme} people={people} save={save} cancelTo="/" />,
    },
  ]);
  render(withQueryClient(<RouterProvider router={router} />));
  return userEvent.setup();
}

const create = () => screen.getByRole('button', { name: 'Luo kasvualue' });

describe('NewGrowthAreaForm', () => {
  it('derives the address name from the name, comes last in the order, and sends it all', async () => {
    const save = vi.fn(() => Promise.resolve());
    const user = renderForm(save);
    expect(screen.getByLabelText('Järjestys')).toHaveValue('6');
    expect(screen.getByLabelText('Värin heksakoodi')).toHaveValue('#0072c6');
    await user.type(screen.getByLabelText('Nimi'), 'Älykäs & kestävä liikenne');
    expect(screen.getByLabelText('Osoitetunnus')).toHaveValue('alykas-kestava-liikenne');
    await user.selectOptions(screen.getByLabelText('Vetäjä'), 'Aino Aalto, Projektijohtaja');
    await user.click(create());
    expect(save).toHaveBeenCalledWith({
      programme_id: 'prog',
      name: 'Älykäs & kestävä liikenne',
      slug: 'alykas-kestava-liikenne',
      color: '#0072c6',
      sort_order: 6,
      description: null,
      lead_person_id: 'p1',
      name_sv: null,
      name_en: null,
      description_sv: null,
      description_en: null,
    });
  });

  it('keeps an address name the user edited when the name changes', async () => {
    const user = renderForm(vi.fn());
    await user.type(screen.getByLabelText('Nimi'), 'Ruoka');
    await user.clear(screen.getByLabelText('Osoitetunnus'));
    await user.type(screen.getByLabelText('Osoitetunnus'), 'ruoka-2');
    await user.type(screen.getByLabelText('Nimi'), 'kulttuuri');
    expect(screen.getByLabelText('Osoitetunnus')).toHaveValue('ruoka-2');
  });

  it("holds the address name to the database's format and says so beside it", async () => {
    const save = vi.fn();
    const user = renderForm(save);
    await user.click(create());
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nimi')).toHaveFocus();
    expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription('Pakollinen tieto.');
    expect(screen.getByLabelText('Osoitetunnus')).toHaveAccessibleDescription(
      /^Pakollinen tieto\./,
    );

    await user.type(screen.getByLabelText('Nimi'), 'Meri');
    await user.clear(screen.getByLabelText('Osoitetunnus'));
    await user.type(screen.getByLabelText('Osoitetunnus'), 'Meri-');
    await user.click(create());
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Osoitetunnus')).toHaveFocus();
    expect(screen.getByLabelText('Osoitetunnus')).toHaveAccessibleDescription(
      /^Käytä vain pieniä kirjaimia a–z, numeroita ja väliviivoja/,
    );
  });

  it('shows a taken address name beside the field', async () => {
    const save = vi.fn(() =>
      Promise.reject({
        code: '23505',
        message: 'duplicate key value violates unique constraint "growth_areas_programme_slug_key"',
        details: 'Key (programme_id, slug)=(…, ruoka) already exists.',
      }),
    );
    const user = renderForm(save);
    await user.type(screen.getByLabelText('Nimi'), 'Ruoka');
    await user.click(create());
    expect(
      await screen.findByText('Ohjelmassa on jo kasvualue tällä osoitetunnuksella.'),
    ).toBeVisible();
    expect(screen.getByLabelText('Osoitetunnus')).toHaveFocus();
    expect(screen.getByLabelText('Nimi')).toHaveValue('Ruoka');
  });

  it('says any other refusal above the form', async () => {
    const save = vi.fn(() =>
      Promise.reject({ code: '42501', message: 'new row violates row-level security policy' }),
    );
    const user = renderForm(save);
    await user.type(screen.getByLabelText('Nimi'), 'Ruoka');
    await user.click(create());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tallennus epäonnistui: new row violates row-level security policy',
    );
  });
});
