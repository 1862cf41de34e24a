/**
 * The timeline's filters, zoom and expand state, kept in the URL's search params so a shared
 * link opens the same view. Other params (e.g. a language) are left alone; updates replace
 * the history entry rather than piling one up per keystroke.
 */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { fromSearchParams, toSearchParams } from './layout';
import type { TimelineViewState } from './model';

export function useTimelineUrlState(): [TimelineViewState, (next: TimelineViewState) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Parse only when the query string itself changes, so the state keeps its identity.
  const state = useMemo(() => fromSearchParams(new URLSearchParams(key)), [key]);
  const setState = useCallback(
    (next: TimelineViewState) =>
      setParams((current) => toSearchParams(next, current), { replace: true }),
    [setParams],
  );
  return [state, setState];
}
