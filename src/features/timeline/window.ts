/**
 * The window: the slice of rows and time inside the viewport (plus overscan) with each row's
 * bar or milestone geometry and label, and the scroll positions the toolbar and keyboard ask
 * for. The chart draws only what `computeWindow` returns, so its DOM stays the same size at
 * 50 or 50,000 rows.
 */
import { dayToX, ticksInRange, xToDay, type Tick, type TimeScale, createScale } from './scale';
import {
  HEADER_HEIGHT,
  MILESTONE_SIZE,
  NAME_COLUMN_WIDTH,
  ROW_HEIGHT,
  ROW_OVERSCAN,
  X_OVERSCAN,
  timeWidthOf,
} from './geometry';
import {
  barText,
  fullLabel,
  placeLabel,
  type LabelContext,
  type LabelGeometry,
  type MeasureText,
} from './labels';
import type { ExpandState, TimelineData, TimelineFilters, Zoom } from './model';
import { buildRows, indexTimelineData, type RowModel, type TimelineRow } from './rows';

export interface Viewport {
  scrollLeft: number;
  scrollTop: number;
  /** Width of the scroll container, names column included. */
  width: number;
  /** Height of the scroll container, header included. */
  height: number;
}

export interface BarGeometry {
  x: number;
  width: number;
  label: LabelGeometry;
}

export interface MilestoneGeometry {
  /** Centre of the marker. */
  x: number;
}

export interface VisibleRow {
  index: number;
  /** Top of the row inside the body (below the header). */
  y: number;
  row: TimelineRow;
  bar: BarGeometry | null;
  milestone: MilestoneGeometry | null;
  /** The row's item lies in the visible time range (else it is not drawn). */
  itemInView: boolean;
  label: string;
}

export interface TimelineWindow {
  firstIndex: number;
  /** Exclusive. */
  lastIndex: number;
  rows: VisibleRow[];
  majorTicks: Tick[];
  minorTicks: Tick[];
  todayX: number | null;
  /** Scrollable size of the whole chart, names column and header included. */
  contentWidth: number;
  contentHeight: number;
  /** Time-axis pixels in view, before overscan. */
  visibleX0: number;
  visibleX1: number;
}

export function rowGeometry(
  row: TimelineRow,
  scale: TimeScale,
  visible: { x0: number; x1: number },
  ctx: LabelContext,
  measure?: MeasureText,
): { bar: BarGeometry | null; milestone: MilestoneGeometry | null; inView: boolean } {
  if (row.kind === 'task') {
    if (row.startDay === null) return { bar: null, milestone: null, inView: false };
    const x = dayToX(scale, row.startDay) + scale.pxPerDay / 2;
    const half = MILESTONE_SIZE / 2;
    return {
      bar: null,
      milestone: { x },
      inView: x + half >= visible.x0 && x - half <= visible.x1,
    };
  }
  if (row.startDay === null && row.endDay === null) {
    return { bar: null, milestone: null, inView: false };
  }
  // A bar missing one end runs to the edge of the domain on that side.
  const start = row.startDay ?? scale.startDay;
  const end = row.endDay ?? scale.endDay;
  const x = dayToX(scale, start);
  const width = Math.max((end - start + 1) * scale.pxPerDay, 2);
  const inView = x + width >= visible.x0 && x <= visible.x1;
  const label = placeLabel(barText(row, ctx), x, width, scale.width, visible, measure);
  return { bar: { x, width, label }, milestone: null, inView };
}

export interface TickRows {
  major: Tick[];
  minor: Tick[];
}

/** The header's ticks for the visible time range plus overscan (independent of vertical scroll). */
export function computeTicks(
  scale: TimeScale,
  viewport: Pick<Viewport, 'scrollLeft' | 'width'>,
  ctx: LabelContext,
  xOverscan: number = X_OVERSCAN,
): TickRows {
  const x0 = Math.max(0, viewport.scrollLeft - xOverscan);
  const x1 = Math.min(scale.width, viewport.scrollLeft + timeWidthOf(viewport.width) + xOverscan);
  return {
    major: ticksInRange(scale, scale.major, 'major', x0, x1, ctx.lang, ctx.t),
    minor: ticksInRange(scale, scale.minor, 'minor', x0, x1, ctx.lang, ctx.t),
  };
}

export interface WindowOptions {
  today: number;
  ctx: LabelContext;
  /** Precomputed ticks (memoised by the caller across vertical scrolling). */
  ticks?: TickRows;
  /** Row indices to include even outside the viewport (the focused row keeps its DOM node). */
  keep?: readonly number[];
  measure?: MeasureText;
  rowOverscan?: number;
  xOverscan?: number;
}

export function computeWindow(
  model: RowModel,
  scale: TimeScale,
  viewport: Viewport,
  options: WindowOptions,
): TimelineWindow {
  const { rows } = model;
  const rowOverscan = options.rowOverscan ?? ROW_OVERSCAN;
  const xOverscan = options.xOverscan ?? X_OVERSCAN;
  const bodyHeight = Math.max(viewport.height - HEADER_HEIGHT, 0);
  const firstIndex = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - rowOverscan);
  const lastIndex = Math.min(
    rows.length,
    Math.ceil((viewport.scrollTop + bodyHeight) / ROW_HEIGHT) + rowOverscan,
  );
  const visibleX0 = Math.max(0, viewport.scrollLeft);
  const visibleX1 = Math.min(scale.width, viewport.scrollLeft + timeWidthOf(viewport.width));
  const x0 = Math.max(0, visibleX0 - xOverscan);
  const x1 = Math.min(scale.width, visibleX1 + xOverscan);

  const indices: number[] = [];
  for (const k of options.keep ?? []) {
    if (k >= 0 && k < rows.length && (k < firstIndex || k >= lastIndex)) indices.push(k);
  }
  for (let i = firstIndex; i < lastIndex; i++) indices.push(i);
  indices.sort((a, b) => a - b);

  const visibleRows: VisibleRow[] = [];
  for (const i of indices) {
    const row = rows[i];
    if (!row) continue;
    const geometry = rowGeometry(
      row,
      scale,
      { x0: visibleX0, x1: visibleX1 },
      options.ctx,
      options.measure,
    );
    visibleRows.push({
      index: i,
      y: i * ROW_HEIGHT,
      row,
      bar: geometry.bar,
      milestone: geometry.milestone,
      itemInView: geometry.bar
        ? geometry.bar.x + geometry.bar.width >= x0 && geometry.bar.x <= x1
        : geometry.milestone
          ? geometry.milestone.x + MILESTONE_SIZE >= x0 &&
            geometry.milestone.x - MILESTONE_SIZE <= x1
          : false,
      label: fullLabel(row, options.ctx),
    });
  }

  const ticks = options.ticks ?? computeTicks(scale, viewport, options.ctx, xOverscan);
  const todayX =
    options.today >= scale.startDay && options.today <= scale.endDay
      ? dayToX(scale, options.today) + scale.pxPerDay / 2
      : null;

  return {
    firstIndex,
    lastIndex,
    rows: visibleRows,
    majorTicks: ticks.major,
    minorTicks: ticks.minor,
    todayX,
    contentWidth: NAME_COLUMN_WIDTH + scale.width,
    contentHeight: HEADER_HEIGHT + rows.length * ROW_HEIGHT,
    visibleX0,
    visibleX1,
  };
}

// ---------------------------------------------------------------------------------------------
// Scroll targets

function clampScroll(value: number, max: number): number {
  return Math.max(0, Math.min(Math.max(max, 0), value));
}

/** "Fit all": the whole domain (at least the programme 2025–2029) in the viewport. */
export function fitAllTarget(): { zoom: Zoom; scrollLeft: number } {
  return { zoom: 'fit', scrollLeft: 0 };
}

/** scrollLeft that centres `day` in the time area. */
export function scrollLeftForDay(scale: TimeScale, day: number, viewportWidth: number): number {
  const timeWidth = timeWidthOf(viewportWidth);
  return clampScroll(
    dayToX(scale, day) + scale.pxPerDay / 2 - timeWidth / 2,
    scale.width - timeWidth,
  );
}

/** "Today": centre today's line. */
export function todayTarget(scale: TimeScale, today: number, viewportWidth: number): number {
  return scrollLeftForDay(scale, today, viewportWidth);
}

/** The day in the centre of the view, to keep it centred across a zoom change. */
export function centreDay(scale: TimeScale, viewport: Viewport): number {
  return xToDay(scale, viewport.scrollLeft + timeWidthOf(viewport.width) / 2);
}

/** scrollTop that brings row `index` into view with the least movement. */
export function scrollTopForRow(index: number, viewport: Viewport, rowCount: number): number {
  const bodyHeight = Math.max(viewport.height - HEADER_HEIGHT, ROW_HEIGHT);
  const top = index * ROW_HEIGHT;
  const max = rowCount * ROW_HEIGHT - bodyHeight;
  if (top < viewport.scrollTop) return clampScroll(top, max);
  if (top + ROW_HEIGHT > viewport.scrollTop + bodyHeight) {
    return clampScroll(top + ROW_HEIGHT - bodyHeight, max);
  }
  return viewport.scrollTop;
}

// ---------------------------------------------------------------------------------------------
// One call for callers that do not memoise the steps

export interface LayoutInput {
  data: TimelineData;
  filters: TimelineFilters;
  expand: ExpandState;
  zoom: Zoom;
  viewport: Viewport;
  today: number;
  ctx: LabelContext;
}

export function layoutTimeline(input: LayoutInput) {
  const index = indexTimelineData(input.data, input.ctx.t('otherProjects'));
  const model = buildRows(index, input.filters, input.expand, input.today);
  const scale = createScale(index.domain, input.zoom, timeWidthOf(input.viewport.width));
  const window = computeWindow(model, scale, input.viewport, {
    today: input.today,
    ctx: input.ctx,
  });
  return { index, model, scale, window };
}
