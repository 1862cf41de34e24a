import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { TimelineView } from './timeline-view';
import { smallPortfolio } from './test-data';
import { useTimelineUrlState } from './use-timeline-url-state';

function Page() {
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
      />
    </>
  );
}

function renderAt(url: string) {
  const router = createMemoryRouter([{ path: '/timeline', element: <Page /> }], {
    initialEntries: [url],
  });
  return render(<RouterProvider router={router} />);
}

describe('useTimelineUrlState', () => {
  it('writes zoom, filters and expand state into the URL', async () => {
    const user = userEvent.setup();
    renderAt('/timeline?lang=fi');
    await user.click(screen.getByRole('button', { name: 'Neljännekset' }));
    await user.selectOptions(screen.getByLabelText('Aikataulu'), 'Myöhässä');
    screen.getByRole('row', { name: /Arabian/ }).focus();
    await user.keyboard('{ArrowRight}');
    const search = new URLSearchParams(screen.getByLabelText('url').textContent ?? '');
    expect(search.get('lang')).toBe('fi');
    expect(search.get('zoom')).toBe('quarters');
    expect(search.get('status')).toBe('late');
    expect(search.get('toggle')).toBe('p:p-arabia');
  });

  it('opens a shared link in the same view', () => {
    renderAt('/timeline?zoom=weeks&stage=planning&toggle=p:p-arabia');
    expect(screen.getByRole('button', { name: 'Viikot' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByLabelText('Eteneminen')).toHaveValue('planning');
    expect(screen.getByRole('treegrid')).toHaveAttribute('aria-rowcount', '4');
    expect(screen.getByRole('row', { name: /Hakemus/ })).toHaveAttribute('aria-level', '3');
  });
});
