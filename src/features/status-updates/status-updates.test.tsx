import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setLanguage } from '@/lib/i18n';
import { loadUpdatesTexts } from '@/lib/updates-texts';
import { withQueryClient } from '@/test/with-query-client';
import { nudgeErrorKey } from './nudge-errors';
import { NudgeForm } from './nudge-form';
import type { ReminderLogEntry, StatusUpdate } from './queries';
import { ReminderLog } from './reminder-log';
import { StatusUpdateForm } from './status-update-form';
import { StatusUpdateList } from './status-update-list';

beforeAll(async () => {
  await loadUpdatesTexts();
});

afterEach(async () => {
  await act(() => setLanguage('fi'));
});

function update(overrides: Partial<StatusUpdate>): StatusUpdate {
  return {
    id: 'u1',
    project_id: 'p1',
    author_id: 'a1',
    happened: 'Kokeilu käynnistyi.',
    next_steps: null,
    risks: null,
    proposed_schedule_status: null,
    created_at: '2026-11-30T10:00:00Z',
    authorName: null,
    ...overrides,
  };
}

describe('the status update list', () => {
  it('shows the updates in the given order (newest first), each with its date, author and parts', () => {
    render(
      <StatusUpdateList
        updates={[
          update({
            id: 'new',
            created_at: '2026-11-30T10:00:00Z',
            authorName: 'Ronny Rantamäki',
            happened: 'Sopimukset allekirjoitettu.',
            next_steps: 'Hankinta alkaa.',
            risks: 'Rahoituspäätös viipyy.',
            proposed_schedule_status: 'late',
          }),
          update({
            id: 'old',
            created_at: '2026-10-31T10:00:00Z',
            happened: 'Kokeilu käynnistyi.',
          }),
        ]}
      />,
    );
    const items = screen.getAllByRole('article');
    expect(items.map((a) => within(a).getByRole('heading').textContent)).toEqual([
      '30.11.2026, kirjoittaja Ronny Rantamäki',
      '31.10.2026',
    ]);
    const newest = items[0]!;
    expect(within(newest).getByText('Mitä on tapahtunut')).toBeVisible();
    expect(within(newest).getByText('Sopimukset allekirjoitettu.')).toBeVisible();
    expect(within(newest).getByText('Hankinta alkaa.')).toBeVisible();
    expect(within(newest).getByText('Rahoituspäätös viipyy.')).toBeVisible();
    expect(within(newest).getByText('Ehdotettu aikataulun tila: Myöhässä')).toBeVisible();
    // Empty parts are left out.
    expect(within(items[1]!).queryByText('Mitä seuraavaksi')).toBeNull();
  });

  it('shows the latest three and the rest on request', async () => {
    const updates = [1, 2, 3, 4].map((n) => update({ id: `u${n}`, happened: `Katsaus ${n}` }));
    render(<StatusUpdateList updates={updates} />);
    expect(screen.getAllByRole('article')).toHaveLength(3);
    await userEvent.click(
      screen.getByRole('button', { name: 'Näytä kaikki tilannekatsaukset (4)' }),
    );
    expect(screen.getAllByRole('article')).toHaveLength(4);
  });

  it('says when there are none', () => {
    render(<StatusUpdateList updates={[]} />);
    expect(screen.getByText('Tilannekatsauksia ei ole vielä kirjoitettu.')).toBeVisible();
  });
});

describe('the status update form', () => {
  it('asks what happened before saving, next to the field, and focuses it', async () => {
    const save = vi.fn().mockResolvedValue({});
    render(
      withQueryClient(<StatusUpdateForm save={save} onSaved={() => {}} onCancel={() => {}} />),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna tilannekatsaus' }));
    const happened = screen.getByLabelText(/Mitä on tapahtunut/);
    expect(happened).toHaveAccessibleDescription('Pakollinen tieto.');
    expect(happened).toHaveFocus();
    expect(save).not.toHaveBeenCalled();
  });

  it('saves the trimmed parts and the proposal, then empties the form', async () => {
    const save = vi.fn().mockResolvedValue({});
    const onSaved = vi.fn();
    render(withQueryClient(<StatusUpdateForm save={save} onSaved={onSaved} onCancel={() => {}} />));
    await userEvent.type(screen.getByLabelText(/Mitä on tapahtunut/), 'Kokeilu käynnistyi.');
    await userEvent.type(screen.getByLabelText('Mitä seuraavaksi'), 'Hankinta.');
    await userEvent.selectOptions(screen.getByLabelText('Ehdotettu aikataulun tila'), 'Myöhässä');
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna tilannekatsaus' }));
    expect(save).toHaveBeenCalledWith({
      happened: 'Kokeilu käynnistyi.',
      next_steps: 'Hankinta.',
      risks: '',
      proposed_schedule_status: 'late',
    });
    expect(onSaved).toHaveBeenCalledOnce();
    expect(screen.getByLabelText(/Mitä on tapahtunut/)).toHaveValue('');
  });

  it('shows a refusal above the form', async () => {
    const save = vi.fn().mockRejectedValue({
      code: '42501',
      message: 'new row violates row-level security policy for table "status_updates"',
    });
    render(
      withQueryClient(<StatusUpdateForm save={save} onSaved={() => {}} onCancel={() => {}} />),
    );
    await userEvent.type(screen.getByLabelText(/Mitä on tapahtunut/), 'Jotain.');
    await userEvent.click(screen.getByRole('button', { name: 'Tallenna tilannekatsaus' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/row-level security/);
  });
});

describe('nudging the leads', () => {
  it('confirms a sent nudge by the button', async () => {
    const nudge = vi.fn().mockResolvedValue('n1');
    render(withQueryClient(<NudgeForm nudge={nudge} />));
    await userEvent.type(
      screen.getByLabelText('Viesti vetäjille (valinnainen)'),
      'Katsaus, kiitos!',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Muistuta vetäjiä' }));
    expect(nudge).toHaveBeenCalledWith('Katsaus, kiitos!');
    expect(await screen.findByText('Muistutus lähetetty hankkeen vetäjille.')).toBeVisible();
    expect(screen.getByLabelText('Viesti vetäjille (valinnainen)')).toHaveValue('');
  });

  it('says the hourly limit in the user’s language when the database answers 429', async () => {
    await act(() => setLanguage('sv'));
    const nudge = vi.fn().mockRejectedValue({
      code: 'PT429',
      message: "This project's leads were nudged less than an hour ago",
    });
    render(withQueryClient(<NudgeForm nudge={nudge} />));
    await userEvent.click(screen.getByRole('button', { name: 'Påminn projektledarna' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Projektets ledare påmindes för mindre än en timme sedan.',
    );
    expect(screen.queryByText('Påminnelsen har skickats till projektets ledare.')).toBeNull();
  });

  it('words each refusal of the database', () => {
    expect(nudgeErrorKey({ code: 'PT429', message: '' })).toBe('nudgeRateLimited');
    expect(nudgeErrorKey({ code: 'P0001', message: '' })).toBe('nudgeNoLeads');
    expect(nudgeErrorKey({ code: '42501', message: '' })).toBe('nudgeForbidden');
    expect(nudgeErrorKey(new Error('network'))).toBeNull();
  });
});

describe('the reminder log', () => {
  const entry = (overrides: Partial<ReminderLogEntry>): ReminderLogEntry => ({
    notification_id: 'n1',
    notified_at: '2026-12-01T07:00:00Z',
    rule: 'nudge',
    occurrence: 'nudge',
    recipient_name: 'Ronny Rantamäki',
    recipient_email: 'lead@salkku.test',
    task_id: null,
    task_title: null,
    task_title_sv: null,
    task_title_en: null,
    read_at: null,
    mail_state: 'queued',
    mail_sent_at: null,
    mail_failed_at: null,
    ...overrides,
  });

  it('is a table of who was reminded of what, when, and what became of the mail', () => {
    render(
      <ReminderLog
        entries={[
          entry({ mail_sent_at: '2026-12-01T07:01:00Z' }),
          entry({
            notification_id: 'n2',
            rule: 'task_late',
            task_title: 'Hankinta',
            read_at: '2026-11-29T08:00:00Z',
            mail_state: 'skipped',
          }),
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Muistutusloki' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]?.textContent)).toEqual([
      'Ronny Rantamäki',
      'Ronny Rantamäki',
    ]);
    expect(within(rows[0]!).getByText('Muistutus ohjelmajohdolta')).toBeVisible();
    expect(within(rows[0]!).getByText('Lukematta')).toBeVisible();
    expect(within(rows[0]!).getByText(/^Lähetetty 01\.12\.2026/)).toBeVisible();
    expect(within(rows[1]!).getByText('Tehtävä myöhässä — tehtävä: Hankinta')).toBeVisible();
    expect(within(rows[1]!).getByText(/^Luettu 29\.11\.2026/)).toBeVisible();
    expect(within(rows[1]!).getByText('Ei lähetetä (sähköposti pois päältä)')).toBeVisible();
  });

  it('names a task in the reader\'s language, a Finnish title standing in marked lang="fi"', async () => {
    await act(() => setLanguage('sv'));
    try {
      render(
        <ReminderLog
          entries={[
            entry({
              rule: 'task_late',
              task_title: 'Hankinta',
              task_title_sv: 'Upphandling',
            }),
            entry({ notification_id: 'n2', rule: 'task_late', task_title: 'Kartoitus' }),
          ]}
        />,
      );
      const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
      const what = (row: HTMLElement) => within(row).getAllByRole('cell')[2]!;
      expect(what(rows[0]!)).toHaveTextContent(/uppgift: Upphandling$/);
      expect(within(what(rows[0]!)).queryByText('(inte översatt)')).toBeNull();
      const finnish = within(what(rows[1]!)).getByText('Kartoitus');
      expect(finnish).toHaveAttribute('lang', 'fi');
      expect(what(rows[1]!)).toHaveTextContent(/uppgift: Kartoitus \(inte översatt\)$/);
    } finally {
      await act(() => setLanguage('fi'));
    }
  });

  it('says when no one has been reminded', () => {
    render(<ReminderLog entries={[]} />);
    expect(screen.getByText('Tästä hankkeesta ei ole vielä muistutettu ketään.')).toBeVisible();
  });
});
