/**
 * The chart's fixed pixel geometry. The component's CSS uses the same numbers through CSS
 * variables; export and print draw with them too.
 */
export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 48;
export const NAME_COLUMN_WIDTH = 280;
/** @public The bars' height: only timeline.css draws with it, listed here with the rest. */
export const BAR_HEIGHT = 18;
export const MILESTONE_SIZE = 14;
export const LABEL_PADDING = 6;
export const ROW_OVERSCAN = 6;
export const X_OVERSCAN = 240;

/** Width of the time axis in a viewport `viewportWidth` wide (the names column takes the rest). */
export function timeWidthOf(viewportWidth: number): number {
  return Math.max(viewportWidth - NAME_COLUMN_WIDTH, 1);
}
