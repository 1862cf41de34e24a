import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { VersionConflictError } from '@/lib/errors';
import { loadContentTexts } from '@/lib/content-texts';
import { withQueryClient } from '@/test/with-query-client';
import { ProgrammeForm, toProgrammePatch } from './programme-form';
import type { EditableProgramme } from './queries';

const programme: EditableProgramme = {
  id: 'p1',
  slug: 'elinvoimaohjelma',
  version: 2,
  name: 'Elinvoimaohjelma',
  name_sv: 'Livskraftsprogrammet',
  name_en: null,
  description: 'Kaupungin elinvoiman ohjelma.',
  description_sv: null,
  description_en: null,
};

beforeAll(loadContentTexts);

function renderForm(
  save = vi.fn((input: { version: number }) =>
    Promise.resolve({ ...programme, version: input.version + 1 }),
  ),
) {
  const onSaved = vi.fn();
  render(
    withQueryClient(
      <MemoryRouter>
        <ProgrammeForm programme={programme} save={save} onSaved={onSaved} cancelTo="/" />
      </MemoryRouter>,
    ),
  );
  return { save, onSaved, user: userEvent.setup() };
}

describe('ProgrammeForm', () => {
  it('edits the name and description in Finnish, Swedish and English side by side', async () => {
    const { save, onSaved, user } = renderForm();
    const names = screen.getByRole('group', { name: 'Ohjelman nimi' });
    const descriptions = screen.getByRole('group', { name: 'Kuvaus' });
    expect(within(names).getByLabelText('Ohjelman nimi')).toHaveValue('Elinvoimaohjelma');
    expect(within(names).getByLabelText('Ruotsiksi')).toHaveValue('Livskraftsprogrammet');
    expect(within(names).getByLabelText('Englanniksi')).toHaveAttribute('lang', 'en');
    expect(within(descriptions).getByLabelText('Ruotsiksi').tagName).toBe('TEXTAREA');
    await user.type(within(names).getByLabelText('Englanniksi'), 'Vitality Programme');
    await user.type(within(descriptions).getByLabelText('Englanniksi'), 'The city programme.');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).toHaveBeenCalledWith({
      id: 'p1',
      version: 2,
      patch: {
        name: 'Elinvoimaohjelma',
        name_sv: 'Livskraftsprogrammet',
        name_en: 'Vitality Programme',
        description: 'Kaupungin elinvoiman ohjelma.',
        description_sv: null,
        description_en: 'The city programme.',
      },
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it('requires the Finnish name beside its field and sends nothing', async () => {
    const { save, user } = renderForm();
    const fi = within(screen.getByRole('group', { name: 'Ohjelman nimi' })).getByLabelText(
      'Ohjelman nimi',
    );
    await user.clear(fi);
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(save).not.toHaveBeenCalled();
    expect(fi).toHaveAccessibleDescription(/Pakollinen tieto/);
    expect(fi).toHaveFocus();
  });

  it('shows what changed when someone else saved first, and keeps the input', async () => {
    const theirs = { ...programme, version: 3, name_en: 'Their name' };
    const { user } = renderForm(
      vi.fn(() => Promise.reject(new VersionConflictError('programmes', theirs))),
    );
    const en = within(screen.getByRole('group', { name: 'Ohjelman nimi' })).getByLabelText(
      'Englanniksi',
    );
    await user.type(en, 'My name');
    await user.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText(/Ohjelmaa muutettiin sillä välin/)).toBeInTheDocument();
    expect(screen.getByText('Their name')).toBeInTheDocument();
    expect(en).toHaveValue('My name');
  });
});

describe('toProgrammePatch', () => {
  it('saves blank translations as NULL', () => {
    expect(
      toProgrammePatch({
        name: ' Elinvoimaohjelma ',
        name_sv: ' ',
        name_en: '',
        description: '',
        description_sv: 'Text',
        description_en: '  ',
      }),
    ).toEqual({
      name: 'Elinvoimaohjelma',
      name_sv: null,
      name_en: null,
      description: null,
      description_sv: 'Text',
      description_en: null,
    });
  });
});
