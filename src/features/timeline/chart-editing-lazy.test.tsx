// Runs in a file of its own: the editing code is downloaded once per module graph, and here it
// must not be there yet when the chart first renders.
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_EXPAND } from './rows';
import { EMPTY_FILTERS, type RescheduleChange, type TimelineViewState } from './model';
import { TimelineChart } from './timeline-chart';
import { smallPortfolio } from '@/test/timeline-data';

function Harness(props: {
  onReschedule?: (change: RescheduleChange) => void;
  canEdit?: (projectId: string) => boolean;
  onOpenProject?: (slug: string) => void;
}) {
  const [state, setState] = useState<TimelineViewState>({
    filters: EMPTY_FILTERS,
    expand: DEFAULT_EXPAND,
    zoom: 'years',
  });
  return (
    <TimelineChart
      data={smallPortfolio()}
      state={state}
      onStateChange={setState}
      lang="fi"
      today="2026-11-22"
      onOpenProject={props.onOpenProject ?? (() => {})}
      onReschedule={props.onReschedule}
      canEdit={props.canEdit}
      initialSize={{ width: 1200, height: 600 }}
    />
  );
}

const KIERTOTALOT = /^Kiertotalot, 1\.1\.2025–31\.12\.2027/;
const bar = () => {
  const el = screen.getByRole('gridcell', { name: KIERTOTALOT }).querySelector('.tl-bar');
  if (!el) throw new Error('no bar');
  return el;
};

describe('the chart’s editing code, loaded on demand', () => {
  it('a reader’s chart is read-only: a press on a bar opens the project and nothing moves', () => {
    const onOpenProject = vi.fn();
    render(<Harness onOpenProject={onOpenProject} />);
    expect(bar()).not.toHaveClass('tl-editable');
    fireEvent.pointerDown(bar(), { button: 0, clientX: 500, pointerId: 1 });
    fireEvent.pointerMove(bar(), { clientX: 545, pointerId: 1 });
    fireEvent.pointerUp(bar(), { clientX: 545, pointerId: 1 });
    expect(onOpenProject).toHaveBeenCalledWith('kiertotalot');
    expect(screen.getByRole('gridcell', { name: KIERTOTALOT })).toBeInTheDocument();
  });

  it('an editor’s chart becomes editable once the code is there, then drags and uses the keyboard', async () => {
    const user = userEvent.setup();
    const onReschedule = vi.fn();
    render(<Harness onReschedule={onReschedule} canEdit={() => true} />);
    await waitFor(() => expect(bar()).toHaveClass('tl-editable'));

    const dragged = bar();
    fireEvent.pointerDown(dragged, { button: 0, clientX: 500, pointerId: 1 });
    fireEvent.pointerMove(dragged, { clientX: 545, pointerId: 1 });
    fireEvent.pointerUp(dragged, { clientX: 545, pointerId: 1 });
    expect(onReschedule).toHaveBeenLastCalledWith({
      kind: 'project',
      id: 'p-kiertotalot',
      version: 1,
      starts_on: '2025-04-11',
      ends_on: '2028-04-09',
    });

    act(() => screen.getByRole('row', { name: /^Kiertotalot/ }).focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{Alt>}{ArrowRight}{/Alt}{Escape}');
    expect(onReschedule).toHaveBeenCalledTimes(2);
    expect(onReschedule).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'p-kiertotalot', starts_on: '2025-04-12' }),
    );
  });
});
