/**
 * The portfolio timeline as an ARIA treegrid. It draws only what `computeWindow` puts in view
 * (absolute-positioned divs), so its DOM stays the same size at 50 or 50,000 rows.
 *
 * Keyboard: one tab stop (roving tabindex). Each row has two cells: the name (the row itself
 * takes focus there) and the time cell holding the bar or milestone. ↑/↓ rows, →/← expand,
 * collapse or move between the two cells, Home/End, PageUp/PageDown, Enter opens the project,
 * Escape leaves. On an editable item Alt+←/→ moves it a day (Shift: a week), Alt+↑/↓ shortens
 * or lengthens a project (Shift: a week); Ctrl+Z undoes.
 */
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
} from 'react';
import { parseDay, todayDay } from './days';
import {
  HEADER_HEIGHT,
  NAME_COLUMN_WIDTH,
  ROW_HEIGHT,
  ROW_OVERSCAN,
  timeWidthOf,
} from './geometry';
import { createScale, snapDays } from './scale';
import { buildRows, indexTimelineData, toggleExpanded, type TimelineRow } from './rows';
import { tooltipLines, fullLabel } from './labels';
import {
  centreDay,
  computeTicks,
  computeWindow,
  scrollLeftForDay,
  scrollTopForRow,
  todayTarget,
  type TimelineWindow,
  type Viewport,
  type VisibleRow,
} from './window';
import {
  ZOOMS,
  type ExpandState,
  type RescheduleChange,
  type TimelineData,
  type TimelineViewState,
  type Zoom,
} from './model';
import {
  applyOverrides,
  currentVersion,
  sameSchedule,
  scheduleOf,
  shiftSchedule,
  toChange,
  type DragMode,
  type Override,
  type ScheduleValue,
} from './reschedule';
import { createTimelineT, type TimelineLang, type TimelineT } from './strings';
import { flushSync } from 'react-dom';
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
}

interface Focus {
  key: string;
  col: 0 | 1;
}

interface UndoEntry {
  kind: 'project' | 'task';
  id: string;
  before: ScheduleValue;
  after: ScheduleValue;
  label: string;
}

interface DragState {
  id: string;
  kind: 'project' | 'task';
  mode: DragMode;
  startX: number;
  before: ScheduleValue;
  version: number;
  editable: boolean;
  moved: boolean;
  slug: string;
}

interface KeyboardEdit {
  id: string;
  kind: 'project' | 'task';
  before: ScheduleValue;
  after: ScheduleValue;
  version: number;
  name: string;
  label: string;
  timer: ReturnType<typeof setTimeout>;
}

const KEYBOARD_COMMIT_DELAY = 700;
const EDGE_GRAB = 6;

export function TimelineChart(props: TimelineChartProps) {
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
  const [overrides, setOverrides] = useState<ReadonlyMap<string, Override>>(() => new Map());
  const [dragPreview, setDragPreview] = useState<{ id: string; override: Override } | null>(null);
  const effectiveData = useMemo(() => {
    if (!dragPreview) return applyOverrides(data, overrides);
    const merged = new Map(overrides);
    merged.set(dragPreview.id, dragPreview.override);
    return applyOverrides(data, merged);
  }, [data, overrides, dragPreview]);

  // Overrides whose base version the server has moved past are ignored by applyOverrides.

  // ---- layout
  const index = useMemo(
    () => indexTimelineData(effectiveData, t('otherProjects')),
    [effectiveData, t],
  );
  const model = useMemo(
    () => buildRows(index, state.filters, state.expand, today),
    [index, state.filters, state.expand, today],
  );
  const keyToIndex = useMemo(() => {
    const map = new Map<string, number>();
    model.rows.forEach((r, i) => map.set(r.key, i));
    return map;
  }, [model]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const exitRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState(initialSize ?? { width: 1024, height: 600 });
  const [scroll, setScroll] = useState({ left: 0, top: 0 });
  const frame = useRef(0);
  const pendingScroll = useRef<{ left?: number; top?: number } | null>(null);

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

  const scale = useMemo(
    () => createScale(index.domain, state.zoom, timeWidthOf(size.width)),
    [index.domain, state.zoom, size.width],
  );
  const viewport: Viewport = useMemo(
    () => ({
      scrollLeft: scroll.left,
      scrollTop: scroll.top,
      width: size.width,
      height: size.height,
    }),
    [scroll, size],
  );

  // ---- focus (roving tabindex)
  const [focus, setFocus] = useState<Focus | null>(null);
  const focusIndex = focus ? (keyToIndex.get(focus.key) ?? -1) : -1;
  const activeIndex = focusIndex >= 0 ? focusIndex : 0;
  const activeCol: 0 | 1 = focusIndex >= 0 && focus ? focus.col : 0;
  const wantFocus = useRef(false);

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

  useLayoutEffect(() => {
    const el = scrollRef.current;
    const pending = pendingScroll.current;
    if (!el || !pending) return;
    pendingScroll.current = null;
    if (pending.left !== undefined) el.scrollLeft = pending.left;
    if (pending.top !== undefined) el.scrollTop = pending.top;
    setScroll({ left: pending.left ?? el.scrollLeft, top: pending.top ?? el.scrollTop });
  }, [scroll, focus, scale, model]);

  useLayoutEffect(() => {
    if (!wantFocus.current) return;
    wantFocus.current = false;
    const row = model.rows[activeIndex];
    const wanted = row ? `${row.key}:${activeCol}` : '';
    const candidates = scrollRef.current?.querySelectorAll<HTMLElement>('[data-focus-key]') ?? [];
    const target = Array.from(candidates).find((el) => el.dataset.focusKey === wanted);
    target?.focus({ preventScroll: true });
  });

  const [announcement, setAnnouncement] = useState('');
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  const [undoStack, setUndoStack] = useState<readonly UndoEntry[]>([]);

  const moveFocus = useCallback(
    (i: number, col: 0 | 1) => {
      const row = model.rows[i];
      if (!row) return;
      setFocus({ key: row.key, col });
      wantFocus.current = true;
      const top = scrollTopForRow(i, viewport, model.rows.length);
      let left: number | undefined;
      if (col === 1 && row.startDay !== null) {
        const x0 = viewport.scrollLeft;
        const x1 = x0 + timeWidthOf(viewport.width);
        const sx = (row.startDay - scale.startDay) * scale.pxPerDay;
        if (sx < x0 || sx > x1) left = scrollLeftForDay(scale, row.startDay, viewport.width);
      }
      if (top !== viewport.scrollTop || left !== undefined) pendingScroll.current = { top, left };
    },
    [model.rows, viewport, scale],
  );

  const setExpand = useCallback(
    (expand: ExpandState) => onStateChange({ ...state, expand }),
    [onStateChange, state],
  );

  const setZoom = useCallback(
    (zoom: Zoom, centre?: number) => {
      const day = centre ?? centreDay(scale, viewport);
      const next = createScale(index.domain, zoom, timeWidthOf(viewport.width));
      pendingScroll.current = {
        left: zoom === 'fit' ? 0 : scrollLeftForDay(next, day, viewport.width),
      };
      if (zoom !== state.zoom) onStateChange({ ...state, zoom });
      else setScroll((s) => ({ ...s }));
    },
    [scale, viewport, index.domain, state, onStateChange],
  );

  const goToday = useCallback(() => {
    if (state.zoom === 'fit') setZoom('months', today);
    else {
      pendingScroll.current = { left: todayTarget(scale, today, viewport.width) };
      setScroll((s) => ({ ...s }));
    }
  }, [state.zoom, setZoom, today, scale, viewport.width]);

  // ---- rescheduling
  const editableRow = useCallback(
    (row: TimelineRow) =>
      Boolean(
        onReschedule && row.project && row.kind !== 'area' && (canEdit?.(row.project.id) ?? false),
      ),
    [onReschedule, canEdit],
  );

  const rowLabel = useCallback((row: TimelineRow) => fullLabel(row, ctx), [ctx]);

  const emit = useCallback(
    (change: RescheduleChange, onFail: () => void) => {
      if (!onReschedule) return;
      try {
        const result = onReschedule(change);
        if (result && typeof result.then === 'function') result.then(undefined, onFail);
      } catch {
        onFail();
      }
    },
    [onReschedule],
  );

  const dropOverride = useCallback((id: string) => {
    setOverrides((current) => {
      if (!current.has(id)) return current;
      const next = new Map(current);
      next.delete(id);
      return next;
    });
  }, []);

  const commit = useCallback(
    (
      kind: 'project' | 'task',
      id: string,
      version: number,
      before: ScheduleValue,
      after: ScheduleValue,
      name: string,
      label: string,
    ) => {
      if (sameSchedule(before, after)) {
        dropOverride(id);
        return;
      }
      setOverrides((current) =>
        new Map(current).set(id, { kind, value: after, baseVersion: version }),
      );
      const entry: UndoEntry = { kind, id, before, after, label };
      setUndoStack((stack) => [...stack.slice(-49), entry]);
      setAnnouncement(t('rescheduled', { label }));
      emit(toChange(kind, id, version, after), () => {
        dropOverride(id);
        setUndoStack((stack) => stack.filter((e) => e !== entry));
        setAnnouncement(t('rescheduleFailed', { name }));
      });
    },
    [dropOverride, emit, t],
  );

  const keyboardEdit = useRef<KeyboardEdit | null>(null);
  const flushKeyboardEdit = useCallback(() => {
    const edit = keyboardEdit.current;
    if (!edit) return;
    keyboardEdit.current = null;
    clearTimeout(edit.timer);
    commit(edit.kind, edit.id, edit.version, edit.before, edit.after, edit.name, edit.label);
  }, [commit]);
  // A pending keyboard edit is saved when the chart goes away, and only then: the callbacks
  // change identity whenever the page re-renders, which must not cut an edit short.
  const flushOnUnmount = useRef(flushKeyboardEdit);
  useLayoutEffect(() => {
    flushOnUnmount.current = flushKeyboardEdit;
  });
  useEffect(() => () => flushOnUnmount.current(), []);

  const nudge = useCallback(
    (row: TimelineRow, mode: DragMode, days: number) => {
      const value = scheduleOf(row);
      const item = row.kind === 'project' ? row.project : row.task;
      if (!value || !item) return;
      const kind = row.kind === 'project' ? 'project' : 'task';
      if (keyboardEdit.current && keyboardEdit.current.id !== item.id) flushKeyboardEdit();
      const next = shiftSchedule(value, mode, days);
      const version = item.version;
      const pending = keyboardEdit.current;
      if (pending) clearTimeout(pending.timer);
      keyboardEdit.current = {
        id: item.id,
        kind,
        before: pending?.before ?? value,
        after: next,
        version,
        name: row.name,
        label: rowLabel({ ...row, startDay: next.start, endDay: next.end }),
        timer: setTimeout(() => flushKeyboardEdit(), KEYBOARD_COMMIT_DELAY),
      };
      setOverrides((current) =>
        new Map(current).set(item.id, { kind, value: next, baseVersion: version }),
      );
    },
    [flushKeyboardEdit, rowLabel],
  );

  const undo = useCallback(() => {
    flushKeyboardEdit();
    const entry = undoStack[undoStack.length - 1];
    if (!entry) return;
    setUndoStack((stack) => stack.slice(0, -1));
    const version = currentVersion(data, entry.kind, entry.id);
    if (version === null) return;
    setOverrides((current) =>
      new Map(current).set(entry.id, {
        kind: entry.kind,
        value: entry.before,
        baseVersion: version,
      }),
    );
    setAnnouncement(t('undone', { label: entry.label }));
    emit(toChange(entry.kind, entry.id, version, entry.before), () => {
      dropOverride(entry.id);
      setAnnouncement(t('rescheduleFailed', { name: entry.label }));
    });
  }, [flushKeyboardEdit, undoStack, data, t, emit, dropOverride]);

  const openRow = useCallback(
    (row: TimelineRow) => {
      if (row.project) onOpenProject(row.project.slug);
      else if (row.expandable) setExpand(toggleExpanded(state.expand, row.key));
    },
    [onOpenProject, setExpand, state.expand],
  );

  // ---- keyboard
  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLDivElement>) => {
      const rows = model.rows;
      const row = rows[activeIndex];
      if (!row) return;
      const pageRows = Math.max(1, Math.floor((viewport.height - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        undo();
        return;
      }
      if (e.altKey && activeCol === 1 && editableRow(row)) {
        const step = e.shiftKey ? 7 : 1;
        const moves: Record<string, [DragMode, number] | undefined> = {
          ArrowLeft: ['move', -step],
          ArrowRight: ['move', step],
          ArrowUp: row.kind === 'project' ? ['end', -step] : undefined,
          ArrowDown: row.kind === 'project' ? ['end', step] : undefined,
        };
        const move = moves[e.key];
        if (move) {
          e.preventDefault();
          nudge(row, move[0], move[1]);
          return;
        }
      }
      switch (e.key) {
        case 'ArrowDown':
          e.preventDefault();
          moveFocus(Math.min(rows.length - 1, activeIndex + 1), activeCol);
          break;
        case 'ArrowUp':
          e.preventDefault();
          moveFocus(Math.max(0, activeIndex - 1), activeCol);
          break;
        case 'PageDown':
          e.preventDefault();
          moveFocus(Math.min(rows.length - 1, activeIndex + pageRows), activeCol);
          break;
        case 'PageUp':
          e.preventDefault();
          moveFocus(Math.max(0, activeIndex - pageRows), activeCol);
          break;
        case 'Home':
          e.preventDefault();
          moveFocus(0, activeCol);
          break;
        case 'End':
          e.preventDefault();
          moveFocus(rows.length - 1, activeCol);
          break;
        case 'ArrowRight':
          e.preventDefault();
          if (activeCol === 0 && row.expandable && !row.expanded) {
            setExpand(toggleExpanded(state.expand, row.key, true));
            wantFocus.current = true;
          } else moveFocus(activeIndex, 1);
          break;
        case 'ArrowLeft':
          e.preventDefault();
          if (activeCol === 1) moveFocus(activeIndex, 0);
          else if (row.expanded) {
            setExpand(toggleExpanded(state.expand, row.key, false));
            wantFocus.current = true;
          } else if (row.parentIndex >= 0) moveFocus(row.parentIndex, 0);
          break;
        case 'Enter':
          e.preventDefault();
          flushKeyboardEdit();
          openRow(row);
          break;
        case ' ':
          if (row.expandable) {
            e.preventDefault();
            setExpand(toggleExpanded(state.expand, row.key));
            wantFocus.current = true;
          }
          break;
        case 'Escape':
          e.preventDefault();
          flushKeyboardEdit();
          exitRef.current?.focus();
          break;
      }
    },
    [
      model.rows,
      activeIndex,
      activeCol,
      viewport.height,
      undo,
      editableRow,
      nudge,
      moveFocus,
      setExpand,
      state.expand,
      openRow,
      flushKeyboardEdit,
    ],
  );

  // ---- pointer
  const drag = useRef<DragState | null>(null);
  const onItemPointerDown = useCallback(
    (e: PointerEvent<HTMLElement>, row: TimelineRow) => {
      if (e.button !== 0) return;
      const value = scheduleOf(row);
      const item = row.kind === 'project' ? row.project : row.task;
      if (!value || !item || !row.project) return;
      const rect = e.currentTarget.getBoundingClientRect();
      const offset = e.clientX - rect.left;
      let mode: DragMode = 'move';
      if (row.kind === 'project' && rect.width > 3 * EDGE_GRAB) {
        if (offset <= EDGE_GRAB) mode = 'start';
        else if (offset >= rect.width - EDGE_GRAB) mode = 'end';
      }
      drag.current = {
        id: item.id,
        kind: row.kind === 'project' ? 'project' : 'task',
        mode,
        startX: e.clientX,
        before: value,
        version: item.version,
        editable: editableRow(row),
        moved: false,
        slug: row.project.slug,
      };
      setFocus({ key: row.key, col: 1 });
      wantFocus.current = true;
      e.currentTarget.setPointerCapture?.(e.pointerId);
    },
    [editableRow],
  );

  const onItemPointerMove = useCallback(
    (e: PointerEvent<HTMLElement>) => {
      const d = drag.current;
      if (!d || !d.editable) return;
      const days = snapDays(scale, e.clientX - d.startX);
      if (days !== 0) d.moved = true;
      if (!d.moved) return;
      const value = shiftSchedule(d.before, d.mode, days);
      setDragPreview((p) =>
        p && p.id === d.id && sameSchedule(p.override.value, value)
          ? p
          : { id: d.id, override: { kind: d.kind, value, baseVersion: d.version } },
      );
    },
    [scale],
  );

  const onItemPointerUp = useCallback(
    (e: PointerEvent<HTMLElement>, row: TimelineRow) => {
      const d = drag.current;
      drag.current = null;
      if (!d) return;
      e.currentTarget.releasePointerCapture?.(e.pointerId);
      setDragPreview(null);
      if (!d.moved) {
        onOpenProject(d.slug);
        return;
      }
      const value = shiftSchedule(d.before, d.mode, snapDays(scale, e.clientX - d.startX));
      commit(d.kind, d.id, d.version, d.before, value, row.name, rowLabel(row));
    },
    [onOpenProject, scale, commit, rowLabel],
  );

  const onItemPointerCancel = useCallback(() => {
    drag.current = null;
    setDragPreview(null);
  }, []);

  // ---- drawing
  // Rows get callbacks that never change identity (they read the latest state through a ref),
  // so a row whose content did not change is not re-rendered while the chart scrolls.
  const onRowFocusCell = useLatest((key: string, col: 0 | 1) => setFocus({ key, col }));
  const onRowToggle = useLatest((key: string) => {
    setFocus({ key, col: 0 });
    setExpand(toggleExpanded(state.expand, key));
  });
  const onRowHover = useLatest((key: string, on: boolean) => setHoverKey(on ? key : null));
  const onRowPointerDown = useLatest(onItemPointerDown);
  const onRowPointerMove = useLatest(onItemPointerMove);
  const onRowPointerUp = useLatest(onItemPointerUp);
  const onRowPointerCancel = useLatest(onItemPointerCancel);
  // Slots: exactly as many as computeWindow's window can hold, so the row scrolling in reuses
  // the DOM of the row that scrolled out (updated in place, not unmounted and mounted again).
  const slots =
    Math.ceil(Math.max(size.height - HEADER_HEIGHT, 0) / ROW_HEIGHT) + 1 + 2 * ROW_OVERSCAN;

  const tipKey = hoverKey ?? (focus && focus.col === 1 ? focus.key : null);
  const tipRow = tipKey ? win.rows.find((r) => r.row.key === tipKey) : undefined;
  const activeKey = model.rows[activeIndex]?.key;

  return (
    <div className="tl" data-zoom={state.zoom}>
      <div className="tl-toolbar" role="toolbar" aria-label={t('title')}>
        <div className="tl-toolbar-group" role="group" aria-label={t('zoomLabel')}>
          {ZOOMS.filter((z) => z !== 'fit').map((z) => (
            <button
              key={z}
              type="button"
              className="tl-button"
              aria-pressed={state.zoom === z}
              onClick={() => setZoom(z)}
            >
              {t(`zoom_${z}`)}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="tl-button"
          aria-pressed={state.zoom === 'fit'}
          onClick={() => setZoom('fit')}
        >
          {t('zoom_fit')}
        </button>
        <button type="button" className="tl-button" onClick={goToday}>
          {t('today')}
        </button>
        <button
          type="button"
          className="tl-button"
          onClick={() => setExpand({ all: true, keys: new Set() })}
        >
          {t('expandAll')}
        </button>
        <button
          type="button"
          className="tl-button"
          onClick={() =>
            setExpand({
              all: false,
              keys: new Set(model.rows.filter((r) => r.kind === 'area').map((r) => r.key)),
            })
          }
        >
          {t('collapseAll')}
        </button>
        {onReschedule ? (
          <button
            type="button"
            className="tl-button"
            disabled={undoStack.length === 0}
            aria-label={
              undoStack.length
                ? t('undoLabel', { name: undoStack[undoStack.length - 1]?.label ?? '' })
                : undefined
            }
            onClick={undo}
          >
            {t('undo')}
          </button>
        ) : null}
      </div>
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
          <Header win={win} t={t} today={today} lang={lang} />
          <div role="rowgroup" className="tl-body">
            {win.rows.map((vr) => {
              const active = vr.row.key === activeKey;
              return (
                <Row
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
        </div>
        {tipRow ? (
          <Tooltip id={tooltipId} vr={tipRow} lines={tooltipLines(tipRow.row, ctx)} />
        ) : null}
      </div>
      <div ref={exitRef} tabIndex={-1} className="tl-sr-only">
        {t('chartEnd')}
      </div>
      <div role="status" className="tl-sr-only">
        {announcement}
      </div>
    </div>
  );
}

function Header(props: { win: TimelineWindow; t: TimelineT; today: number; lang: TimelineLang }) {
  const { win, t } = props;
  return (
    <div
      role="rowgroup"
      className="tl-head"
      style={{ width: win.contentWidth, height: HEADER_HEIGHT }}
    >
      <div role="row" aria-rowindex={1} className="tl-head-row">
        <div role="columnheader" className="tl-name-head" style={{ width: NAME_COLUMN_WIDTH }}>
          {t('col_name')}
        </div>
        <div role="columnheader" className="tl-axis">
          <span className="tl-sr-only">{t('axisLabel')}</span>
          <div aria-hidden="true">
            {win.majorTicks.map((tick) => (
              <div
                key={tick.key}
                className="tl-tick tl-tick-major"
                style={{ left: NAME_COLUMN_WIDTH + tick.x, width: tick.width }}
              >
                <span className="tl-tick-label">{tick.label}</span>
              </div>
            ))}
            {win.minorTicks.map((tick) => (
              <div
                key={tick.key}
                className="tl-tick tl-tick-minor"
                style={{ left: NAME_COLUMN_WIDTH + tick.x, width: tick.width }}
              >
                {tick.width >= tick.label.length * 7 + 6 ? (
                  <span className="tl-tick-label">{tick.label}</span>
                ) : null}
              </div>
            ))}
            {win.todayX !== null ? (
              <span className="tl-today-label" style={{ left: NAME_COLUMN_WIDTH + win.todayX }}>
                {t('today')}
              </span>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  vr: VisibleRow;
  active: boolean;
  activeCol: 0 | 1;
  editable: boolean;
  tooltipId: string | undefined;
  onFocusCell: (key: string, col: 0 | 1) => void;
  onToggle: (key: string) => void;
  onHover: (key: string, on: boolean) => void;
  onPointerDown: (e: PointerEvent<HTMLElement>, row: TimelineRow) => void;
  onPointerMove: (e: PointerEvent<HTMLElement>) => void;
  onPointerUp: (e: PointerEvent<HTMLElement>, row: TimelineRow) => void;
  onPointerCancel: () => void;
}

/** A callback of stable identity that always runs the latest `fn`. */
function useLatest<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const ref = useRef(fn);
  useLayoutEffect(() => {
    ref.current = fn;
  });
  return useCallback((...args: A) => ref.current(...args), []);
}

function sameBar(a: VisibleRow['bar'], b: VisibleRow['bar']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.x === b.x &&
    a.width === b.width &&
    a.label.placement === b.label.placement &&
    a.label.x === b.label.x &&
    a.label.maxWidth === b.label.maxWidth &&
    a.label.text === b.label.text
  );
}

/** computeWindow makes new objects every frame; a row re-renders only if what it draws changed. */
function sameRowProps(a: RowProps, b: RowProps): boolean {
  return (
    a.vr.row === b.vr.row &&
    a.vr.index === b.vr.index &&
    a.vr.y === b.vr.y &&
    a.vr.itemInView === b.vr.itemInView &&
    a.vr.label === b.vr.label &&
    sameBar(a.vr.bar, b.vr.bar) &&
    (a.vr.milestone?.x ?? null) === (b.vr.milestone?.x ?? null) &&
    a.active === b.active &&
    a.activeCol === b.activeCol &&
    a.editable === b.editable &&
    a.tooltipId === b.tooltipId &&
    a.onFocusCell === b.onFocusCell &&
    a.onToggle === b.onToggle &&
    a.onHover === b.onHover &&
    a.onPointerDown === b.onPointerDown &&
    a.onPointerMove === b.onPointerMove &&
    a.onPointerUp === b.onPointerUp &&
    a.onPointerCancel === b.onPointerCancel
  );
}

const Row = memo(function Row(props: RowProps) {
  const { vr, active, activeCol, editable, tooltipId } = props;
  const { row } = vr;
  const stage = row.project?.stage;
  const status = row.project?.schedule_status;
  const pointer = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => props.onPointerDown(e, row),
    onPointerMove: props.onPointerMove,
    onPointerUp: (e: PointerEvent<HTMLElement>) => props.onPointerUp(e, row),
    onPointerCancel: props.onPointerCancel,
    onPointerEnter: () => props.onHover(row.key, true),
    onPointerLeave: () => props.onHover(row.key, false),
  };
  return (
    <div
      role="row"
      className={`tl-row tl-row-${row.kind}`}
      aria-rowindex={vr.index + 2}
      aria-level={row.level}
      aria-posinset={row.posinset}
      aria-setsize={row.setsize}
      aria-expanded={row.expandable ? row.expanded : undefined}
      tabIndex={active && activeCol === 0 ? 0 : -1}
      data-focus-key={`${row.key}:0`}
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocusCell(row.key, 0);
      }}
      style={{ top: HEADER_HEIGHT + vr.y, height: ROW_HEIGHT }}
    >
      <div
        role="gridcell"
        className="tl-name"
        style={{
          width: NAME_COLUMN_WIDTH,
          paddingLeft: 8 + (row.level - 1) * 18 + (row.expandable ? 0 : 18),
        }}
      >
        {row.expandable ? (
          <span className="tl-twisty" aria-hidden="true" onClick={() => props.onToggle(row.key)}>
            {row.expanded ? '▾' : '▸'}
          </span>
        ) : null}
        {row.area.color && row.kind === 'area' ? (
          <span className="tl-swatch" aria-hidden="true" style={{ background: row.area.color }} />
        ) : null}
        <span className="tl-name-text">{row.name}</span>
      </div>
      <div
        role="gridcell"
        className="tl-cell"
        aria-label={vr.label}
        aria-describedby={tooltipId}
        tabIndex={active && activeCol === 1 ? 0 : -1}
        data-focus-key={`${row.key}:1`}
        onFocus={() => props.onFocusCell(row.key, 1)}
      >
        {vr.bar && vr.itemInView ? (
          <div
            className={[
              'tl-bar',
              `tl-bar-${row.kind}`,
              stage ? `tl-stage-${stage}` : '',
              status ? `tl-status-${status}` : '',
              editable ? 'tl-editable' : '',
            ].join(' ')}
            style={{ left: NAME_COLUMN_WIDTH + vr.bar.x, width: vr.bar.width }}
            {...pointer}
          >
            {status === 'late' ? (
              <span className="tl-late-flag" aria-hidden="true">
                !
              </span>
            ) : null}
            {editable ? <span className="tl-grip tl-grip-start" aria-hidden="true" /> : null}
            {editable ? <span className="tl-grip tl-grip-end" aria-hidden="true" /> : null}
          </div>
        ) : null}
        {vr.bar && vr.itemInView && vr.bar.label.placement !== 'none' ? (
          <span
            className={`tl-bar-label tl-label-${vr.bar.label.placement}`}
            aria-hidden="true"
            style={{
              left: NAME_COLUMN_WIDTH + vr.bar.label.x,
              maxWidth: vr.bar.label.maxWidth + 2,
            }}
          >
            {vr.bar.label.text}
          </span>
        ) : null}
        {vr.milestone && vr.itemInView && row.marker ? (
          <div
            className={[
              'tl-marker',
              `tl-marker-${row.marker}`,
              row.task?.is_milestone ? 'tl-milestone' : 'tl-task-dot',
              editable ? 'tl-editable' : '',
            ].join(' ')}
            style={{ left: NAME_COLUMN_WIDTH + vr.milestone.x }}
            {...pointer}
          >
            <span className="tl-marker-glyph" aria-hidden="true">
              {MARKER_GLYPH[row.marker]}
            </span>
          </div>
        ) : null}
      </div>
    </div>
  );
}, sameRowProps);

/** Rows reuse DOM slots (index modulo the number of rows the window holds) so scrolling
 *  updates nodes in place instead of unmounting and mounting them. The focus-holding row always
 *  keeps its slot (a row that would share it gets a key of its own), so it is never remounted
 *  and never loses focus. */
function slotKey(index: number, activeIndex: number, rowKey: string, slots: number): string {
  const slot = index % slots;
  return index !== activeIndex && slot === activeIndex % slots ? `k${rowKey}` : `s${slot}`;
}

const MARKER_GLYPH = { done: '✓', late: '!', open: '', cancelled: '×' } as const;

function Tooltip(props: { id: string; vr: VisibleRow; lines: string[] }) {
  const { vr } = props;
  const x = vr.bar ? Math.max(vr.bar.x, 0) : (vr.milestone?.x ?? 0);
  return (
    <div
      id={props.id}
      role="tooltip"
      className="tl-tooltip"
      style={{ left: NAME_COLUMN_WIDTH + x, top: HEADER_HEIGHT + vr.y + ROW_HEIGHT }}
    >
      {props.lines.map((line, i) => (
        <div key={i} className={i === 0 ? 'tl-tooltip-title' : undefined}>
          {line}
        </div>
      ))}
    </div>
  );
}
