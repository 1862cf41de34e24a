/**
 * The timeline's filters, zoom and expand state, kept in the URL's search params so a shared
 * link opens the same view. Other params (e.g. a language) are left alone; updates replace
 * the history entry rather than piling one up per keystroke.
 *
 * A change is visible at once, before the URL has it: the router applies a search-param change
 * asynchronously (its loaders revalidate first, then it renders in a transition), and the
 * keyboard must not act on the old state meanwhile. Pressing → twice on a closed project row
 * must open it and then move to its bar; reading the expand state from the URL alone, the
 * second → saw the row still closed whenever the navigation had not landed yet, and an
 * Alt+→ that followed nudged nothing.
 */
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { fromSearchParams, toSearchParams } from './search-params';
import type { TimelineViewState } from './model';

interface Pending {
  state: TimelineViewState;
  /** The query string the change asked for. */
  target: string;
  /** Query strings the URL may still show before it reaches `target` (older ones of ours). */
  before: readonly string[];
}

export function useTimelineUrlState(): [TimelineViewState, (next: TimelineViewState) => void] {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  // Parse only when the query string itself changes, so the state keeps its identity.
  const fromUrl = useMemo(() => fromSearchParams(new URLSearchParams(key)), [key]);
  const [pending, setPending] = useState<Pending | null>(null);

  // Once the URL has caught up, older query strings no longer stand for our change: a later
  // navigation back to one of them (a link, the back button) is the URL's to decide.
  if (pending && pending.before.length > 0 && key === pending.target) {
    setPending({ ...pending, before: [] });
  }
  const ours = pending !== null && (key === pending.target || pending.before.includes(key));
  const state = ours ? pending.state : fromUrl;

  const setState = useCallback(
    (next: TimelineViewState) => {
      const target = toSearchParams(next, new URLSearchParams(key)).toString();
      setPending((prev) => {
        const stillOurs = prev !== null && (key === prev.target || prev.before.includes(key));
        const before = stillOurs && key !== prev.target ? [...prev.before, prev.target] : [key];
        return { state: next, target, before };
      });
      if (target !== key) setParams(new URLSearchParams(target), { replace: true });
    },
    [key, setParams],
  );
  return [state, setState];
}
