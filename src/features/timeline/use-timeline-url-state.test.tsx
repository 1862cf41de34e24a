import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadChartEditing } from './chart-editing-hooks';
import { TimelineView } from './timeline-view';
import { smallPortfolio } from '@/test/timeline-data';
import { useTimelineUrlState } from './use-timeline-url-state';

// The route's loader downloads the chart's editing code for an editor before the page renders.
beforeAll(async () => {
  await loadChartEditing();
});

function Page(props: { canEdit?: boolean; onReschedule?: (change: unknown) => void }) {
  const [state, setState] = useTimelineUrlState();
  const location = useLocation();
  return (
    <>
      <output aria-label="url">{location.search}</output>
      <TimelineView
        data={smallPortfolio()}
        state={state}
        onStateChange={setState}
        lang="fi"
        today="2026-11-22"
        onOpenProject={() => {}}
        initialSize={{ width: 1200, height: 600 }}
        canEdit={props.canEdit ? () => true : undefined}
        onReschedule={props.onReschedule}
      />
    </>
  );
}

async function renderAt(url: string, page = <Page />) {
  // A root loader, as the app has: a search-param change revalidates it before it lands.
  const router = createMemoryRouter(
    [
      {
        id: 'root',
        loader: () => null,
        // Rendered while the first load runs, as the app's root route does.
        HydrateFallback: () => null,
        children: [{ path: '/timeline', element: page }],
      },
    ],
    { initialEntries: [url] },
  );
  render(<RouterProvider router={router} />);
  await screen.findByRole('treegrid');
  return router;
}

describe('useTimelineUrlState', () => {
  it('writes zoom, filters and expand state into the URL', async () => {
    const user = userEvent.setup();
    await renderAt('/timeline?lang=fi');
    await user.click(screen.getByRole('button', { name: 'Neljännekset' }));
    await user.selectOptions(screen.getByLabelText('Aikataulu'), 'Myöhässä');
    act(() => screen.getByRole('row', { name: /Arabian/ }).focus());
    await user.keyboard('{ArrowRight}');
    // Each change lands in the URL after the root loader revalidates: wait for the last one.
    const url = () => new URLSearchParams(screen.getByLabelText('url').textContent ?? '');
    await waitFor(() => expect(url().get('toggle')).toBe('p:p-arabia'));
    const search = url();
    expect(search.get('lang')).toBe('fi');
    expect(search.get('zoom')).toBe('quarters');
    expect(search.get('status')).toBe('late');
    expect(search.get('toggle')).toBe('p:p-arabia');
  });

  it('opens a shared link in the same view', async () => {
    await renderAt('/timeline?zoom=weeks&stage=planning&toggle=p:p-arabia');
    expect(screen.getByRole('button', { name: 'Viikot' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('Eteneminen')).toHaveValue('planning');
    expect(screen.getByRole('treegrid')).toHaveAttribute('aria-rowcount', '4');
    expect(screen.getByRole('row', { name: /Hakemus/ })).toHaveAttribute('aria-level', '3');
  });

  it('acts on an expand or collapse at once, before the URL has it', async () => {
    const changes: unknown[] = [];
    await renderAt('/timeline', <Page canEdit onReschedule={(change) => changes.push(change)} />);
    const row = screen.getByRole('row', { name: /Arabian/ });
    expect(row).toHaveAttribute('aria-expanded', 'false');
    act(() => row.focus());
    // Three keys in one go, as a fast typist or a test driver sends them: the router has not
    // applied the first one's URL change when the second arrives.
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // opens the row
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' }); // to its bar
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight', altKey: true }); // a day later
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' }); // leave: saves at once
    expect(changes).toEqual([
      {
        kind: 'project',
        id: 'p-arabia',
        version: 1,
        starts_on: '2025-03-02',
        ends_on: '2026-03-01',
      },
    ]);
    expect(screen.getByRole('row', { name: /Arabian/ })).toHaveAttribute('aria-expanded', 'true');
    // …and the URL catches up with it once the router has revalidated.
    await waitFor(() =>
      expect(screen.getByLabelText('url')).toHaveTextContent('toggle=p%3Ap-arabia'),
    );
  });

  it('follows the URL again once it has caught up, e.g. a link back to the plain view', async () => {
    const router = await renderAt('/timeline');
    act(() => screen.getByRole('row', { name: /Arabian/ }).focus());
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowRight' });
    await waitFor(() =>
      expect(screen.getByLabelText('url')).toHaveTextContent('toggle=p%3Ap-arabia'),
    );
    await act(() => router.navigate('/timeline'));
    expect(screen.getByRole('row', { name: /Arabian/ })).toHaveAttribute('aria-expanded', 'false');
  });
});
