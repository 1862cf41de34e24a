/**
 * The print view's module, downloaded when the browser is idle after the timeline has drawn
 * (or on Print): the browser's own print command gives the page no time to download anything
 * (`beforeprint` must render the view at once), so it is there before anyone prints, but not
 * part of what the page loads before it is interactive.
 */
type PrintModule = typeof import('./timeline-print');

let loaded: PrintModule | null = null;
let loading: Promise<PrintModule> | null = null;

export const printView = {
  /** The module if it has been downloaded. */
  get: (): PrintModule | null => loaded,
  /** Downloads it (once; a failure is tried again on the next call). */
  load: (): Promise<PrintModule> =>
    (loading ??= import('./timeline-print').then(
      (m) => (loaded = m),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    )),
};
