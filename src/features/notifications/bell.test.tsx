import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import type { Session } from '@supabase/supabase-js';
import { MemoryRouter } from 'react-router';
import { sessionQueries, type Access } from '@/lib/session';
import { NotificationBell } from './bell';
import { notificationQueries } from './queries';
import { loadNotificationTexts } from './texts';

const USER = 'a0000000-0000-4000-8000-000000000003';

/** The bell over a cache that already holds the session and the count, as after the first poll. */
function renderBell(count: number) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(sessionQueries.current().queryKey, { user: { id: USER } } as Session);
  const access: Access = {
    userId: USER,
    email: 'lead@salkku.test',
    roles: [],
    memberships: [],
    personId: null,
  };
  client.setQueryData(sessionQueries.access(USER).queryKey, access);
  const key = notificationQueries.unreadCount(USER).queryKey;
  client.setQueryData(key, count);
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <button type="button">muualla</button>
        <NotificationBell />
      </MemoryRouter>
    </QueryClientProvider>,
  );
  // The cache tells its observers on the next tick, as after a poll.
  return {
    setCount: (next: number) =>
      act(async () => {
        client.setQueryData(key, next);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }),
  };
}

beforeAll(async () => {
  await loadNotificationTexts();
});

// The UI language is already remembered for this user (see the db test for the write itself).
beforeEach(() => {
  localStorage.setItem('salkku.mailLanguage', `${USER}:fi`);
});

describe('the notification bell', () => {
  it('says the number of unread notifications in its name and links to the page', () => {
    renderBell(3);
    const bell = screen.getByRole('link', { name: 'Ilmoitukset, 3 lukematonta' });
    expect(bell).toHaveAttribute('href', '/notifications');
    expect(bell).toHaveTextContent('3');
  });

  it('uses the singular for one and just "Ilmoitukset" for none', async () => {
    const { setCount } = renderBell(1);
    expect(screen.getByRole('link', { name: 'Ilmoitukset, 1 lukematon' })).toBeInTheDocument();
    await setCount(0);
    const bell = screen.getByRole('link', { name: 'Ilmoitukset' });
    expect(bell).not.toHaveTextContent(/\d/);
  });

  it('announces new notifications politely, without moving focus, but not the first count', async () => {
    const { setCount } = renderBell(2);
    // A polite live region of its own (no role="status": the page's toasts are the status).
    const status = document.querySelector<HTMLElement>('[aria-live="polite"]');
    if (!status) throw new Error('no live region');
    expect(status).not.toHaveAttribute('role');
    expect(status).toBeEmptyDOMElement();

    const elsewhere = screen.getByRole('button', { name: 'muualla' });
    elsewhere.focus();
    await setCount(4);
    await waitFor(() => expect(status).toHaveTextContent('2 uutta ilmoitusta'));
    expect(screen.getByRole('link', { name: 'Ilmoitukset, 4 lukematonta' })).toBeInTheDocument();
    expect(elsewhere).toHaveFocus();

    // Reading some is not news.
    await setCount(1);
    expect(screen.getByRole('link', { name: 'Ilmoitukset, 1 lukematon' })).toBeInTheDocument();
    expect(status).toHaveTextContent('2 uutta ilmoitusta');
    await setCount(2);
    await waitFor(() => expect(status).toHaveTextContent('1 uusi ilmoitus'));
  });
});
