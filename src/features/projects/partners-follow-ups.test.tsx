import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/toast';
import { loadContentTexts } from '@/lib/content-texts';
import { VersionConflictError, ZeroRowsError } from '@/lib/errors';
import { withQueryClient } from '@/test/with-query-client';
import {
  FollowUpTextsForm,
  PartnersFollowUpsEditor,
  toFollowUpTextsPatch,
} from './partners-follow-ups';
import { linkTextQueries, type FollowUpTextsRow, type LinkTexts } from './queries';

const followUp: FollowUpTextsRow = {
  id: 'f2',
  version: 1,
  follow_up_project_id: null,
  name: 'Kaikki muovi kiertää',
  name_sv: null,
  name_en: null,
  note: 'Jatkohankehakemus (EAKR).',
  note_sv: null,
  note_en: null,
};

beforeAll(loadContentTexts);

function renderForm(
  save = vi.fn((input: { id: string; version: number }) =>
    Promise.resolve({ ...followUp, version: input.version + 1 }),
  ),
  row: FollowUpTextsRow = followUp,
) {
  const onSaved = vi.fn();
  render(
    withQueryClient(
      <ToastProvider>
        <FollowUpTextsForm
          row={row}
          title={row.name ?? 'Kiertotalot'}
          save={save}
          onSaved={onSaved}
        />
      </ToastProvider>,
    ),
  );
  return { save, onSaved, user: userEvent.setup() };
}

describe('FollowUpTextsForm', () => {
  it("edits the follow-up's name and note in Finnish, Swedish and English side by side", async () => {
    const { save, onSaved, user } = renderForm();
    expect(
      screen.getByRole('heading', { name: 'Jatkohanke: Kaikki muovi kiertää' }),
    ).toBeInTheDocument();
    const name = screen.getByRole('group', { name: 'Jatkohankkeen nimi' });
    const note = screen.getByRole('group', { name: 'Huomautus' });
    expect(within(name).getByLabelText('Jatkohankkeen nimi')).toHaveValue('Kaikki muovi kiertää');
    const controls = [name, note].flatMap((g) => [
      within(g).getAllByRole('textbox')[0]!,
      within(g).getByLabelText('Ruotsiksi'),
      within(g).getByLabelText('Englanniksi'),
    ]);
    expect(controls.map((c) => c.getAttribute('lang'))).toEqual([
      'fi',
      'sv',
      'en',
      'fi',
      'sv',
      'en',
    ]);
    await user.type(within(name).getByLabelText('Ruotsiksi'), 'Allt plast cirkulerar');
    await user.type(within(note).getByLabelText('Englanniksi'), 'Follow-up application (ERDF).');
    await user.click(screen.getByRole('button', { name: 'Tallenna jatkohanke' }));
    expect(save).toHaveBeenCalledWith({
      id: 'f2',
      version: 1,
      patch: {
        name: 'Kaikki muovi kiertää',
        name_sv: 'Allt plast cirkulerar',
        name_en: null,
        note: 'Jatkohankehakemus (EAKR).',
        note_sv: null,
        note_en: 'Follow-up application (ERDF).',
      },
    });
    expect(onSaved).toHaveBeenCalled();
  });

  it('requires the Finnish name unless the follow-up is a project of its own', async () => {
    const { save, user } = renderForm();
    const fi = screen.getByLabelText('Jatkohankkeen nimi');
    await user.clear(fi);
    await user.click(screen.getByRole('button', { name: 'Tallenna jatkohanke' }));
    expect(save).not.toHaveBeenCalled();
    expect(fi).toHaveAccessibleDescription(/Pakollinen tieto/);
  });

  it('lets a linked project stand in for the name', async () => {
    const linked = { ...followUp, follow_up_project_id: 'p2', name: null };
    const { save, user } = renderForm(
      vi.fn(() => Promise.resolve({ ...linked, version: 2 })),
      linked,
    );
    expect(screen.getByText(/sivulla näkyy hankkeen nimi/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Tallenna jatkohanke' }));
    expect(save).toHaveBeenCalled();
  });

  it('says so when the write changed no row (not allowed), and keeps the input', async () => {
    const { user } = renderForm(
      vi.fn(() => Promise.reject(new ZeroRowsError('project_follow_ups'))),
    );
    await user.type(screen.getAllByLabelText('Ruotsiksi')[0]!, 'Allt plast');
    await user.click(screen.getByRole('button', { name: 'Tallenna jatkohanke' }));
    expect(await screen.findByText(/palvelin ei päivittänyt yhtään riviä/)).toBeInTheDocument();
    expect(screen.getAllByLabelText('Ruotsiksi')[0]).toHaveValue('Allt plast');
  });

  it('shows what changed when someone else saved first', async () => {
    const theirs = { ...followUp, version: 2, note_sv: 'Deras anteckning' };
    const { user } = renderForm(
      vi.fn(() => Promise.reject(new VersionConflictError('project_follow_ups', theirs))),
    );
    await user.type(screen.getAllByLabelText('Ruotsiksi')[1]!, 'Min anteckning');
    await user.click(screen.getByRole('button', { name: 'Tallenna jatkohanke' }));
    expect(await screen.findByText(/Jatkohanketta muutettiin/)).toBeInTheDocument();
    expect(screen.getByText('Deras anteckning')).toBeInTheDocument();
    expect(screen.getAllByLabelText('Ruotsiksi')[1]).toHaveValue('Min anteckning');
  });
});

describe('PartnersFollowUpsEditor', () => {
  it("lists the partners with their roles and opens a partner's role in three languages", async () => {
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const data: LinkTexts = {
      partners: [
        {
          id: 'pa1',
          version: 1,
          role: 'Koordinaattori',
          role_sv: null,
          role_en: null,
          organisation: { name: 'Green Net Finland' },
        },
      ],
      followUps: [{ ...followUp, follow_up: null }],
    };
    client.setQueryData(linkTextQueries.forProject('proj').queryKey, data);
    render(
      <QueryClientProvider client={client}>
        <ToastProvider>
          <Suspense>
            <PartnersFollowUpsEditor projectId="proj" />
          </Suspense>
        </ToastProvider>
      </QueryClientProvider>,
    );
    expect(
      await screen.findByRole('heading', { name: 'Kumppanit ja jatkohankkeet' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Green Net Finland – Koordinaattori');
    const edit = screen.getByRole('button', { name: 'Muokkaa kumppanin Green Net Finland roolia' });
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    await userEvent.setup().click(edit);
    expect(edit).toHaveAttribute('aria-expanded', 'true');
    const role = screen.getByRole('group', { name: 'Rooli hankkeessa' });
    expect(within(role).getByLabelText('Rooli hankkeessa')).toHaveValue('Koordinaattori');
    expect(within(role).getByLabelText('Ruotsiksi')).toHaveAttribute('lang', 'sv');
    expect(
      screen.getByRole('form', { name: 'Jatkohanke: Kaikki muovi kiertää' }),
    ).toBeInTheDocument();
  });
});

describe('toFollowUpTextsPatch', () => {
  it('saves blank texts as NULL (none, or not translated)', () => {
    expect(
      toFollowUpTextsPatch({
        name: ' Nimi ',
        name_sv: ' ',
        name_en: '',
        note: '',
        note_sv: 'Anteckning',
        note_en: ' ',
      }),
    ).toEqual({
      name: 'Nimi',
      name_sv: null,
      name_en: null,
      note: null,
      note_sv: 'Anteckning',
      note_en: null,
    });
  });
});
