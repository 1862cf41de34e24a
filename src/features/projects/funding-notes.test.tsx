import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/toast';
import { VersionConflictError } from '@/lib/errors';
import { loadContentTexts } from '@/lib/content-texts';
import { withQueryClient } from '@/test/with-query-client';
import { FundingNotesForm, toFundingNotesPatch } from './funding-notes';
import type { FundingNotesRow } from './queries';

const row: FundingNotesRow = {
  id: 'f1',
  version: 3,
  instrument: 'EAKR',
  state: 'applied',
  note: 'Hanke on hakemusvaiheessa.',
  note_sv: null,
  note_en: null,
};

beforeAll(loadContentTexts);

function renderForm(
  save = vi.fn((input: { id: string; version: number }) =>
    Promise.resolve({ ...row, version: input.version + 1 }),
  ),
) {
  const onSaved = vi.fn();
  render(
    withQueryClient(
      <ToastProvider>
        <FundingNotesForm row={row} save={save} onSaved={onSaved} />
      </ToastProvider>,
    ),
  );
  return { save, onSaved, user: userEvent.setup() };
}

describe('FundingNotesForm', () => {
  it('edits the note in Finnish, Swedish and English side by side', async () => {
    const { save, onSaved, user } = renderForm();
    expect(
      screen.getByRole('heading', { name: 'EAKR: Hakemusvaiheessa, ei päätöstä rahoituksesta' }),
    ).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Huomautus' });
    const fi = within(group).getByLabelText('Huomautus');
    const sv = within(group).getByLabelText('Ruotsiksi');
    const en = within(group).getByLabelText('Englanniksi');
    expect(fi).toHaveValue('Hanke on hakemusvaiheessa.');
    expect([fi, sv, en].map((c) => c.getAttribute('lang'))).toEqual(['fi', 'sv', 'en']);
    await user.type(sv, 'Projektet är i ansökningsskedet.');
    await user.click(screen.getByRole('button', { name: 'Tallenna huomautus' }));
    expect(save).toHaveBeenCalledWith({
      id: 'f1',
      version: 3,
      patch: {
        note: 'Hanke on hakemusvaiheessa.',
        note_sv: 'Projektet är i ansökningsskedet.',
        note_en: null,
      },
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it('holds a translation to the database limit beside its field and sends nothing', async () => {
    const { save, user } = renderForm();
    const en = screen.getByLabelText('Englanniksi');
    await user.click(en);
    await user.paste('x'.repeat(2001));
    await user.click(screen.getByRole('button', { name: 'Tallenna huomautus' }));
    expect(save).not.toHaveBeenCalled();
    expect(en).toHaveAccessibleDescription(/Enintään 2000 merkkiä/);
  });

  it('shows what changed when someone else saved first, and keeps the input', async () => {
    const theirs = { ...row, version: 4, note_sv: 'Deras text' };
    const { user } = renderForm(
      vi.fn(() => Promise.reject(new VersionConflictError('project_funding', theirs))),
    );
    await user.type(screen.getByLabelText('Ruotsiksi'), 'Min text');
    await user.click(screen.getByRole('button', { name: 'Tallenna huomautus' }));
    expect(await screen.findByText(/Rahoitusta muutettiin sillä välin/)).toBeInTheDocument();
    expect(screen.getByText('Deras text')).toBeInTheDocument();
    expect(screen.getByLabelText('Ruotsiksi')).toHaveValue('Min text');
  });
});

describe('toFundingNotesPatch', () => {
  it('saves blank notes as NULL (no note, or not translated)', () => {
    expect(toFundingNotesPatch({ note: ' ', note_sv: '', note_en: ' Note ' })).toEqual({
      note: null,
      note_sv: null,
      note_en: 'Note',
    });
  });
});
