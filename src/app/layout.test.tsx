import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { ToastProvider } from '@/components/toast';
import { setLanguage } from '@/lib/i18n';
import { backgroundErrorEvent } from '@/lib/query-client';
import { Layout } from './layout';

function renderShell() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createMemoryRouter([
    { element: <Layout />, children: [{ path: '/', element: <h1>Etusivu</h1> }] },
  ]);
  render(
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <RouterProvider router={router} />
      </ToastProvider>
    </QueryClientProvider>,
  );
}

describe('the app shell', () => {
  afterEach(async () => {
    await act(() => setLanguage('fi'));
    localStorage.clear();
  });

  it('has a skip link first, the main navigation and the main landmark', async () => {
    renderShell();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Siirry sisältöön' })).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Siirry sisältöön' })).toHaveAttribute('href', '#main');
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    for (const name of ['Salkku', 'Aikajana', 'Kojelauta', 'Omat tehtävät']) {
      expect(screen.getAllByRole('link', { name }).some((l) => nav.contains(l))).toBe(true);
    }
    expect(await screen.findByRole('link', { name: 'Kirjaudu' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
  });

  it('links the accessibility statement from the footer', () => {
    renderShell();
    const footerNav = screen.getByRole('navigation', { name: 'Sivuston tiedot' });
    expect(footerNav.closest('footer')).not.toBeNull();
    expect(screen.getByRole('link', { name: 'Saavutettavuusseloste' })).toHaveAttribute(
      'href',
      '/accessibility',
    );
  });

  it('switches language, remembers it and sets <html lang>', async () => {
    renderShell();
    // The shell settles once it knows who is signed in (nobody); then switch.
    await screen.findByRole('link', { name: 'Kirjaudu' });
    await userEvent.click(screen.getByRole('button', { name: 'På svenska' }));
    expect(document.documentElement.lang).toBe('sv');
    expect(localStorage.getItem('salkku.language')).toBe('sv');
    expect(screen.getByRole('button', { name: 'På svenska' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(screen.getByRole('navigation', { name: 'Huvudmeny' })).toHaveTextContent(
      'Mina uppgifter',
    );
  });

  it('tells about a failed background refresh in a toast', async () => {
    renderShell();
    act(() => {
      window.dispatchEvent(new Event(backgroundErrorEvent));
    });
    expect(await screen.findByText(/Tietojen päivitys epäonnistui/)).toBeInTheDocument();
  });
});
