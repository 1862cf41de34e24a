import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { printView } from './print-view';
import { DEFAULT_EXPAND } from './rows';
import { EMPTY_FILTERS, type TimelineViewState } from './model';
import { TimelineView } from './timeline-view';
import { smallPortfolio } from '@/test/timeline-data';

const png = vi.hoisted(() => ({
  svgToPng: vi.fn<(svg: string, width: number, height: number) => Promise<Blob>>(),
  downloadBlob: vi.fn<(blob: Blob, filename: string) => void>(),
}));
// jsdom has no canvas or image decoding: the drawing is checked in e2e (a real PNG comes out);
// here, what is drawn, how big, and what the user is offered.
vi.mock('./export', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./export')>()),
  svgToPng: png.svgToPng,
  downloadBlob: png.downloadBlob,
}));

// The print view downloads when the browser is idle after the page has drawn (print-view.ts;
// timeline-view-lazy.test.tsx): here it is there, as it is by the time anyone prints.
beforeAll(async () => {
  await printView.load();
});

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

/** matchMedia for a window `width` CSS px wide: answers max-width queries as a browser would. */
function windowWidth(width: number) {
  vi.stubGlobal('matchMedia', (query: string) => {
    const max = /max-width:\s*([\d.]+)px/.exec(query);
    return {
      matches: max ? width <= Number(max[1]) : false,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    };
  });
}

beforeEach(() => {
  png.svgToPng.mockReset();
  png.downloadBlob.mockReset();
});
afterEach(() => vi.unstubAllGlobals());

describe('TimelineView: PNG export', () => {
  it('draws the current view onto a bounded canvas and offers it as a .png download', async () => {
    const blob = new Blob(['png'], { type: 'image/png' });
    png.svgToPng.mockResolvedValue(blob);
    render(<View />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Vie PNG-kuvana' }));
    await waitFor(() =>
      expect(png.downloadBlob).toHaveBeenCalledWith(blob, 'aikajana-2026-11-22.png'),
    );
    const [svg, width, height] = png.svgToPng.mock.calls[0]!;
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    // Twice the layout size (a small view), and the SVG asks for exactly the canvas size.
    expect(Math.floor(Number(root.getAttribute('width')))).toBe(width);
    expect(Math.floor(Number(root.getAttribute('height')))).toBe(height);
    const [, , vbWidth, vbHeight] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
    expect(width).toBe(Math.floor(2 * vbWidth!));
    expect(height).toBe(Math.floor(2 * vbHeight!));
    // The rows of the current view, with their labels.
    const rows = Number(screen.getByRole('treegrid').getAttribute('aria-rowcount')) - 1;
    expect(doc.querySelectorAll('svg > g')).toHaveLength(rows);
    expect(svg).toContain('>Kiertotalot<');
    expect(svg).toContain('Viety 22.11.2026');
  });

  it('says so when the image cannot be made', async () => {
    png.svgToPng.mockRejectedValue(new Error('no canvas'));
    render(<View />);
    fireEvent.click(screen.getByRole('button', { name: 'Vie PNG-kuvana' }));
    expect(await screen.findByText('Kuvan vienti epäonnistui.')).toBeInTheDocument();
    expect(png.downloadBlob).not.toHaveBeenCalled();
  });
});

describe('TimelineView: narrow windows', () => {
  it('keeps the chart and its zoom controls at 640 px (a 1280 px window at 200% zoom)', () => {
    windowWidth(640);
    render(<View />);
    expect(screen.getByRole('treegrid')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Vuodet' })).toBeInTheDocument();
  });

  it('shows the agenda below 640 px, and the table when asked for', async () => {
    windowWidth(639);
    render(<View />);
    expect(screen.queryByRole('treegrid')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Rakentamisen kiertotalous' })).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Näytä taulukkona' }));
    expect(await screen.findByRole('table')).toHaveTextContent('Kiertotalot');
  });
});

const KIERTOTALOT = 'Kiertotalot, 1.1.2025–31.12.2027, Toteutus, aikataulussa';

describe('TimelineView', () => {
  it('toggles between the chart and the table', async () => {
    const user = userEvent.setup();
    render(<View />);
    expect(screen.getByRole('treegrid')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Näytä taulukkona' }));
    expect(screen.queryByRole('treegrid')).not.toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Aikajana taulukkona' })).toBeInTheDocument();
  });

  it('shows a stacked agenda on a narrow screen', () => {
    const matchMedia = vi.fn((query: string) => ({
      matches: query.includes('max-width'), // a phone: narrower than the breakpoint
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    vi.stubGlobal('matchMedia', matchMedia);
    try {
      render(<View />);
      const agenda = screen.getByRole('region', { name: 'Aikajana listana' });
      expect(within(agenda).getByRole('heading', { name: 'Meriklusteri' })).toBeInTheDocument();
      expect(within(agenda).getByRole('button', { name: KIERTOTALOT })).toBeInTheDocument();
      expect(screen.queryByRole('treegrid')).not.toBeInTheDocument();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('filters by stage from the filter bar and clears again', async () => {
    const user = userEvent.setup();
    render(<View />);
    const search = screen.getByRole('search', { name: 'Suodata aikajanaa' });
    await user.selectOptions(within(search).getByLabelText('Eteneminen'), 'Toteutus');
    expect(screen.getByRole('treegrid')).toHaveAttribute('aria-rowcount', '3');
    expect(screen.queryByRole('row', { name: /Meriklusteri/ })).not.toBeInTheDocument();
    await user.type(within(search).getByLabelText('Hae nimellä'), 'ei löydy');
    expect(screen.getByText('Ei hakuehtoja vastaavia hankkeita.')).toBeInTheDocument();
    await user.click(within(search).getByRole('button', { name: 'Tyhjennä suodattimet' }));
    expect(screen.getByRole('treegrid')).toHaveAttribute('aria-rowcount', '8');
  });

  it('renders every visible row, with a date stamp, for printing', () => {
    render(<View />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const printed = screen.getByText(/Tulostettu 22\.11\.2026/).closest('.tl-print');
    expect(printed).not.toBeNull();
    const rows = within(printed as HTMLElement).getAllByRole('row');
    expect(rows).toHaveLength(8);
    expect(
      within(printed as HTMLElement).getByRole('rowheader', { name: /Arabian/ }),
    ).toHaveTextContent('Arabian kiertotaloushubi — Suunnittelu, Myöhässä');
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(document.querySelector('.tl-print')).toBeNull();
  });

  it('prints a Finnish name standing in for a translation as Finnish (lang="fi"), as the table does', () => {
    const data = smallPortfolio();
    const [first, ...rest] = data.projects;
    data.projects = [{ ...first!, lang: 'fi' }, ...rest];
    render(
      <TimelineView
        data={data}
        state={{ filters: EMPTY_FILTERS, expand: DEFAULT_EXPAND, zoom: 'fit' }}
        onStateChange={() => {}}
        lang="fi"
        today="2026-11-22"
        onOpenProject={() => {}}
        initialSize={{ width: 1200, height: 600 }}
      />,
    );
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const printed = document.querySelector<HTMLElement>('.tl-print')!;
    expect(within(printed).getByText(first!.name)).toHaveAttribute('lang', 'fi');
    const translated = rest.find((p) => p.lang === undefined)!;
    expect(within(printed).getByText(translated.name)).not.toHaveAttribute('lang');
  });
});
