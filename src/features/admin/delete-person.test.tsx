import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { ZeroRowsError } from '@/lib/errors';
import { PersonInUseError } from './mutations';
import { DeletePerson } from './delete-person';

function renderDelete(remove: () => Promise<void>) {
  const onDeleted = vi.fn();
  render(
    <MemoryRouter>
      <DeletePerson name="Maija Meikäläinen" remove={remove} onDeleted={onDeleted} />
    </MemoryRouter>,
  );
  return { onDeleted };
}

describe('DeletePerson', () => {
  it('asks first; cancelling deletes nothing and returns focus', async () => {
    const remove = vi.fn(async () => {});
    renderDelete(remove);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Poista henkilö' }));
    const question = screen.getByRole('heading', { name: 'Poistetaanko Maija Meikäläinen?' });
    expect(question).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Älä poista' }));
    expect(remove).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Poista henkilö' })).toHaveFocus();
  });

  it('deletes after the confirmation', async () => {
    const remove = vi.fn(async () => {});
    const { onDeleted } = renderDelete(remove);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Poista henkilö' }));
    await user.click(screen.getByRole('button', { name: 'Poista pysyvästi' }));
    expect(remove).toHaveBeenCalledTimes(1);
    expect(onDeleted).toHaveBeenCalled();
  });

  it('names the projects that still hold the person as a contact', async () => {
    const { onDeleted } = renderDelete(() =>
      Promise.reject(new PersonInUseError([{ name: 'Kiertotalot', slug: 'kiertotalot' }])),
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Poista henkilö' }));
    await user.click(screen.getByRole('button', { name: 'Poista pysyvästi' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Henkilöä ei voi poistaa, koska hän on yhteyshenkilönä');
    expect(screen.getByRole('link', { name: 'Kiertotalot' })).toHaveAttribute(
      'href',
      '/projects/kiertotalot/edit',
    );
    expect(onDeleted).not.toHaveBeenCalled();
  });

  it('reports a delete that matched no row as an error', async () => {
    renderDelete(() => Promise.reject(new ZeroRowsError('people')));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Poista henkilö' }));
    await user.click(screen.getByRole('button', { name: 'Poista pysyvästi' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Henkilöä ei poistettu');
  });
});
