// Runs in a file of its own: the table and the print view download on demand, once per module
// graph, and here they must not be there yet when the view first renders.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_EXPAND } from './rows';
import { EMPTY_FILTERS, type TimelineViewState } from './model';
import { printView } from './print-view';
import { TimelineView } from './timeline-view';
import { smallPortfolio } from '@/test/timeline-data';

function View() {
  const [state, setState] = useState<TimelineViewState>({
    filters: EMPTY_FILTERS,
    expand: DEFAULT_EXPAND,
    zoom: 'fit',
  });
  return (
    <TimelineView
      data={smallPortfolio()}
      state={state}
      onStateChange={setState}
      lang="fi"
      today="2026-11-22"
      onOpenProject={() => {}}
      initialSize={{ width: 1200, height: 600 }}
    />
  );
}

afterEach(() => vi.restoreAllMocks());

describe('the timeline’s other views, loaded on demand', () => {
  it('Print downloads the print view first, then prints it', async () => {
    expect(printView.get()).toBeNull();
    const printed = vi.fn(() => document.querySelectorAll('.tl-print tr').length);
    vi.spyOn(window, 'print').mockImplementation(() => void printed());
    render(<View />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tulosta' }));
    await waitFor(() => expect(printed).toHaveBeenCalledTimes(1));
    // The view was on the page when the browser was asked to print.
    expect(printed).toHaveReturnedWith(8);
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.tl-print')).toBeNull();
  });

  it('the print view is there once the browser has been idle, for its own print command', async () => {
    render(<View />);
    await waitFor(() => expect(printView.get()).not.toBeNull());
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const print = document.querySelector<HTMLElement>('.tl-print');
    expect(print).not.toBeNull();
    expect(within(print!).getAllByRole('row')).toHaveLength(8);
  });

  it('the table downloads when it is asked for', async () => {
    render(<View />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Näytä taulukkona' }));
    expect(await screen.findByRole('table', { name: 'Aikajana taulukkona' })).toHaveTextContent(
      'Kiertotalot',
    );
  });
});
