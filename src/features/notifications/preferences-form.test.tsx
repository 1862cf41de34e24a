import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { ZeroRowsError } from '@/lib/errors';
import { setLanguage } from '@/lib/i18n';
import { withQueryClient } from '@/test/with-query-client';
import { FollowsList } from './follows-list';
import { PreferencesForm } from './preferences-form';
import { defaultPreferences, type Follow, type NotificationPreferences } from './queries';
import { loadNotificationTexts } from './texts';

function renderForm(
  preferences: NotificationPreferences,
  save: (p: NotificationPreferences) => Promise<NotificationPreferences>,
  onSaved = vi.fn(),
) {
  render(
    withQueryClient(
      <MemoryRouter>
        <PreferencesForm preferences={preferences} save={save} onSaved={onSaved} />
      </MemoryRouter>,
    ),
  );
  return onSaved;
}

beforeAll(async () => {
  await loadNotificationTexts();
});

afterEach(async () => {
  await act(() => setLanguage('fi'));
});

describe('the e-mail preferences form', () => {
  it('starts from the defaults, the e-mail language being the UI language', async () => {
    await act(() => setLanguage('sv'));
    renderForm(defaultPreferences, async (p) => p);
    for (const name of [
      'Påminnelser om mina uppgifter och projekt',
      'Ändringar i projekt och tillväxtområden jag följer',
      'Portföljöversikt: försenade och inaktuella projekt (programledningen)',
      'Påminnelser från programledningen',
    ]) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
    expect(screen.getByRole('combobox', { name: 'Hur ofta e-post skickas' })).toHaveValue('daily');
    expect(screen.getByRole('combobox', { name: 'E-postens språk' })).toHaveValue('sv');
    expect(screen.getByRole('combobox', { name: 'E-postens språk' })).toHaveAccessibleDescription(
      'Som standard användargränssnittets språk.',
    );
  });

  it('saves e-mail per kind, the cadence and the language', async () => {
    const save = vi.fn(async (p: NotificationPreferences) => p);
    const onSaved = renderForm(defaultPreferences, save);
    await userEvent.click(
      screen.getByRole('checkbox', { name: 'Seuraamieni hankkeiden ja kasvualueiden muutokset' }),
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Kuinka usein sähköposti lähtee' }),
      'Kerran viikossa',
    );
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Sähköpostien kieli' }),
      'In English',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna asetukset' }));
    const chosen = {
      ...defaultPreferences,
      email_follows: false,
      digest_cadence: 'weekly',
      email_locale: 'en',
    };
    expect(save).toHaveBeenCalledWith(chosen);
    expect(onSaved).toHaveBeenCalledWith(chosen);
  });

  it('shows what was saved before, and says so when nothing was saved', async () => {
    renderForm(
      { ...defaultPreferences, email_nudges: false, digest_cadence: 'never', email_locale: 'fi' },
      async () => {
        throw new ZeroRowsError('notification_preferences');
      },
    );
    expect(screen.getByRole('checkbox', { name: 'Ohjelmajohdon muistutukset' })).not.toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Kuinka usein sähköposti lähtee' })).toHaveValue(
      'never',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna asetukset' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Muutosta ei tallennettu: palvelin ei päivittänyt yhtään riviä.',
    );
  });
});

describe('my follows', () => {
  const follows: Follow[] = [
    {
      id: 'f1',
      project_id: 'p1',
      project_slug: 'kiertotalot',
      project_name: 'Kiertotalot',
      growth_area_id: null,
      growth_area_name: null,
      created_at: '2026-05-01T06:00:00Z',
    },
    {
      id: 'f2',
      project_id: null,
      project_slug: null,
      project_name: null,
      growth_area_id: 'a1',
      growth_area_name: 'Kiertotalous',
      created_at: '2026-04-01T06:00:00Z',
    },
  ];

  it('lists projects (linked) and growth areas and unfollows, saying what happened', async () => {
    const unfollow = vi.fn(async () => undefined);
    render(
      <MemoryRouter>
        <h2 id="follows" tabIndex={-1}>
          Seuraamani
        </h2>
        <FollowsList follows={follows} unfollow={unfollow} headingId="follows" />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Kiertotalot' })).toHaveAttribute(
      'href',
      '/projects/kiertotalot',
    );
    expect(screen.getByText(/seurattu 01\.05\.2026 alkaen/)).toBeInTheDocument();
    expect(screen.getByText('Kasvualue:')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Lopeta seuraaminen: Kiertotalot' }));
    expect(unfollow).toHaveBeenCalledWith(follows[0]);
    expect(screen.getByRole('status')).toHaveTextContent('Et enää seuraa kohdetta ”Kiertotalot”.');
    await vi.waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Seuraamani' })).toHaveFocus(),
    );
  });

  it("names what is followed in the UI's language, a Finnish name standing in marked", async () => {
    const translated: Follow[] = [
      { ...follows[0]!, project_name_sv: 'Cirkulära hus', project_name_en: null },
      { ...follows[1]!, growth_area_name_sv: null, growth_area_name_en: null },
    ];
    render(
      <MemoryRouter>
        <FollowsList follows={translated} unfollow={async () => undefined} headingId="x" />
      </MemoryRouter>,
    );
    await act(() => setLanguage('sv'));
    const project = screen.getByRole('link', { name: 'Cirkulära hus' });
    expect(project).toHaveAttribute('href', '/projects/kiertotalot');
    expect(project).not.toHaveAttribute('lang');
    expect(screen.queryByText('Kiertotalot')).toBeNull();
    // The growth area has no Swedish name: the Finnish one, announced as Finnish and marked.
    const area = screen.getByText('Kiertotalous');
    expect(area).toHaveAttribute('lang', 'fi');
    expect(area.closest('li')).toHaveTextContent('Kiertotalous (inte översatt)');
    expect(screen.getAllByText(/inte översatt/)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Sluta följa: Cirkulära hus' })).toBeInTheDocument();
  });

  it('says when unfollowing changed nothing', async () => {
    render(
      <MemoryRouter>
        <FollowsList
          follows={follows}
          unfollow={async () => {
            throw new ZeroRowsError('follows');
          }}
          headingId="x"
        />
      </MemoryRouter>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Lopeta seuraaminen: Kiertotalous' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Seuraamista ei lopetettu: ”Kiertotalous”.',
    );
  });

  it('says how to follow when nothing is followed', () => {
    render(
      <MemoryRouter>
        <FollowsList follows={[]} unfollow={async () => undefined} headingId="x" />
      </MemoryRouter>,
    );
    expect(screen.getByText(/Et seuraa vielä mitään/)).toBeInTheDocument();
  });
});
