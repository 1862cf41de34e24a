/**
 * What the timeline says about a row: where a bar's short label goes (inside, beside,
 * truncated or nowhere), the full accessible text of a bar or milestone, and tooltip lines.
 */
import { formatDay, parseDay } from './days';
import { LABEL_PADDING } from './geometry';
import type { TimelineRow } from './rows';
import type { TimelineLang, TimelineT } from './strings';

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
      ...(p.progress != null ? [t('progress', { percent: Math.round(p.progress) })] : []),
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
    if (p.progress != null) lines.push(t('progress', { percent: Math.round(p.progress) }));
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
