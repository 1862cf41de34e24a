import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { withQueryClient } from '@/test/with-query-client';
import type { ProjectUpdate } from './mutations';
import { ProjectEditForm } from './project-edit-form';
import type { EditableProject } from './schema';

const project: EditableProject = {
  id: 'p1',
  version: 3,
  name: 'Kiertotalot',
  summary: 'Rakennusosien uudelleenkäyttö.',
  official_description: null,
  name_sv: null,
  name_en: null,
  summary_sv: null,
  summary_en: null,
  official_description_sv: null,
  official_description_en: null,
  stage: 'implementation',
  schedule_status: null,
  schedule_note: null,
  starts_on: '2025-01-01',
  ends_on: '2029-12-31',
  growth_area_id: 'a3',
  published: true,
  progress_manual: null,
  progress_note: null,
};

function renderForm(save: (u: ProjectUpdate) => Promise<EditableProject>, director = false) {
  const onSaved = vi.fn();
  const router = createMemoryRouter([
    {
      path: '/',
      element: (
        <ProjectEditForm
          project={project}
          growthAreas={[{ id: 'a3', name: 'Rakentamisen kiertotalous' }]}
          director={director}
          save={save}
          onSaved={onSaved}
          cancelTo="/projects/kiertotalot"
        />
      ),
    },
  ]);
  render(withQueryClient(<RouterProvider router={router} />));
  return { onSaved };
}

describe('ProjectEditForm', () => {
  it('checks the database limits before sending and shows the errors beside the fields', async () => {
    const save = vi.fn();
    renderForm(save);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Nimi'));
    // Date inputs take a whole value, as a date picker gives it.
    fireEvent.change(screen.getByLabelText('Päättyy'), { target: { value: '2020-01-01' } });
    await user.selectOptions(screen.getByLabelText('Aikataulun tila'), 'Myöhässä');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Nimi')).toHaveAccessibleDescription('Pakollinen tieto.');
    expect(screen.getByLabelText('Nimi')).toHaveFocus();
    expect(screen.getByLabelText('Päättyy')).toHaveAccessibleDescription(
      'Päättymispäivä ei voi olla ennen alkamispäivää.',
    );
    expect(screen.getByLabelText(/Perustelu käsin/)).toHaveAccessibleDescription(
      expect.stringContaining('Käsin asetettu aikataulu tarvitsee perustelun.'),
    );
  });

  it('sends the version it started from and only the fields a lead may change', async () => {
    const save = vi.fn(async (u: ProjectUpdate) => ({ ...project, version: u.version + 1 }));
    const { onSaved } = renderForm(save);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Valmis' }));
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'p1',
        version: 3,
        patch: expect.objectContaining({ stage: 'completed' }),
      }),
    );
    expect(save.mock.calls[0]?.[0].patch).not.toHaveProperty('published');
    expect(onSaved).toHaveBeenCalled();
  });

  it('shows a version conflict with what changed, keeps the input, and saves again from the new version', async () => {
    const theirs = { ...project, version: 4, summary: 'Toisen käyttäjän kuvaus.' };
    const save = vi
      .fn<(u: ProjectUpdate) => Promise<EditableProject>>()
      .mockRejectedValueOnce(new VersionConflictError('projects', theirs))
      .mockResolvedValueOnce({ ...theirs, version: 5 });
    const { onSaved } = renderForm(save);
    const user = userEvent.setup();
    const summary = screen.getByLabelText('Kuvaus');
    await user.clear(summary);
    await user.type(summary, 'Oma kuvaus.');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));

    const alert = await screen.findByRole('alert', { name: 'Joku muu tallensi ensin' });
    const row = within(alert).getByRole('row', { name: /Kuvaus/ });
    expect(row).toHaveTextContent('Toisen käyttäjän kuvaus.');
    expect(row).toHaveTextContent('Oma kuvaus.');
    expect(screen.getByLabelText('Kuvaus')).toHaveValue('Oma kuvaus.');
    expect(onSaved).not.toHaveBeenCalled();

    await user.click(within(alert).getByRole('button', { name: 'Tallenna omani uudelleen' }));
    expect(save).toHaveBeenLastCalledWith(
      expect.objectContaining({
        version: 4,
        patch: expect.objectContaining({ summary: 'Oma kuvaus.' }),
      }),
    );
    expect(onSaved).toHaveBeenCalled();
  });

  it('shows a write that matched no row as an error', async () => {
    renderForm(() => Promise.reject(new ZeroRowsError('projects')));
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Muutosta ei tallennettu');
  });

  it('puts a constraint error from the server beside its field', async () => {
    renderForm(() =>
      Promise.reject({
        code: '23514',
        message:
          'new row for relation "projects" violates check constraint "projects_dates_ordered"',
        details: null,
        hint: null,
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/violates check constraint/)).toBeInTheDocument();
    expect(screen.getByLabelText('Päättyy')).toHaveAttribute('aria-invalid', 'true');
  });

  it('offers moving and publishing only to directors', () => {
    renderForm(vi.fn(), true);
    expect(screen.getByLabelText('Kasvualue')).toBeInTheDocument();
    expect(screen.getByLabelText('Julkaistu')).toBeChecked();
  });
});
