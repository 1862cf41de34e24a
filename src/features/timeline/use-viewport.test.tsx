import { act, fireEvent, render, screen } from '@testing-library/react';
import { useLayoutEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useViewport, type ScrollTarget } from './use-viewport';

let api: ReturnType<typeof useViewport> | null = null;
let renders = 0;

function Probe(props: { request?: ScrollTarget }) {
  const viewport = useViewport({ width: 800, height: 400 });
  const { applyRequestedScroll, scrollRef, onScroll } = viewport;
  useLayoutEffect(() => {
    api = viewport;
    renders++;
  });
  useLayoutEffect(applyRequestedScroll, [applyRequestedScroll, props.request]);
  return <div ref={scrollRef} data-testid="scroller" onScroll={onScroll} />;
}

function current() {
  if (!api) throw new Error('not rendered');
  return api;
}

afterEach(() => {
  api = null;
  renders = 0;
  vi.unstubAllGlobals();
});

describe('useViewport', () => {
  it('lays out with the initial size until it can measure', () => {
    render(<Probe />);
    expect(current().size).toEqual({ width: 800, height: 400 });
    expect(current().viewport).toEqual({ scrollLeft: 0, scrollTop: 0, width: 800, height: 400 });
  });

  it('turns a burst of scroll events into one update per animation frame', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    render(<Probe />);
    const scroller = screen.getByTestId('scroller');
    scroller.scrollTop = 100;
    fireEvent.scroll(scroller);
    scroller.scrollTop = 250;
    fireEvent.scroll(scroller);
    expect(frames).toHaveLength(1);
    const before = renders;
    act(() => frames[0]?.(0));
    expect(renders).toBe(before + 1);
    expect(current().scroll).toEqual({ left: 0, top: 250 });
  });

  it('scrolls where asked once the render it waits for is laid out', () => {
    const { rerender } = render(<Probe />);
    const scroller = screen.getByTestId('scroller');
    act(() => current().scrollAfterRender({ left: 120, top: 64 }));
    expect(scroller.scrollLeft).toBe(0);
    rerender(<Probe request={{ left: 120, top: 64 }} />);
    expect(scroller.scrollLeft).toBe(120);
    expect(scroller.scrollTop).toBe(64);
    expect(current().viewport).toMatchObject({ scrollLeft: 120, scrollTop: 64 });
  });

  it('re-renders by itself when asked to', () => {
    render(<Probe />);
    const scroller = screen.getByTestId('scroller');
    act(() => current().scrollAfterRender({ left: 40 }, true));
    // The Probe's effect depends on no change here, so the request waits for the next one.
    expect(current().scroll.left).toBe(0);
    act(() => current().applyRequestedScroll());
    expect(scroller.scrollLeft).toBe(40);
    expect(current().scroll).toEqual({ left: 40, top: 0 });
  });
});
