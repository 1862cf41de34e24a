import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A callback of stable identity that always runs the latest `fn`. The chart hands these to its
 * memoised rows, so a row whose content did not change is not re-rendered while it scrolls.
 */
export function useLatest<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}
