/**
 * The portfolio timeline as an ARIA treegrid. It draws only what `computeWindow` puts in view
 * (absolute-positioned divs), so its DOM stays the same size at 50 or 50,000 rows.
 *
 * This component wires the pieces together: the layout (rows → scale → window), the viewport
 * (`use-viewport`), the one tab stop (`use-roving-focus`) and its keys (`use-chart-keyboard`),
 * and rescheduling with undo (`use-rescheduling`) by keyboard (`use-keyboard-editing`) or
 * pointer (`use-pointer-drag`), which is downloaded only for a chart that can reschedule
 * (`chart-editing-hooks.ts`).
 */
import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useChartEditingHooks, type ChartEditingHooks } from './chart-editing-hooks';
import { parseDay, todayDay } from './days';
import {
  HEADER_HEIGHT,
  NAME_COLUMN_WIDTH,
  ROW_HEIGHT,
  ROW_OVERSCAN,
  timeWidthOf,
} from './geometry';
import { fullLabel, tooltipLines } from './labels';
import type { ExpandState, RescheduleChange, TimelineData, TimelineViewState, Zoom } from './model';
import { buildRows, indexTimelineData, toggleExpanded, type TimelineRow } from './rows';
import { createScale, dayToX } from './scale';
import { createTimelineT, type TimelineLang, type TimelineT } from './strings';
import { ChartHeader } from './timeline-header';
import { ChartRow, ChartTooltip, slotKey } from './timeline-row';
import { ChartToolbar } from './timeline-toolbar';
import { useChartKeyboard } from './use-chart-keyboard';
import { useLatest } from './use-latest';
import { useRovingFocus } from './use-roving-focus';
import { useViewport } from './use-viewport';
import {
  centreDay,
  computeTicks,
  computeWindow,
  scrollLeftForDay,
  todayTarget,
  type TimelineWindow,
} from './window';
import './timeline.css';

export interface TimelineChartProps {
  data: TimelineData;
  /** Filters, expand state and zoom; keep them in the URL with `toSearchParams`. */
  state: TimelineViewState;
  onStateChange: (next: TimelineViewState) => void;
  lang: TimelineLang;
  /** Defaults to this feature's own string table for `lang`. */
  t?: TimelineT;
  /** ISO date of "today"; defaults to the local date. */
  today?: string;
  onOpenProject: (slug: string) => void;
  /** Whether the signed-in user may reschedule this project and its tasks. */
  canEdit?: (projectId: string) => boolean;
  /** Called with a version-checked change; reject to roll the bar back. */
  onReschedule?: (change: RescheduleChange) => void | Promise<void>;
  /** CSS height of the scroll area. */
  height?: string;
  /** Size to lay out with before the first measurement (tests, server render). */
  initialSize?: { width: number; height: number };
  /** Drawn over the time axis for the rows in view, given where a date lies (a chosen
   *  baseline's bars, loaded lazily). */
  overlay?: (win: TimelineWindow, x: (iso: string) => number) => ReactNode;
}

export function TimelineChart(props: TimelineChartProps) {
  // A chart with something the viewer may reschedule downloads its editing code and starts
  // over with it (once, as the page opens; the route loads it beside the data for an editor).
  const { onReschedule, canEdit, data } = props;
  const editable = useMemo(
    () => Boolean(onReschedule && canEdit && data.projects.some((p) => canEdit(p.id))),
    [onReschedule, canEdit, data],
  );
  const editing = useChartEditingHooks(editable);
  return <Chart key={editing.edits ? 'edit' : 'read'} {...props} editing={editing} />;
}

function Chart(props: TimelineChartProps & { editing: ChartEditingHooks }) {
  const { useSchedule, useInput, edits } = props.editing;
  const {
    data,
    state,
    onStateChange,
    lang,
    onOpenProject,
    canEdit,
    onReschedule,
    height = 'min(70vh, 720px)',
    initialSize,
  } = props;
  const t = useMemo(() => props.t ?? createTimelineT(lang), [props.t, lang]);
  const ctx = useMemo(() => ({ lang, t }), [lang, t]);
  const today = useMemo(() => (props.today ? parseDay(props.today) : todayDay()), [props.today]);
  const uid = useId();
  const tooltipId = `${uid}-tooltip`;
  const helpId = `${uid}-help`;

  // ---- local schedule changes (optimistic saves and the drag in progress)
  const rescheduling = useSchedule({ data, t, onReschedule });
  const { effectiveData, undoStack } = rescheduling;

  // ---- layout
  const index = useMemo(
    () => indexTimelineData(effectiveData, t('otherProjects')),
    [effectiveData, t],
  );
  const model = useMemo(
    () => buildRows(index, state.filters, state.expand, today),
    [index, state.filters, state.expand, today],
  );
  const { scrollRef, size, scroll, viewport, onScroll, scrollAfterRender, applyRequestedScroll } =
    useViewport(initialSize);
  const exitRef = useRef<HTMLDivElement>(null);
  const scale = useMemo(
    () => createScale(index.domain, state.zoom, timeWidthOf(size.width)),
    [index.domain, state.zoom, size.width],
  );

  // ---- focus (roving tabindex)
  const { focus, setFocus, activeIndex, activeCol, moveFocus, focusAfterRender } = useRovingFocus({
    rows: model.rows,
    viewport,
    scale,
    container: scrollRef,
    scrollAfterRender,
  });

  const ticks = useMemo(
    () => computeTicks(scale, { scrollLeft: scroll.left, width: size.width }, ctx),
    [scale, scroll.left, size.width, ctx],
  );
  const win: TimelineWindow = useMemo(
    () =>
      computeWindow(model, scale, viewport, {
        today,
        ctx,
        ticks,
        keep: model.rows.length ? [activeIndex] : [],
      }),
    [model, scale, viewport, today, ctx, ticks, activeIndex],
  );

  // A requested scroll lands once the render it waits for (focus, scale or rows) is laid out.
  useLayoutEffect(applyRequestedScroll, [applyRequestedScroll, scroll, focus, scale, model]);

  const [hoverKey, setHoverKey] = useState<string | null>(null);

  const setExpand = useCallback(
    (expand: ExpandState) => onStateChange({ ...state, expand }),
    [onStateChange, state],
  );

  const setZoom = useCallback(
    (zoom: Zoom, centre?: number) => {
      const day = centre ?? centreDay(scale, viewport);
      const next = createScale(index.domain, zoom, timeWidthOf(viewport.width));
      const left = zoom === 'fit' ? 0 : scrollLeftForDay(next, day, viewport.width);
      // A new zoom re-renders through the state; the same zoom only re-centres.
      scrollAfterRender({ left }, zoom === state.zoom);
      if (zoom !== state.zoom) onStateChange({ ...state, zoom });
    },
    [scale, viewport, index.domain, state, onStateChange, scrollAfterRender],
  );

  const goToday = useCallback(() => {
    if (state.zoom === 'fit') setZoom('months', today);
    else scrollAfterRender({ left: todayTarget(scale, today, viewport.width) }, true);
  }, [state.zoom, setZoom, today, scale, viewport.width, scrollAfterRender]);

  // ---- rescheduling
  const editableRow = useCallback(
    (row: TimelineRow) =>
      Boolean(
        edits &&
        onReschedule &&
        row.project &&
        row.kind !== 'area' &&
        (canEdit?.(row.project.id) ?? false),
      ),
    [edits, onReschedule, canEdit],
  );

  const rowLabel = useCallback((row: TimelineRow) => fullLabel(row, ctx), [ctx]);

  const focusItem = useCallback(
    (row: TimelineRow) => {
      setFocus({ key: row.key, col: 1 });
      focusAfterRender();
    },
    [setFocus, focusAfterRender],
  );
  const input = useInput({
    schedule: rescheduling,
    scale,
    editableRow,
    rowLabel,
    focusItem,
    onOpenProject,
  });
  const { nudge, flushKeyboardEdit } = input;

  const { undo: undoLast } = rescheduling;
  const undo = useCallback(() => {
    flushKeyboardEdit();
    undoLast();
  }, [flushKeyboardEdit, undoLast]);

  const openRow = useCallback(
    (row: TimelineRow) => {
      if (row.project) onOpenProject(row.project.slug);
      else if (row.expandable) setExpand(toggleExpanded(state.expand, row.key));
    },
    [onOpenProject, setExpand, state.expand],
  );

  const onKeyDown = useChartKeyboard({
    rows: model.rows,
    activeIndex,
    activeCol,
    viewportHeight: viewport.height,
    expand: state.expand,
    setExpand,
    moveFocus,
    focusAfterRender,
    editableRow,
    nudge,
    flushKeyboardEdit,
    undo,
    openRow,
    exit: exitRef,
  });

  // ---- drawing
  // Rows get callbacks that never change identity (they read the latest state through a ref),
  // so a row whose content did not change is not re-rendered while the chart scrolls.
  const onRowFocusCell = useLatest((key: string, col: 0 | 1) => setFocus({ key, col }));
  const onRowToggle = useLatest((key: string) => {
    setFocus({ key, col: 0 });
    setExpand(toggleExpanded(state.expand, key));
  });
  const onRowHover = useLatest((key: string, on: boolean) => setHoverKey(on ? key : null));
  const onRowPointerDown = useLatest(input.onItemPointerDown);
  const onRowPointerMove = useLatest(input.onItemPointerMove);
  const onRowPointerUp = useLatest(input.onItemPointerUp);
  const onRowPointerCancel = useLatest(input.onItemPointerCancel);
  // Slots: exactly as many as computeWindow's window can hold, so the row scrolling in reuses
  // the DOM of the row that scrolled out (updated in place, not unmounted and mounted again).
  const slots =
    Math.ceil(Math.max(size.height - HEADER_HEIGHT, 0) / ROW_HEIGHT) + 1 + 2 * ROW_OVERSCAN;

  const tipKey = hoverKey ?? (focus && focus.col === 1 ? focus.key : null);
  const tipRow = tipKey ? win.rows.find((r) => r.row.key === tipKey) : undefined;
  const activeKey = model.rows[activeIndex]?.key;

  return (
    <div className="tl" data-zoom={state.zoom}>
      <ChartToolbar
        t={t}
        zoom={state.zoom}
        onZoom={(zoom) => setZoom(zoom)}
        onToday={goToday}
        onExpandAll={() => setExpand({ all: true, keys: new Set() })}
        onCollapseAll={() =>
          setExpand({
            all: false,
            keys: new Set(model.rows.filter((r) => r.kind === 'area').map((r) => r.key)),
          })
        }
        undo={
          onReschedule ? { last: undoStack[undoStack.length - 1]?.label, onUndo: undo } : undefined
        }
      />
      <p id={helpId} className="tl-help">
        {t('keyboardHelp')}
      </p>
      {model.rows.length === 0 ? (
        <p className="tl-empty" role="status">
          {t('emptyResult')}
        </p>
      ) : null}
      <div
        ref={scrollRef}
        className="tl-scroll"
        style={{ height }}
        onScroll={onScroll}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) flushKeyboardEdit();
        }}
      >
        <div
          className="tl-canvas"
          role="treegrid"
          aria-label={t('chartLabel')}
          aria-describedby={helpId}
          aria-rowcount={model.rows.length + 1}
          aria-colcount={2}
          style={{ width: win.contentWidth, height: win.contentHeight }}
          onKeyDown={onKeyDown}
        >
          <ChartHeader win={win} t={t} today={today} lang={lang} />
          <div role="rowgroup" className="tl-body">
            {win.rows.map((vr) => {
              const active = vr.row.key === activeKey;
              return (
                <ChartRow
                  key={slotKey(vr.index, activeIndex, vr.row.key, slots)}
                  vr={vr}
                  active={active}
                  activeCol={active ? activeCol : 0}
                  editable={editableRow(vr.row)}
                  tooltipId={tipKey === vr.row.key ? tooltipId : undefined}
                  onFocusCell={onRowFocusCell}
                  onToggle={onRowToggle}
                  onHover={onRowHover}
                  onPointerDown={onRowPointerDown}
                  onPointerMove={onRowPointerMove}
                  onPointerUp={onRowPointerUp}
                  onPointerCancel={onRowPointerCancel}
                />
              );
            })}
          </div>
          {win.todayX !== null ? (
            <div
              className="tl-today"
              aria-hidden="true"
              style={{ left: NAME_COLUMN_WIDTH + win.todayX, height: win.contentHeight }}
            />
          ) : null}
          {props.overlay ? (
            <div className="tl-overlay" style={{ left: NAME_COLUMN_WIDTH, top: HEADER_HEIGHT }}>
              {props.overlay(win, (iso) => dayToX(scale, parseDay(iso)))}
            </div>
          ) : null}
        </div>
        {tipRow ? (
          <ChartTooltip id={tooltipId} vr={tipRow} lines={tooltipLines(tipRow.row, ctx)} />
        ) : null}
      </div>
      <div ref={exitRef} tabIndex={-1} className="tl-sr-only">
        {t('chartEnd')}
      </div>
      <div role="status" className="tl-sr-only">
        {rescheduling.announcement}
      </div>
    </div>
  );
}
