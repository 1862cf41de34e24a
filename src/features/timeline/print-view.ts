/**
 * The print view, downloaded when the browser is idle after the timeline has drawn (or on
 * Print): the browser's own print command gives the page no time to download anything
 * (`beforeprint` must render the view at once), so it is there before anyone prints, but not
 * part of what the page loads before it is interactive.
 */
import type { TimelinePrint } from './timeline-print';

type PrintView = typeof TimelinePrint;

let loaded: PrintView | null = null;
let loading: Promise<PrintView> | null = null;

export const printView = {
  /** The component if it has been downloaded. */
  get: (): PrintView | null => loaded,
  /** Downloads it (once; a failure is tried again on the next call). */
  load: (): Promise<PrintView> =>
    (loading ??= import('./timeline-print').then(
      (m) => (loaded = m.TimelinePrint),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    )),
};
