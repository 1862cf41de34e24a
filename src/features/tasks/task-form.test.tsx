import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { VersionConflictError } from '@/lib/errors';
import { withQueryClient } from '@/test/with-query-client';
import type { EditableTask } from './schema';
import { TaskForm } from './task-form';

const task: EditableTask = {
  id: 't1',
  project_id: 'p1',
  version: 2,
  title: 'Pilottikohteen valinta',
  details: null,
  due_on: '2026-11-10',
  state: 'not_started',
  completed_on: null,
  is_milestone: false,
  assignee_person_id: null,
};

function renderForm(
  save: Parameters<typeof TaskForm>[0]['save'],
  initial: EditableTask | null = task,
) {
  const onSaved = vi.fn();
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <TaskForm task={initial} today="2026-11-22" save={save} onSaved={onSaved} cancelTo="/" />
      ),
    },
  ]);
  render(withQueryClient(<RouterProvider router={router} />));
  return { onSaved };
}

describe('TaskForm', () => {
  it('completes a task with today as the default date, which the user may change', async () => {
    const save = vi.fn(async () => ({ ...task, version: 3 }));
    const { onSaved } = renderForm(save);
    await userEvent.selectOptions(screen.getByLabelText('Tila'), 'Tehty');
    expect(screen.getByLabelText('Valmistumispäivä')).toHaveValue('2026-11-22');
    fireEvent.change(screen.getByLabelText('Valmistumispäivä'), { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Valmistumispäivä')).toHaveAccessibleDescription(
      'Anna päivä, jolloin tehtävä valmistui.',
    );
    fireEvent.change(screen.getByLabelText('Valmistumispäivä'), {
      target: { value: '2026-11-20' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).toHaveBeenCalledWith({
      task,
      patch: expect.objectContaining({ state: 'done', completed_on: '2026-11-20' }),
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it('needs a title for a new task', async () => {
    const save = vi.fn();
    renderForm(save, null);
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Otsikko')).toHaveAccessibleDescription('Pakollinen tieto.');
  });

  it("shows a conflict with the saved deadline beside the user's", async () => {
    renderForm(() =>
      Promise.reject(
        new VersionConflictError('tasks', { ...task, version: 3, due_on: '2026-12-01' }),
      ),
    );
    fireEvent.change(screen.getByLabelText('Määräaika'), { target: { value: '2026-12-15' } });
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    const alert = await screen.findByRole('alert', { name: 'Joku muu tallensi ensin' });
    expect(alert).toHaveTextContent('Tehtävää muutettiin');
    expect(alert).toHaveTextContent('Määräaika01.12.202615.12.2026');
    expect(screen.getByLabelText('Määräaika')).toHaveValue('2026-12-15');
  });
});
