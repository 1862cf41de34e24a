/**
 * The timeline's layout: dates → pixels, the rows the filters and expand state leave, the
 * slice of rows and time inside the viewport, bar and label geometry, and the text labels.
 * Pure functions, no React and no DOM, so each step is memoisable and unit-tested; the
 * component only draws what `computeWindow` returns.
 *
 * Days are integers counted from 1970-01-01 (UTC calendar days), so a leap year is simply
 * 366 of them and no time zone or DST can shift a bar.
 */
import { format, getISOWeek } from 'date-fns';
import { enGB, fi, sv, type Locale } from 'date-fns/locale';
import {
  OTHER_AREA_ID,
  SCHEDULE_STATUSES,
  STAGES,
  ZOOMS,
  type ExpandState,
  type ScheduleStatus,
  type Stage,
  type TimelineData,
  type TimelineFilters,
  type TimelineGrowthArea,
  type TimelineProject,
  type TimelineTask,
  type Zoom,
} from './model';
import type { TimelineLang, TimelineT } from './strings';

const MS_PER_DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Days

export function parseDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayToIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The calendar day `day` as a local-time Date (what date-fns formats). */
export function dayToLocalDate(day: number): Date {
  const u = new Date(day * MS_PER_DAY);
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
}

/** Today's local calendar day. */
export function todayDay(now: Date = new Date()): number {
  return Math.round(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / MS_PER_DAY);
}

function ymd(day: number): { y: number; m: number; d: number } {
  const u = new Date(day * MS_PER_DAY);
  return { y: u.getUTCFullYear(), m: u.getUTCMonth(), d: u.getUTCDate() };
}

function dayOf(y: number, m: number, d = 1): number {
  return Math.round(Date.UTC(y, m, d) / MS_PER_DAY);
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DATE_LOCALES: Record<TimelineLang, Locale> = { fi, sv, en: enGB };

const formatted = new Map<string, string>();

/** A day in the language's date format (cached: labels format the same few days over and over). */
export function formatDay(day: number, lang: TimelineLang, t: TimelineT): string {
  const pattern = t('dateFormat');
  const key = `${lang}|${pattern}|${day}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 20_000) formatted.clear();
    text = format(dayToLocalDate(day), pattern, { locale: DATE_LOCALES[lang] });
    formatted.set(key, text);
  }
  return text;
}

// ---------------------------------------------------------------------------------------------
// Geometry constants (the component's CSS uses the same numbers through CSS variables)

export const ROW_HEIGHT = 32;
export const HEADER_HEIGHT = 48;
export const NAME_COLUMN_WIDTH = 280;
export const MILESTONE_SIZE = 14;
export const LABEL_PADDING = 6;
export const ROW_OVERSCAN = 6;
export const X_OVERSCAN = 240;

/** Pixels per day at each fixed zoom level. */
export const PX_PER_DAY: Record<Exclude<Zoom, 'fit'>, number> = {
  years: 0.45,
  quarters: 1.6,
  months: 5,
  weeks: 24,
};

export const PROGRAMME_START = '2025-01-01';
export const PROGRAMME_END = '2029-12-31';

// ---------------------------------------------------------------------------------------------
// Indexing the data (once per data change)

export interface DayRange {
  startDay: number;
  /** Inclusive. */
  endDay: number;
}

export interface TimelineIndex {
  areas: readonly TimelineGrowthArea[];
  projectsByArea: ReadonlyMap<string, readonly TimelineProject[]>;
  tasksByProject: ReadonlyMap<string, readonly TimelineTask[]>;
  /** Whole years covering the programme and every date in the data. */
  domain: DayRange;
}

function compareNullableIso(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function indexTimelineData(
  data: TimelineData,
  otherAreaName: string,
  programme: { start: string; end: string } = { start: PROGRAMME_START, end: PROGRAMME_END },
): TimelineIndex {
  let min = parseDay(programme.start);
  let max = parseDay(programme.end);
  const widen = (iso: string | null) => {
    if (!iso) return;
    const d = parseDay(iso);
    if (d < min) min = d;
    if (d > max) max = d;
  };

  const areaIds = new Set(data.growthAreas.map((a) => a.id));
  const projectsByArea = new Map<string, TimelineProject[]>();
  for (const p of data.projects) {
    widen(p.starts_on);
    widen(p.ends_on);
    const areaId =
      p.growth_area_id !== null && areaIds.has(p.growth_area_id) ? p.growth_area_id : OTHER_AREA_ID;
    let list = projectsByArea.get(areaId);
    if (!list) projectsByArea.set(areaId, (list = []));
    list.push(p);
  }
  for (const list of projectsByArea.values()) {
    list.sort(
      (a, b) => compareNullableIso(a.starts_on, b.starts_on) || a.name.localeCompare(b.name, 'fi'),
    );
  }

  const tasksByProject = new Map<string, TimelineTask[]>();
  for (const task of data.tasks) {
    widen(task.due_on);
    let list = tasksByProject.get(task.project_id);
    if (!list) tasksByProject.set(task.project_id, (list = []));
    list.push(task);
  }
  for (const list of tasksByProject.values()) {
    list.sort(
      (a, b) => compareNullableIso(a.due_on, b.due_on) || a.title.localeCompare(b.title, 'fi'),
    );
  }

  const areas = [...data.growthAreas].sort(
    (a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0) || a.name.localeCompare(b.name, 'fi'),
  );
  if (projectsByArea.has(OTHER_AREA_ID)) {
    areas.push({ id: OTHER_AREA_ID, name: otherAreaName, color: null, sort_order: null });
  }

  const first = ymd(min);
  const last = ymd(max);
  return {
    areas,
    projectsByArea,
    tasksByProject,
    domain: { startDay: dayOf(first.y, 0, 1), endDay: dayOf(last.y + 1, 0, 1) - 1 },
  };
}

// ---------------------------------------------------------------------------------------------
// Rows (once per data, filter or expand change)

export type RowKind = 'area' | 'project' | 'task';
export type TaskMarker = 'done' | 'late' | 'open' | 'cancelled';

export interface TimelineRow {
  key: string;
  kind: RowKind;
  id: string;
  /** aria-level: 1 growth area, 2 project, 3 task. */
  level: 1 | 2 | 3;
  name: string;
  /** Index of the parent row in `rows`, -1 for a growth area. */
  parentIndex: number;
  posinset: number;
  setsize: number;
  expandable: boolean;
  expanded: boolean;
  /** Area: span of its visible projects; project: its dates; task: its deadline (both). */
  startDay: number | null;
  endDay: number | null;
  area: TimelineGrowthArea;
  project: TimelineProject | null;
  task: TimelineTask | null;
  /** Growth areas: how many projects pass the filters. */
  projectCount: number;
  marker: TaskMarker | null;
}

export interface RowModel {
  rows: readonly TimelineRow[];
  /** Number of projects that pass the filters. */
  projectCount: number;
  filtered: boolean;
}

export const areaKey = (id: string) => `a:${id}`;
export const projectKey = (id: string) => `p:${id}`;

export const DEFAULT_EXPAND: ExpandState = { all: false, keys: new Set() };

/** Growth areas are open and projects closed by default; `keys` flips the default. */
export function isExpanded(expand: ExpandState, key: string): boolean {
  if (expand.all) return !expand.keys.has(key);
  const openByDefault = key.startsWith('a:');
  return expand.keys.has(key) ? !openByDefault : openByDefault;
}

export function toggleExpanded(expand: ExpandState, key: string, open?: boolean): ExpandState {
  const now = isExpanded(expand, key);
  const want = open ?? !now;
  if (want === now) return expand;
  const keys = new Set(expand.keys);
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { all: expand.all, keys };
}

export function taskMarker(task: TimelineTask, today: number): TaskMarker {
  if (task.state === 'done') return 'done';
  if (task.state === 'cancelled') return 'cancelled';
  if (task.due_on !== null && parseDay(task.due_on) < today) return 'late';
  return 'open';
}

export function hasActiveFilters(filters: TimelineFilters): boolean {
  return (
    filters.growthAreaIds.length > 0 ||
    filters.stages.length > 0 ||
    filters.scheduleStatuses.length > 0 ||
    filters.leadIds.length > 0 ||
    filters.text.trim() !== ''
  );
}

function normalise(s: string): string {
  return s.toLocaleLowerCase('fi').normalize('NFC');
}

export function buildRows(
  index: TimelineIndex,
  filters: TimelineFilters,
  expand: ExpandState,
  today: number,
): RowModel {
  const rows: TimelineRow[] = [];
  const filtered = hasActiveFilters(filters);
  const areaFilter = filters.growthAreaIds.length ? new Set(filters.growthAreaIds) : null;
  const stageFilter = filters.stages.length ? new Set<Stage>(filters.stages) : null;
  const statusFilter = filters.scheduleStatuses.length
    ? new Set<ScheduleStatus>(filters.scheduleStatuses)
    : null;
  const leadFilter = filters.leadIds.length ? new Set(filters.leadIds) : null;
  const text = normalise(filters.text.trim());
  let projectTotal = 0;

  const areasShown = index.areas.filter((a) => !areaFilter || areaFilter.has(a.id));
  interface Kept {
    project: TimelineProject;
    tasks: readonly TimelineTask[];
  }
  const keptByArea: Kept[][] = areasShown.map((area) => {
    const areaMatchesText = text !== '' && normalise(area.name).includes(text);
    const kept: Kept[] = [];
    for (const p of index.projectsByArea.get(area.id) ?? []) {
      if (stageFilter && !stageFilter.has(p.stage)) continue;
      if (statusFilter && !statusFilter.has(p.schedule_status)) continue;
      if (leadFilter && !(p.lead_ids ?? []).some((id) => leadFilter.has(id))) continue;
      const allTasks = index.tasksByProject.get(p.id) ?? [];
      if (text === '' || areaMatchesText || normalise(p.name).includes(text)) {
        kept.push({ project: p, tasks: allTasks });
        continue;
      }
      const matching = allTasks.filter((task) => normalise(task.title).includes(text));
      if (matching.length) kept.push({ project: p, tasks: matching });
    }
    return kept;
  });

  const visibleAreas = areasShown
    .map((area, i) => ({ area, kept: keptByArea[i] ?? [] }))
    .filter(({ kept }) => !filtered || kept.length > 0);

  visibleAreas.forEach(({ area, kept }, areaPos) => {
    let spanStart: number | null = null;
    let spanEnd: number | null = null;
    for (const { project } of kept) {
      if (project.starts_on) {
        const s = parseDay(project.starts_on);
        if (spanStart === null || s < spanStart) spanStart = s;
      }
      if (project.ends_on) {
        const e = parseDay(project.ends_on);
        if (spanEnd === null || e > spanEnd) spanEnd = e;
      }
    }
    projectTotal += kept.length;
    const aKey = areaKey(area.id);
    const areaOpen = isExpanded(expand, aKey);
    const areaIndex = rows.length;
    rows.push({
      key: aKey,
      kind: 'area',
      id: area.id,
      level: 1,
      name: area.name,
      parentIndex: -1,
      posinset: areaPos + 1,
      setsize: visibleAreas.length,
      expandable: kept.length > 0,
      expanded: kept.length > 0 && areaOpen,
      startDay: spanStart,
      endDay: spanEnd,
      area,
      project: null,
      task: null,
      projectCount: kept.length,
      marker: null,
    });
    if (!areaOpen) return;
    kept.forEach(({ project, tasks }, projectPos) => {
      const pKey = projectKey(project.id);
      const projectOpen = isExpanded(expand, pKey);
      const projectIndex = rows.length;
      rows.push({
        key: pKey,
        kind: 'project',
        id: project.id,
        level: 2,
        name: project.name,
        parentIndex: areaIndex,
        posinset: projectPos + 1,
        setsize: kept.length,
        expandable: tasks.length > 0,
        expanded: tasks.length > 0 && projectOpen,
        startDay: project.starts_on ? parseDay(project.starts_on) : null,
        endDay: project.ends_on ? parseDay(project.ends_on) : null,
        area,
        project,
        task: null,
        projectCount: 0,
        marker: null,
      });
      if (!projectOpen) return;
      tasks.forEach((task, taskPos) => {
        const due = task.due_on ? parseDay(task.due_on) : null;
        rows.push({
          key: `t:${task.id}`,
          kind: 'task',
          id: task.id,
          level: 3,
          name: task.title,
          parentIndex: projectIndex,
          posinset: taskPos + 1,
          setsize: tasks.length,
          expandable: false,
          expanded: false,
          startDay: due,
          endDay: due,
          area,
          project,
          task,
          projectCount: 0,
          marker: taskMarker(task, today),
        });
      });
    });
  });

  return { rows, projectCount: projectTotal, filtered };
}

// ---------------------------------------------------------------------------------------------
// Time scale

export type TickUnit = 'year' | 'quarter' | 'month' | 'week';

export interface TimeScale {
  zoom: Zoom;
  startDay: number;
  endDay: number;
  pxPerDay: number;
  /** Width of the whole time axis in pixels. */
  width: number;
  major: TickUnit;
  minor: TickUnit;
}

/** Tick units for a pixel density: the finest minor unit whose cells stay readable. */
export function tickUnitsFor(pxPerDay: number): { major: TickUnit; minor: TickUnit } {
  if (pxPerDay < 3.5) return { major: 'year', minor: 'quarter' };
  if (pxPerDay < 14) return { major: 'year', minor: 'month' };
  return { major: 'month', minor: 'week' };
}

export function createScale(domain: DayRange, zoom: Zoom, timeWidth: number): TimeScale {
  const days = domain.endDay - domain.startDay + 1;
  const pxPerDay = zoom === 'fit' ? Math.max(timeWidth, 1) / days : PX_PER_DAY[zoom];
  const units =
    zoom === 'fit'
      ? tickUnitsFor(pxPerDay)
      : zoom === 'years' || zoom === 'quarters'
        ? { major: 'year' as const, minor: 'quarter' as const }
        : zoom === 'months'
          ? { major: 'year' as const, minor: 'month' as const }
          : { major: 'month' as const, minor: 'week' as const };
  return {
    zoom,
    startDay: domain.startDay,
    endDay: domain.endDay,
    pxPerDay,
    width: days * pxPerDay,
    ...units,
  };
}

/** Left edge of `day`. */
export function dayToX(scale: TimeScale, day: number): number {
  return (day - scale.startDay) * scale.pxPerDay;
}

/** The day under pixel `x` (snapped to whole days, clamped to the domain). */
export function xToDay(scale: TimeScale, x: number): number {
  const day = scale.startDay + Math.floor(x / scale.pxPerDay);
  return Math.min(scale.endDay, Math.max(scale.startDay, day));
}

/** Whole days a pointer moved by `dx` pixels. */
export function snapDays(scale: TimeScale, dx: number): number {
  return Math.round(dx / scale.pxPerDay);
}

/** Start of the unit containing `day`. */
export function unitStart(unit: TickUnit, day: number): number {
  const { y, m } = ymd(day);
  switch (unit) {
    case 'year':
      return dayOf(y, 0);
    case 'quarter':
      return dayOf(y, m - (m % 3));
    case 'month':
      return dayOf(y, m);
    case 'week': {
      // 1970-01-01 was a Thursday; ISO weeks start on Monday.
      const weekday = (((day + 3) % 7) + 7) % 7;
      return day - weekday;
    }
  }
}

export function nextUnit(unit: TickUnit, start: number): number {
  const { y, m } = ymd(start);
  switch (unit) {
    case 'year':
      return dayOf(y + 1, 0);
    case 'quarter':
      return dayOf(y, m + 3);
    case 'month':
      return dayOf(y, m + 1);
    case 'week':
      return start + 7;
  }
}

export interface Tick {
  key: string;
  day: number;
  x: number;
  width: number;
  label: string;
}

function tickLabel(
  unit: TickUnit,
  day: number,
  role: 'major' | 'minor',
  lang: TimelineLang,
  t: TimelineT,
): string {
  const { y, m } = ymd(day);
  switch (unit) {
    case 'year':
      return String(y);
    case 'quarter':
      return t('quarterTick', { quarter: Math.floor(m / 3) + 1 });
    case 'month':
      return format(dayToLocalDate(day), role === 'major' ? 'LLLL yyyy' : 'LLL', {
        locale: DATE_LOCALES[lang],
      });
    case 'week':
      return t('weekTick', { week: getISOWeek(dayToLocalDate(day)) });
  }
}

/** Ticks of `unit` overlapping [x0, x1), clipped to the domain. */
export function ticksInRange(
  scale: TimeScale,
  unit: TickUnit,
  role: 'major' | 'minor',
  x0: number,
  x1: number,
  lang: TimelineLang,
  t: TimelineT,
): Tick[] {
  const ticks: Tick[] = [];
  const fromDay = xToDay(scale, Math.max(0, x0));
  let start = unitStart(unit, fromDay);
  const end = scale.endDay + 1;
  while (start < end) {
    const next = nextUnit(unit, start);
    const a = Math.max(start, scale.startDay);
    const b = Math.min(next, end);
    const x = dayToX(scale, a);
    if (x >= x1) break;
    ticks.push({
      key: `${unit}:${start}`,
      day: a,
      x,
      width: (b - a) * scale.pxPerDay,
      label: tickLabel(unit, start, role, lang, t),
    });
    start = next;
  }
  return ticks;
}

// ---------------------------------------------------------------------------------------------
// Labels

export type LabelPlacement = 'inside' | 'right' | 'left' | 'truncated' | 'none';

export interface LabelGeometry {
  placement: LabelPlacement;
  /** Left edge of the text in time-axis pixels. */
  x: number;
  maxWidth: number;
  text: string;
}

export type MeasureText = (text: string) => number;

/** Average advance of the 13px UI font; good enough to decide placement without a canvas. */
export const estimateTextWidth: MeasureText = (text) => text.length * 7;

/**
 * Inside the bar if the text fits (kept inside the visible part of a long bar), else to its
 * right, else to its left, else truncated inside, else nothing (the names column and the
 * accessible label still carry it).
 */
export function placeLabel(
  text: string,
  barX: number,
  barWidth: number,
  axisWidth: number,
  visible: { x0: number; x1: number },
  measure: MeasureText = estimateTextWidth,
): LabelGeometry {
  const w = measure(text);
  const pad = LABEL_PADDING;
  if (barWidth >= w + 2 * pad) {
    const lo = barX + pad;
    const hi = barX + barWidth - pad - w;
    const x = Math.min(hi, Math.max(lo, visible.x0 + pad));
    return { placement: 'inside', x, maxWidth: w, text };
  }
  if (barX + barWidth + pad + w <= axisWidth) {
    return { placement: 'right', x: barX + barWidth + pad, maxWidth: w, text };
  }
  if (barX - pad - w >= 0) {
    return { placement: 'left', x: barX - pad - w, maxWidth: w, text };
  }
  const room = barWidth - 2 * pad;
  const perChar = w / Math.max(text.length, 1);
  const chars = Math.floor(room / perChar) - 1;
  if (chars >= 3) {
    return {
      placement: 'truncated',
      x: barX + pad,
      maxWidth: room,
      text: `${text.slice(0, chars).trimEnd()}…`,
    };
  }
  return { placement: 'none', x: barX, maxWidth: 0, text: '' };
}

export interface LabelContext {
  lang: TimelineLang;
  t: TimelineT;
}

function lower(s: string, lang: TimelineLang): string {
  return s.toLocaleLowerCase(lang);
}

function rangeText(start: number | null, end: number | null, ctx: LabelContext): string {
  const { t, lang } = ctx;
  if (start === null && end === null) return t('noDates');
  const from = start === null ? '' : formatDay(start, lang, t);
  const to = end === null ? '' : formatDay(end, lang, t);
  return t('range', { from, to });
}

/** The visible short text on a bar: stage for projects, project count for growth areas. */
export function barText(row: TimelineRow, ctx: LabelContext): string {
  if (row.kind === 'area') return ctx.t('projectCount', { count: row.projectCount });
  if (row.project && row.kind === 'project') return ctx.t(`stage_${row.project.stage}`);
  return '';
}

/**
 * The full accessible text of a row's bar or milestone, e.g.
 * "Kiertotalot, 1.1.2025–31.12.2027, Toteutus, aikataulussa".
 */
export function fullLabel(row: TimelineRow, ctx: LabelContext): string {
  const { t, lang } = ctx;
  if (row.kind === 'area') {
    return [
      row.name,
      rangeText(row.startDay, row.endDay, ctx),
      t('projectCount', { count: row.projectCount }),
    ].join(', ');
  }
  if (row.kind === 'project' && row.project) {
    const p = row.project;
    return [
      p.name,
      rangeText(row.startDay, row.endDay, ctx),
      t(`stage_${p.stage}`),
      lower(t(`status_${p.schedule_status}`), lang),
    ].join(', ');
  }
  const task = row.task;
  if (!task) return row.name;
  const parts = [
    task.title,
    lower(t(task.is_milestone ? 'milestone' : 'task'), lang),
    row.startDay === null
      ? t('noDeadline')
      : t('deadline', { date: formatDay(row.startDay, lang, t) }),
    lower(t(`taskState_${task.state}`), lang),
  ];
  if (task.state === 'done' && task.completed_on) {
    parts.push(t('completedOn', { date: formatDay(parseDay(task.completed_on), lang, t) }));
  }
  if (row.marker === 'late') parts.push(lower(t('taskLate'), lang));
  return parts.join(', ');
}

/** Tooltip lines: name, dates, stage/state, schedule status and its reason. */
export function tooltipLines(row: TimelineRow, ctx: LabelContext): string[] {
  const { t } = ctx;
  const lines = [row.name, rangeText(row.startDay, row.endDay, ctx)];
  if (row.kind === 'area') {
    lines.push(t('projectCount', { count: row.projectCount }));
    return lines;
  }
  if (row.kind === 'project' && row.project) {
    const p = row.project;
    lines.push(t(`stage_${p.stage}`), t(`status_${p.schedule_status}`));
    if (p.schedule_reason) lines.push(t('reason', { reason: p.schedule_reason }));
    return lines;
  }
  if (row.task) {
    lines.push(t(`taskState_${row.task.state}`));
    if (row.marker === 'late') lines.push(t('taskLate'));
    if (row.project) lines.push(row.project.name);
  }
  return lines;
}

// ---------------------------------------------------------------------------------------------
// The window: what is in view

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

export function timeWidthOf(viewportWidth: number): number {
  return Math.max(viewportWidth - NAME_COLUMN_WIDTH, 1);
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
// URL state

function list(params: URLSearchParams, name: string): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Filters, zoom and expand state as search params; defaults are left out so links stay short. */
export function toSearchParams(
  state: { filters: TimelineFilters; expand: ExpandState; zoom: Zoom },
  base?: URLSearchParams,
): URLSearchParams {
  const params = new URLSearchParams(base);
  const put = (name: string, values: readonly string[]) => {
    if (values.length) params.set(name, [...values].sort().join(','));
    else params.delete(name);
  };
  put('area', state.filters.growthAreaIds);
  put('stage', state.filters.stages);
  put('status', state.filters.scheduleStatuses);
  put('lead', state.filters.leadIds);
  const q = state.filters.text.trim();
  if (q) params.set('q', q);
  else params.delete('q');
  if (state.zoom !== 'fit') params.set('zoom', state.zoom);
  else params.delete('zoom');
  if (state.expand.all) params.set('expand', 'all');
  else params.delete('expand');
  put('toggle', [...state.expand.keys]);
  return params;
}

export function fromSearchParams(params: URLSearchParams): {
  filters: TimelineFilters;
  expand: ExpandState;
  zoom: Zoom;
} {
  const zoomParam = params.get('zoom') ?? 'fit';
  return {
    filters: {
      growthAreaIds: list(params, 'area'),
      stages: list(params, 'stage').filter((s): s is Stage => oneOf(STAGES, s)),
      scheduleStatuses: list(params, 'status').filter((s): s is ScheduleStatus =>
        oneOf(SCHEDULE_STATUSES, s),
      ),
      leadIds: list(params, 'lead'),
      text: params.get('q') ?? '',
    },
    expand: {
      all: params.get('expand') === 'all',
      keys: new Set(list(params, 'toggle').filter((k) => /^[ap]:/.test(k))),
    },
    zoom: oneOf(ZOOMS, zoomParam) ? zoomParam : 'fit',
  };
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
