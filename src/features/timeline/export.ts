/**
 * Client-side SVG export of the current view: the rows the filters and expand state leave, on
 * the current zoom's scale, with names, bars (stage as fill pattern and text), milestones,
 * the today line and a date stamp. Built as a string from the layout; no library.
 */
import {
  HEADER_HEIGHT,
  NAME_COLUMN_WIDTH,
  ROW_HEIGHT,
  barText,
  dayToX,
  formatDay,
  fullLabel,
  rowGeometry,
  ticksInRange,
  type LabelContext,
  type RowModel,
  type TimeScale,
} from './layout';

export interface SvgExportOptions {
  ctx: LabelContext;
  title: string;
  /** Day number stamped on the export and drawn as the today line. */
  today: number;
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

function n(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

export function buildTimelineSvg(
  model: RowModel,
  scale: TimeScale,
  options: SvgExportOptions,
): string {
  const { ctx, today } = options;
  const width = NAME_COLUMN_WIDTH + scale.width;
  const top = STAMP_HEIGHT + HEADER_HEIGHT;
  const height = top + model.rows.length * ROW_HEIGHT;
  const all = { x0: 0, x1: scale.width };
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(width)}" height="${n(height)}" viewBox="0 0 ${n(width)} ${n(height)}" font-family="system-ui, sans-serif" font-size="12" role="img" aria-labelledby="tl-title">`,
    `<title id="tl-title">${escapeXml(options.title)}</title>`,
    '<defs>',
    '<pattern id="tl-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#dbe6ff"/><rect width="2" height="6" fill="#1d4ed8"/></pattern>',
    '<pattern id="tl-stripes" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#d1d5db"/><rect x="6" width="2" height="8" fill="#9ca3af"/></pattern>',
    '</defs>',
    `<rect width="${n(width)}" height="${n(height)}" fill="#ffffff"/>`,
    `<text x="8" y="18" font-weight="600">${escapeXml(options.title)} — ${escapeXml(ctx.t('exportedOn', { date: formatDay(today, ctx.lang, ctx.t) }))}</text>`,
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

  model.rows.forEach((row, i) => {
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
        out.push(
          `<rect x="${n(x)}" y="${y + 12}" width="${n(g.bar.width)}" height="8" fill="#333333"/>`,
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
        out.push(
          `<text x="${n(NAME_COLUMN_WIDTH + g.bar.label.x)}" y="${y + 21}" font-size="11"${inside && row.project?.stage === 'implementation' ? ' fill="#ffffff"' : ''}>${escapeXml(g.bar.label.text)}</text>`,
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

/** Offers the SVG as a file download (browser only). */
export function downloadSvg(svg: string, filename: string): void {
  const blob = new Blob([svg], { type: 'image/svg+xml;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
