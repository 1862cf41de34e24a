import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { ZeroRowsError } from '@/lib/errors';
import { setLanguage } from '@/lib/i18n';
import { NotificationList, type NotificationActions } from './notification-list';
import type { AppNotification } from './queries';
import { loadNotificationTexts } from './texts';

const TASK = '40000000-0000-4000-8000-000000000101';

const seed = (): AppNotification[] => [
  {
    id: 'n1',
    rule: 'task_due_soon',
    kind: 'reminders',
    created_at: '2026-05-24T06:00:00Z',
    read_at: null,
    project_id: 'p1',
    task_id: TASK,
    payload: {
      project_slug: 'kiertotalot',
      project_name: 'Kiertotalot',
      task_title: 'Purkukartoitus',
      due_on: '2026-05-31',
      days: 7,
    },
    task: { id: TASK, version: 3, state: 'in_progress', title: 'Purkukartoitus' },
  },
  {
    id: 'n2',
    rule: 'followed_stage_changed',
    kind: 'follows',
    created_at: '2026-05-20T06:00:00Z',
    read_at: null,
    project_id: 'p2',
    task_id: null,
    payload: {
      project_slug: 'arabian-kiertotaloushubi',
      project_name: 'Arabian kiertotaloushubi',
      from: 'planning',
      to: 'implementation',
    },
    task: null,
  },
  {
    id: 'n3',
    rule: 'task_late',
    kind: 'reminders',
    created_at: '2026-05-10T06:00:00Z',
    read_at: '2026-05-11T06:00:00Z',
    project_id: 'p1',
    task_id: 't2',
    payload: {
      project_slug: 'kiertotalot',
      project_name: 'Kiertotalot',
      task_title: 'Hankinta',
      due_on: '2026-05-09',
      days: 1,
    },
    task: { id: 't2', version: 2, state: 'done', title: 'Hankinta' },
  },
];

/** The list over an in-memory notifications table, as the page over its query. */
function Harness(props: { markDone?: NotificationActions['markDone'] }) {
  const [rows, setRows] = useState(seed);
  const read = (ids: string[]) =>
    setRows((all) =>
      all.map((n) => (ids.includes(n.id) ? { ...n, read_at: '2026-05-25T06:00:00Z' } : n)),
    );
  const actions: NotificationActions = {
    markRead: async (n) => read([n.id]),
    markAllRead: async () => {
      const ids = rows.filter((n) => !n.read_at).map((n) => n.id);
      read(ids);
      return ids.length;
    },
    markDone:
      props.markDone ??
      (async (n) => {
        setRows((all) =>
          all.map((x) =>
            x.id === n.id
              ? {
                  ...x,
                  read_at: '2026-05-25T06:00:00Z',
                  task: { ...n.task, state: 'done', version: n.task.version + 1 },
                }
              : x,
          ),
        );
      }),
  };
  return (
    <MemoryRouter>
      <NotificationList notifications={rows} actions={actions} />
    </MemoryRouter>
  );
}

const list = () => screen.getByRole('list', { name: 'Ilmoitukset, uusin ensin' });
const item = (text: string) =>
  within(list())
    .getAllByRole('listitem')
    .find((li) => li.textContent?.includes(text)) as HTMLElement;

beforeAll(async () => {
  await loadNotificationTexts();
});

afterEach(async () => {
  await act(() => setLanguage('fi'));
});

describe('the notifications list', () => {
  it('says what each is about in Finnish, newest first, linked to its task or project', () => {
    render(<Harness />);
    const items = within(list()).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(
      'Kiertotalot: Tehtävän ”Purkukartoitus” määräaika on 31.05.2026, 7 päivän päästä.',
    );
    expect(items[0]).toHaveTextContent('Lukematon · Muistutus');
    expect(
      within(items[0] as HTMLElement).getByRole('link', { name: 'Kiertotalot' }),
    ).toHaveAttribute('href', `/projects/kiertotalot#task-${TASK}`);
    expect(items[1]).toHaveTextContent('Eteneminen muuttui: Suunnittelu → Toteutus.');
    expect(
      within(items[1] as HTMLElement).getByRole('link', { name: 'Arabian kiertotaloushubi' }),
    ).toHaveAttribute('href', '/projects/arabian-kiertotaloushubi');
    expect(items[2]).toHaveTextContent('Luettu');
    expect(items[2]).toHaveTextContent('1 päivä sitten');
  });

  it('speaks Swedish when the UI does', async () => {
    render(<Harness />);
    await act(() => setLanguage('sv'));
    const swedish = screen.getByRole('list', { name: 'Aviseringar, nyaste först' });
    expect(within(swedish).getAllByRole('listitem')[0]).toHaveTextContent('Oläst · Påminnelse · ');
    // The task has no Swedish title: the Finnish one stands in, announced as Finnish and marked.
    expect(swedish).toHaveTextContent(
      'Uppgiften ”Purkukartoitus (inte översatt)” ska vara klar 31.05.2026, om 7 dagar.',
    );
    expect(within(swedish).getByText('Purkukartoitus')).toHaveAttribute('lang', 'fi');
    expect(screen.getByRole('button', { name: 'Markera alla som lästa' })).toBeInTheDocument();
  });

  it("names a translated task in the UI's language, unmarked", async () => {
    const translated = seed().map((n) =>
      n.task ? { ...n, task: { ...n.task, title_sv: `${n.task.title} (sv)` } } : n,
    );
    translated[0] = {
      ...translated[0]!,
      task: { ...translated[0]!.task!, title_sv: 'Rivningsinventering' },
      // (the project translated too, so any marker would be the task's)
      project: { name: 'Kiertotalot', name_sv: 'Cirkulära hus', name_en: null },
    };
    const noop = async () => {};
    render(
      <MemoryRouter>
        <NotificationList
          notifications={translated}
          actions={{ markRead: noop, markAllRead: async () => 0, markDone: noop }}
        />
      </MemoryRouter>,
    );
    await act(() => setLanguage('sv'));
    const swedish = screen.getByRole('list', { name: 'Aviseringar, nyaste först' });
    const first = within(swedish).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent(
      'Uppgiften ”Rivningsinventering” ska vara klar 31.05.2026, om 7 dagar.',
    );
    expect(first).not.toHaveTextContent('inte översatt');
    expect(within(first).queryByText('Purkukartoitus')).toBeNull();
    expect(
      within(first).getAllByRole('button', { name: /Rivningsinventering/ }).length,
    ).toBeGreaterThan(0);
  });

  it("names the project in the UI's language, a Finnish name standing in marked", async () => {
    const rows = seed();
    rows[0] = {
      ...rows[0]!,
      project: { name: 'Kiertotalot', name_sv: 'Cirkulära hus', name_en: null },
    };
    const noop = async () => {};
    render(
      <MemoryRouter>
        <NotificationList
          notifications={rows}
          actions={{ markRead: noop, markAllRead: async () => 0, markDone: noop }}
        />
      </MemoryRouter>,
    );
    await act(() => setLanguage('sv'));
    const items = within(
      screen.getByRole('list', { name: 'Aviseringar, nyaste först' }),
    ).getAllByRole('listitem');
    // A translated project: its Swedish name, linked, unmarked.
    const translated = within(items[0]!).getByRole('link', { name: 'Cirkulära hus' });
    expect(translated).toHaveAttribute('href', `/projects/kiertotalot#task-${TASK}`);
    expect(translated).not.toHaveAttribute('lang');
    // A project known only by the name the notification recorded: Finnish, announced and marked.
    const fallback = within(items[1]!).getByRole('link', { name: 'Arabian kiertotaloushubi' });
    expect(fallback).toHaveAttribute('lang', 'fi');
    expect(items[1]).toHaveTextContent('Arabian kiertotaloushubi (inte översatt):');
  });

  it('offers "mark done" only on a reminder whose task is open, and says when it is done', async () => {
    render(<Harness />);
    expect(screen.getAllByRole('button', { name: /^Merkitse tehdyksi/ })).toHaveLength(1);
    expect(item('Hankinta')).toHaveTextContent('Tehtävä on tehty.');

    await userEvent.click(
      screen.getByRole('button', { name: 'Merkitse tehdyksi: Purkukartoitus' }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Tehtävä ”Purkukartoitus” on merkitty tehdyksi.',
    );
    expect(item('Purkukartoitus')).toHaveTextContent('Tehtävä on tehty.');
    expect(screen.queryByRole('button', { name: /^Merkitse tehdyksi/ })).toBeNull();
    await waitFor(() => expect(item('Purkukartoitus')).toHaveFocus());
  });

  it('says so when the task was not marked done (zero rows)', async () => {
    render(
      <Harness
        markDone={async () => {
          throw new ZeroRowsError('tasks');
        }}
      />,
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Merkitse tehdyksi: Purkukartoitus' }),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tehtävää ”Purkukartoitus” ei merkitty tehdyksi.');
    expect(alert).toHaveTextContent('palvelin ei päivittänyt yhtään riviä');
    expect(screen.getByRole('button', { name: 'Merkitse tehdyksi: Purkukartoitus' })).toBeEnabled();
  });

  it('marks one read, then all read', async () => {
    render(<Harness />);
    await userEvent.click(
      screen.getByRole('button', {
        name: 'Merkitse luetuksi: Arabian kiertotaloushubi: Eteneminen muuttui: Suunnittelu → Toteutus.',
      }),
    );
    expect(await screen.findByRole('status')).toHaveTextContent('Ilmoitus merkitty luetuksi.');
    expect(item('Arabian')).toHaveTextContent('Luettu');
    await waitFor(() => expect(item('Arabian')).toHaveFocus());

    await userEvent.click(screen.getByRole('button', { name: 'Merkitse kaikki luetuiksi' }));
    expect(screen.getByRole('status')).toHaveTextContent('1 ilmoitus merkitty luetuksi.');
    expect(screen.queryByRole('button', { name: /^Merkitse luetuksi/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Merkitse kaikki luetuiksi' })).toBeNull();
  });
});
