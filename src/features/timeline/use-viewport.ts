/**
 * The chart's scroll container: its measured size, its scroll position (one state update per
 * animation frame, painted in that same frame), and scrolls requested for after the next
 * render (a zoom, a focus move or "today" first needs the new layout in the DOM).
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Viewport } from './window';

export interface ScrollTarget {
  left?: number;
  top?: number;
}

export interface ViewportSize {
  width: number;
  height: number;
}

export function useViewport(initialSize?: ViewportSize) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(initialSize ?? { width: 1024, height: 600 });
  const [scroll, setScroll] = useState({ left: 0, top: 0 });
  const frame = useRef(0);
  const pending = useRef<ScrollTarget | null>(null);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0 && el.clientHeight > 0) {
        setSize((s) =>
          s.width === el.clientWidth && s.height === el.clientHeight
            ? s
            : { width: el.clientWidth, height: el.clientHeight },
        );
      }
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // Scroll events only schedule one state update per animation frame.
  const onScroll = useCallback(() => {
    if (frame.current) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      const el = scrollRef.current;
      if (!el) return;
      const left = el.scrollLeft;
      const top = el.scrollTop;
      // Synchronously, so the rows for the new position are painted in this same frame.
      flushSync(() => setScroll((s) => (s.left === left && s.top === top ? s : { left, top })));
    });
  }, []);

  /**
   * Scrolls to `target` once the next render is laid out. Pass `rerender` when nothing else
   * the caller does triggers that render.
   */
  const scrollAfterRender = useCallback((target: ScrollTarget, rerender = false) => {
    pending.current = target;
    if (rerender) setScroll((s) => ({ ...s }));
  }, []);

  /**
   * Applies a requested scroll; the caller runs it as a layout effect of the renders the
   * request waits for (a new focus, scale or rows), so it lands before paint.
   */
  const applyRequestedScroll = useCallback(() => {
    const el = scrollRef.current;
    const target = pending.current;
    if (!el || !target) return;
    pending.current = null;
    if (target.left !== undefined) el.scrollLeft = target.left;
    if (target.top !== undefined) el.scrollTop = target.top;
    setScroll({ left: target.left ?? el.scrollLeft, top: target.top ?? el.scrollTop });
  }, []);

  const viewport: Viewport = useMemo(
    () => ({
      scrollLeft: scroll.left,
      scrollTop: scroll.top,
      width: size.width,
      height: size.height,
    }),
    [scroll, size],
  );

  return { scrollRef, size, scroll, viewport, onScroll, scrollAfterRender, applyRequestedScroll };
}
