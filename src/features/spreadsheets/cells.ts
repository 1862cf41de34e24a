/*
 * One cell of a sheet as the reader hands it over (xlsx through exceljs, CSV as text) and the
 * conversions the import needs: text, and calendar dates from real date cells, Excel serial
 * numbers and the ways people type them (31.12.2026, 31.12.2026., 2026-12-31).
 */

export type Cell = string | number | boolean | Date | null;

/** The cell as trimmed text ('' when empty). Numbers keep a decimal comma out: 1.5 → "1.5". */
export function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return isoDate(cell);
  return String(cell).trim();
}

export function isBlank(cell: Cell): boolean {
  return cellText(cell) === '';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A Date that stands for a calendar day, as exceljs gives them (midnight UTC). */
function isoDate(d: Date): string {
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return isoDate(date);
}

/** Excel's day numbers count from 30.12.1899 (its 1900 leap-year bug included). */
function fromSerial(n: number): string | null {
  if (!Number.isFinite(n) || n < 1 || n >= 73051) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(n) * 86_400_000);
  return isoDate(date);
}

/**
 * The day a cell names as 'yyyy-mm-dd'; null when it is empty; 'invalid' when it is not a date
 * (31.13.2026, "ensi keväänä").
 */
export function cellDate(cell: Cell): string | null | 'invalid' {
  if (cell === null) return null;
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : isoDate(cell);
  if (typeof cell === 'number') return fromSerial(cell) ?? 'invalid';
  const text = cellText(cell);
  if (text === '') return null;
  const finnish = /^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?$/.exec(text);
  if (finnish) return validDay(+finnish[3]!, +finnish[2]!, +finnish[1]!) ?? 'invalid';
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(text);
  if (iso) return validDay(+iso[1]!, +iso[2]!, +iso[3]!) ?? 'invalid';
  return 'invalid';
}
