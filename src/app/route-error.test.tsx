// The error pages download when a page fails (route-error.tsx); they still render.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, data, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NotFound, RouteError } from './route-error';

function renderAt(path: string, loader: () => unknown) {
  const router = createMemoryRouter(
    [
      { path: '/', element: <h1>Etusivu</h1> },
      { path: '/page', loader, element: <h1>Sivu</h1>, errorElement: <RouteError /> },
      { path: '*', element: <NotFound /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
}

describe('the error pages, loaded when a page fails', () => {
  it('a failed load says so and offers to try again', async () => {
    let fail = true;
    renderAt('/page', () => {
      if (fail) throw new Error('verkko katkesi');
      return null;
    });
    expect(await screen.findByRole('heading', { name: 'Jotain meni vikaan' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Tekninen kuvaus: verkko katkesi');
    fail = false;
    await userEvent.setup().click(screen.getByRole('button', { name: 'Yritä uudelleen' }));
    expect(await screen.findByRole('heading', { name: 'Sivu' })).toBeInTheDocument();
  });

  it('a 404 from a loader shows its own not-found texts', async () => {
    renderAt('/page', () => {
      throw data({ title: 'Hanketta ei löytynyt', text: 'Ei ole.' }, { status: 404 });
    });
    expect(
      await screen.findByRole('heading', { name: 'Hanketta ei löytynyt' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ei ole.')).toBeInTheDocument();
  });

  it('an unknown address shows the not-found page', async () => {
    renderAt('/ei-ole', () => null);
    expect(await screen.findByRole('heading', { name: 'Sivua ei löytynyt' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Etusivulle' })).toHaveAttribute('href', '/');
  });
});
