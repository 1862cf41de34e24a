/**
 * Client-side SVG and PNG export of the current view: the rows the filters and expand state
 * leave, on the current zoom's scale, with names, bars (stage as fill pattern and text),
 * milestones, the today line and a date stamp. The SVG is built as a string from the layout;
 * the PNG is that SVG drawn onto a canvas of bounded size. No library.
 */
import { formatDay } from './days';
import { HEADER_HEIGHT, NAME_COLUMN_WIDTH, ROW_HEIGHT } from './geometry';
import { dayToX, ticksInRange, type TimeScale } from './scale';
import type { RowModel } from './rows';
import { barText, fullLabel, type LabelContext } from './labels';
import { rowGeometry } from './window';
import { saveFile } from '@/lib/download';

export interface SvgExportOptions {
  ctx: LabelContext;
  title: string;
  /** Day number stamped on the export and drawn as the today line. */
  today: number;
  /** Draw only the first this many rows (a PNG has a size limit); the stamp says so. */
  maxRows?: number;
  /** Output pixels per layout pixel: scales width and height, keeps the viewBox. */
  pixelRatio?: number;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const STAGE_FILL: Record<string, string> = {
  not_started: '#ffffff',
  planning: 'url(#tl-hatch)',
  implementation: '#047857',
  completed: 'url(#tl-stripes)',
};
const STAGE_STROKE: Record<string, string> = {
  not_started: '#6b7280',
  planning: '#1d4ed8',
  implementation: '#047857',
  completed: '#374151',
};

const STAMP_HEIGHT = 28;
/** The app's own font stack; an SVG drawn as an image can use only installed fonts. */
const FONT_FAMILY =
  "Arial, 'Helvetica Neue', 'Liberation Sans', 'DejaVu Sans', system-ui, sans-serif";

/** Layout size of the export with `rows` rows: name column + time axis, stamp + header + rows. */
export function svgSize(scale: TimeScale, rows: number): { width: number; height: number } {
  return {
    width: NAME_COLUMN_WIDTH + scale.width,
    height: STAMP_HEIGHT + HEADER_HEIGHT + rows * ROW_HEIGHT,
  };
}

function n(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function buildTimelineSvg(
  model: RowModel,
  scale: TimeScale,
  options: SvgExportOptions,
): string {
  const { ctx, today } = options;
  const total = model.rows.length;
  const rows =
    options.maxRows !== undefined && options.maxRows < total
      ? model.rows.slice(0, Math.max(0, options.maxRows))
      : model.rows;
  const { width, height } = svgSize(scale, rows.length);
  const top = STAMP_HEIGHT + HEADER_HEIGHT;
  const ratio = options.pixelRatio ?? 1;
  const all = { x0: 0, x1: scale.width };
  const stamp = [
    options.title,
    ctx.t('exportedOn', { date: formatDay(today, ctx.lang, ctx.t) }),
    ...(rows.length < total ? [ctx.t('exportRowsShown', { shown: rows.length, total })] : []),
  ].join(' — ');
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width * ratio)}" height="${n(height * ratio)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="${FONT_FAMILY}" font-size="12" role="img" aria-labelledby="tl-title">`,
    `<title id="tl-title">${escapeXml(options.title)}</title>`,
    '<defs>',
    '<pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbe6ff"/><rect width="2" height="6" fill="#1d4ed8"/></pattern>',
    '<pattern id="tl-stripes" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#d1d5db"/><rect x="6" width="2" height="8" fill="#9ca3af"/></pattern>',
    '</defs>',
    `<rect width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<text x="8" y="18" font-weight="600">${escapeXml(stamp)}</text>`,
  );

  const ticks = [
    ...ticksInRange(scale, scale.major, 'major', 0, scale.width, ctx.lang, ctx.t).map((tick) => ({
      tick,
      y: STAMP_HEIGHT,
      bold: true,
    })),
    ...ticksInRange(scale, scale.minor, 'minor', 0, scale.width, ctx.lang, ctx.t).map((tick) => ({
      tick,
      y: STAMP_HEIGHT + 24,
      bold: false,
    })),
  ];
  for (const { tick, y, bold } of ticks) {
    const x = NAME_COLUMN_WIDTH + tick.x;
    out.push(`<line x1="${n(x)}" y1="${y}" x2="${n(x)}" y2="${n(height)}" stroke="#e5e5e5"/>`);
    if (tick.width >= tick.label.length * 7 + 6) {
      out.push(
        `<text x="${n(x + 4)}" y="${y + 16}"${bold ? ' font-weight="600"' : ' fill="#555555"'}>${escapeXml(tick.label)}</text>`,
      );
    }
  }
  out.push(
    `<line x1="0" y1="${top}" x2="${n(width)}" y2="${top}" stroke="#999999"/>`,
    `<line x1="${NAME_COLUMN_WIDTH}" y1="${STAMP_HEIGHT}" x2="${NAME_COLUMN_WIDTH}" y2="${n(height)}" stroke="#999999"/>`,
  );

  rows.forEach((row, i) => {
    const y = top + i * ROW_HEIGHT;
    const label = escapeXml(fullLabel(row, ctx));
    out.push(`<g><title>${label}</title>`);
    if (row.kind === 'area') {
      out.push(`<rect x="0" y="${y}" width="${n(width)}" height="${ROW_HEIGHT}" fill="#f6f6f6"/>`);
    }
    out.push(
      `<text x="${8 + (row.level - 1) * 18}" y="${y + 20}"${row.kind === 'area' ? ' font-weight="600"' : ''}>${escapeXml(row.name)}</text>`,
    );
    const g = rowGeometry(row, scale, all, ctx);
    if (g.bar) {
      const x = NAME_COLUMN_WIDTH + g.bar.x;
      if (row.kind === 'area') {
        // As on screen: a thin rule at the bottom of the row, its label above it.
        out.push(
          `<rect x="${n(x)}" y="${y + 22}" width="${n(g.bar.width)}" height="6" fill="#333333"/>`,
        );
      } else if (row.project) {
        const stage = row.project.stage;
        out.push(
          `<rect x="${n(x)}" y="${y + 7}" width="${n(g.bar.width)}" height="18" rx="3" fill="${STAGE_FILL[stage]}" stroke="${row.project.schedule_status === 'late' ? '#b00020' : STAGE_STROKE[stage]}" stroke-width="2"${stage === 'not_started' ? ' stroke-dasharray="4 2"' : ''}${row.project.schedule_status === 'not_pursued' ? ' opacity="0.55"' : ''}/>`,
        );
      }
      const text = barText(row, ctx);
      if (text && g.bar.label.placement !== 'none') {
        const inside = g.bar.label.placement === 'inside' || g.bar.label.placement === 'truncated';
        const onPattern = inside && row.kind === 'project';
        const light = onPattern && row.project?.stage === 'implementation';
        // On a hatched or striped bar the text gets a white halo, so it stays legible.
        const halo =
          onPattern && !light ? ' stroke="#ffffff" stroke-width="3" paint-order="stroke"' : '';
        out.push(
          `<text x="${n(NAME_COLUMN_WIDTH + g.bar.label.x)}" y="${row.kind === 'area' ? y + 17 : y + 20}" font-size="11"${light ? ' fill="#ffffff"' : ''}${halo}>${escapeXml(g.bar.label.text)}</text>`,
        );
      }
    }
    if (g.milestone && row.marker) {
      const cx = NAME_COLUMN_WIDTH + g.milestone.x;
      const cy = y + ROW_HEIGHT / 2;
      const fill =
        row.marker === 'done' ? '#047857' : row.marker === 'late' ? '#b00020' : '#ffffff';
      const shape = row.task?.is_milestone
        ? `<rect x="${n(cx - 6)}" y="${n(cy - 6)}" width="12" height="12" transform="rotate(45 ${n(cx)} ${n(cy)})"`
        : `<circle cx="${n(cx)}" cy="${n(cy)}" r="7"`;
      out.push(`${shape} fill="${fill}" stroke="#333333" stroke-width="2"/>`);
      const glyph = { done: '✓', late: '!', open: '', cancelled: '×' }[row.marker];
      if (glyph) {
        out.push(
          `<text x="${n(cx)}" y="${n(cy + 4)}" text-anchor="middle" font-size="10" font-weight="700" fill="${row.marker === 'cancelled' ? '#333333' : '#ffffff'}">${glyph}</text>`,
        );
      }
    }
    out.push('</g>');
  });

  if (today >= scale.startDay && today <= scale.endDay) {
    const x = NAME_COLUMN_WIDTH + dayToX(scale, today) + scale.pxPerDay / 2;
    out.push(
      `<line x1="${n(x)}" y1="${STAMP_HEIGHT}" x2="${n(x)}" y2="${n(height)}" stroke="#c2410c" stroke-width="2" stroke-dasharray="4 3"/>`,
      `<text x="${n(x + 3)}" y="${top - 2}" font-size="10" fill="#c2410c">${escapeXml(ctx.t('today'))}</text>`,
    );
  }
  out.push('</svg>');
  return out.join('\n');
}

/**
 * Canvas limits for the PNG, well inside what browsers allow (Chromium: 32,767 px a side and
 * about 268 million pixels; Safari on iOS: about 16.7 million), so the export does not fail
 * or exhaust a phone's memory on a large view.
 */
export const PNG_MAX_SIDE = 8192;
export const PNG_MAX_PIXELS = 16_000_000;
/** Sharper than the screen on ordinary displays; less if the view is large. */
export const PNG_PREFERRED_RATIO = 2;

export interface PngPlan {
  /** Rows drawn: all of them, unless even at ratio 1 (or less for a wide axis) they won't fit. */
  rows: number;
  /** Canvas pixels per layout pixel. */
  ratio: number;
  /** Canvas size in pixels. */
  width: number;
  height: number;
}

/**
 * How big the PNG of a view with `rowCount` rows can be: as sharp as PNG_PREFERRED_RATIO allows
 * within the limits; a very wide time axis is scaled down rather than cut; rows that do not fit
 * even then are left out (the stamp says how many are shown; the SVG has them all).
 */
export function planPng(scale: TimeScale, rowCount: number): PngPlan {
  const full = svgSize(scale, 0);
  const top = full.height;
  // A wide axis (weeks over five years) is drawn smaller rather than cut.
  const minRatio = Math.min(1, PNG_MAX_SIDE / full.width);
  const maxHeight = Math.min(PNG_MAX_SIDE, PNG_MAX_PIXELS / Math.ceil(full.width * minRatio));
  const fit = Math.max(0, Math.floor((maxHeight / minRatio - top) / ROW_HEIGHT));
  const rows = Math.min(rowCount, fit);
  const { width, height } = svgSize(scale, rows);
  const ratio = Math.min(
    PNG_PREFERRED_RATIO,
    PNG_MAX_SIDE / width,
    PNG_MAX_SIDE / height,
    Math.sqrt(PNG_MAX_PIXELS / (width * height)),
  );
  return {
    rows,
    ratio,
    width: Math.min(PNG_MAX_SIDE, Math.floor(width * ratio)),
    height: Math.min(PNG_MAX_SIDE, Math.floor(height * ratio)),
  };
}

/**
 * Draws an SVG document onto a canvas of `width` × `height` pixels and encodes it as PNG
 * (browser only). The SVG must be self-contained (no external fonts or images), which keeps
 * the canvas untainted.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.decoding = 'sync';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}

/** Offers the SVG as a file download (browser only). */
export function downloadSvg(svg: string, filename: string): void {
  downloadBlob(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** Offers a blob as a file download (browser only). */
export const downloadBlob = saveFile;
