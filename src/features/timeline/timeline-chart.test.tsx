import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { loadChartEditing } from './chart-editing-hooks';
import { DEFAULT_EXPAND } from './rows';
import {
  EMPTY_FILTERS,
  type RescheduleChange,
  type TimelineData,
  type TimelineViewState,
} from './model';
import { TimelineChart } from './timeline-chart';
import { generatePortfolio, smallPortfolio } from '@/test/timeline-data';

interface HarnessProps {
  data?: TimelineData;
  initial?: Partial<TimelineViewState>;
  onOpenProject?: (slug: string) => void;
  onReschedule?: (change: RescheduleChange) => void | Promise<void>;
  canEdit?: (projectId: string) => boolean;
}

function Harness(props: HarnessProps) {
  const [state, setState] = useState<TimelineViewState>({
    filters: EMPTY_FILTERS,
    expand: DEFAULT_EXPAND,
    zoom: 'fit',
    ...props.initial,
  });
  const common = {
    data: props.data ?? smallPortfolio(),
    state,
    onStateChange: setState,
    lang: 'fi' as const,
    today: '2026-11-22',
    onOpenProject: props.onOpenProject ?? (() => {}),
    onReschedule: props.onReschedule,
    canEdit: props.canEdit,
    initialSize: { width: 1200, height: 600 },
  };
  return <TimelineChart {...common} />;
}

const KIERTOTALOT = 'Kiertotalot, 1.1.2025–31.12.2027, Toteutus, aikataulussa';

// An editor's chart downloads its editing code on demand (chart-editing-lazy.test.tsx); here it
// is there from the start, as the route's loader makes it for an editor.
beforeAll(async () => {
  await loadChartEditing();
});

describe('TimelineChart', () => {
  it('is a treegrid with levels, positions and expand state on its rows', () => {
    render(<Harness />);
    const grid = screen.getByRole('treegrid', { name: /Aikajana/ });
    expect(grid).toHaveAttribute('aria-rowcount', '8');
    const area = screen.getByRole('row', { name: /Rakentamisen kiertotalous/ });
    expect(area).toHaveAttribute('aria-level', '1');
    expect(area).toHaveAttribute('aria-expanded', 'true');
    expect(area).toHaveAttribute('aria-rowindex', '2');
    const project = screen.getByRole('row', { name: /^Kiertotalot/ });
    expect(project).toHaveAttribute('aria-level', '2');
    expect(project).toHaveAttribute('aria-posinset', '1');
    expect(project).toHaveAttribute('aria-setsize', '2');
    expect(project).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('gridcell', { name: KIERTOTALOT })).toBeInTheDocument();
  });

  it('has exactly one tab stop in the chart', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const grid = screen.getByRole('treegrid');
    const stops = grid.querySelectorAll('[tabindex="0"]');
    expect(stops).toHaveLength(1);
    const firstRow = screen.getByRole('row', { name: /Rakentamisen kiertotalous/ });
    for (let i = 0; i < 20 && document.activeElement !== firstRow; i++) await user.tab();
    expect(firstRow).toHaveFocus();
    await user.tab();
    expect(grid).not.toContainElement(document.activeElement as HTMLElement);
  });

  it('moves with the arrow keys, expands and collapses, opens with Enter, leaves with Escape', async () => {
    const user = userEvent.setup();
    const onOpenProject = vi.fn();
    render(<Harness onOpenProject={onOpenProject} />);
    act(() => screen.getByRole('row', { name: /Rakentamisen kiertotalous/ }).focus());
    await user.keyboard('{ArrowDown}');
    const project = screen.getByRole('row', { name: /^Kiertotalot/ });
    expect(project).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(project).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('row', { name: /Pilottikohde valittu/ })).toHaveAttribute(
      'aria-level',
      '3',
    );
    await user.keyboard('{ArrowRight}');
    const cell = screen.getByRole('gridcell', { name: KIERTOTALOT });
    expect(cell).toHaveFocus();
    const tooltip = screen.getByRole('tooltip');
    expect(cell).toHaveAttribute('aria-describedby', tooltip.id);
    expect(tooltip).toHaveTextContent('Toteutus');
    expect(tooltip).toHaveTextContent('Aikataulussa');
    await user.keyboard('{ArrowDown}');
    expect(
      screen.getByRole('gridcell', {
        name: 'Pilottikohde valittu, virstanpylväs, määräaika 31.3.2025, tehty, tehty 28.3.2025',
      }),
    ).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onOpenProject).toHaveBeenCalledWith('kiertotalot');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(project).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(project).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('row', { name: /Rakentamisen kiertotalous/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('row', { name: /Kestävä kaupunkielämä/ })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('row', { name: /Rakentamisen kiertotalous/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.getByText('Aikajanan loppu')).toHaveFocus();
  });

  it('shows the schedule reason in the tooltip', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    act(() => screen.getByRole('row', { name: /^Arabian kiertotaloushubi/ }).focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Syy: Tehtävä "Hakemus" myöhässä');
  });

  it('reschedules by keyboard with a day step, a week step and resize, and undoes', async () => {
    const user = userEvent.setup();
    const onReschedule = vi.fn<(change: RescheduleChange) => void>();
    render(<Harness onReschedule={onReschedule} canEdit={(id) => id === 'p-kiertotalot'} />);
    act(() => screen.getByRole('row', { name: /^Kiertotalot/ }).focus());
    await user.keyboard('{ArrowRight}{ArrowRight}');
    await user.keyboard('{Alt>}{ArrowRight}{/Alt}');
    await user.keyboard('{Alt>}{Shift>}{ArrowRight}{/Shift}{/Alt}');
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    expect(
      screen.getByRole('gridcell', {
        name: 'Kiertotalot, 9.1.2025–9.1.2028, Toteutus, aikataulussa',
      }),
    ).toHaveFocus();
    expect(onReschedule).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(onReschedule).toHaveBeenCalledTimes(1);
    expect(onReschedule).toHaveBeenLastCalledWith({
      kind: 'project',
      id: 'p-kiertotalot',
      version: 1,
      starts_on: '2025-01-09',
      ends_on: '2028-01-09',
    });
    expect(screen.getByRole('status', { hidden: false, name: '' })).toHaveTextContent(
      'Siirretty: Kiertotalot, 9.1.2025–9.1.2028',
    );
    await user.click(screen.getByRole('button', { name: /Kumoa siirto: Kiertotalot/ }));
    expect(onReschedule).toHaveBeenLastCalledWith({
      kind: 'project',
      id: 'p-kiertotalot',
      version: 1,
      starts_on: '2025-01-01',
      ends_on: '2027-12-31',
    });
    expect(screen.getByRole('gridcell', { name: KIERTOTALOT })).toBeInTheDocument();
  });

  it('rolls a bar back when the save is rejected', async () => {
    const user = userEvent.setup();
    const onReschedule = vi.fn(() => Promise.reject(new Error('conflict')));
    render(<Harness onReschedule={onReschedule} canEdit={() => true} />);
    act(() => screen.getByRole('row', { name: /^Kiertotalot/ }).focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{Alt>}{ArrowLeft}{/Alt}{Escape}');
    expect(onReschedule).toHaveBeenCalledTimes(1);
    expect(await screen.findByText('Siirto epäonnistui: Kiertotalot')).toBeInTheDocument();
    expect(screen.getByRole('gridcell', { name: KIERTOTALOT })).toBeInTheDocument();
  });

  it('does not move items the user may not edit', async () => {
    const user = userEvent.setup();
    const onReschedule = vi.fn();
    render(<Harness onReschedule={onReschedule} canEdit={() => false} />);
    act(() => screen.getByRole('row', { name: /^Kiertotalot/ }).focus());
    await user.keyboard('{ArrowRight}{ArrowRight}{Alt>}{ArrowRight}{/Alt}{Escape}');
    expect(onReschedule).not.toHaveBeenCalled();
    expect(screen.getByRole('gridcell', { name: KIERTOTALOT })).toBeInTheDocument();
  });

  it('switches zoom levels with pressed-state buttons', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const fit = screen.getByRole('button', { name: 'Sovita kaikki' });
    expect(fit).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Viikot' }));
    expect(screen.getByRole('button', { name: 'Viikot' })).toHaveAttribute('aria-pressed', 'true');
    expect(fit).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Tänään' }));
    await user.click(fit);
    expect(fit).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps the DOM small with 11,005 rows', () => {
    const data = generatePortfolio({ growthAreas: 5, projects: 1000, tasks: 10_000 });
    const { container } = render(
      <Harness data={data} initial={{ expand: { all: true, keys: new Set() } }} />,
    );
    expect(screen.getByRole('treegrid')).toHaveAttribute('aria-rowcount', '11006');
    expect(screen.getAllByRole('row').length).toBeLessThan(40);
    expect(container.querySelectorAll('*').length).toBeLessThan(1500);
  });
});

describe('TimelineChart while scrolling', () => {
  it('updates row elements in place instead of replacing them', () => {
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
      callback(0);
      return 0;
    });
    try {
      const data = generatePortfolio({ growthAreas: 5, projects: 1000, tasks: 10_000 });
      const { container } = render(
        <Harness data={data} initial={{ expand: { all: true, keys: new Set() } }} />,
      );
      const scroller = container.querySelector<HTMLElement>('.tl-scroll')!;
      const scrollTo = (top: number) => {
        Object.defineProperty(scroller, 'scrollTop', { value: top, configurable: true });
        fireEvent.scroll(scroller);
      };
      const bodyRows = () => Array.from(container.querySelectorAll<HTMLElement>('.tl-body > *'));
      scrollTo(3200);
      const before = bodyRows();
      const firstBefore = before.map((el) => el.getAttribute('aria-rowindex'));
      scrollTo(3520); // ten rows further
      const after = bodyRows();
      expect(after.map((el) => el.getAttribute('aria-rowindex'))).not.toEqual(firstBefore);
      expect(after.length).toBe(before.length);
      // The row elements are the ones that were there before, now showing other rows. (The
      // focus-holding first row keeps its own element, which may cost one slot; so may a window
      // one row shorter than the pool when the scroll position is a whole number of rows.)
      const reused = after.filter((el) => before.includes(el));
      expect(reused.length).toBeGreaterThanOrEqual(after.length - 2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('pointer rescheduling', () => {
  it('drags a bar by whole days and opens the project on a plain click', () => {
    const onReschedule = vi.fn();
    const onOpenProject = vi.fn();
    render(
      <Harness
        initial={{ zoom: 'years' }}
        onReschedule={onReschedule}
        onOpenProject={onOpenProject}
        canEdit={() => true}
      />,
    );
    const bar = screen.getByRole('gridcell', { name: KIERTOTALOT }).querySelector('.tl-bar');
    if (!bar) throw new Error('no bar');
    fireEvent.pointerDown(bar, { button: 0, clientX: 500, pointerId: 1 });
    fireEvent.pointerMove(bar, { clientX: 545, pointerId: 1 });
    expect(
      screen.getByRole('gridcell', { name: /^Kiertotalot, 11\.4\.2025–9\.4\.2028/ }),
    ).toBeInTheDocument();
    fireEvent.pointerUp(bar, { clientX: 545, pointerId: 1 });
    expect(onReschedule).toHaveBeenCalledWith({
      kind: 'project',
      id: 'p-kiertotalot',
      version: 1,
      starts_on: '2025-04-11',
      ends_on: '2028-04-09',
    });
    expect(onOpenProject).not.toHaveBeenCalled();
    const moved = screen
      .getByRole('gridcell', { name: /^Kiertotalot, 11/ })
      .querySelector('.tl-bar');
    if (!moved) throw new Error('no bar');
    fireEvent.pointerDown(moved, { button: 0, clientX: 300, pointerId: 2 });
    fireEvent.pointerUp(moved, { clientX: 300, pointerId: 2 });
    expect(onOpenProject).toHaveBeenCalledWith('kiertotalot');
    expect(onReschedule).toHaveBeenCalledTimes(1);
  });
});
