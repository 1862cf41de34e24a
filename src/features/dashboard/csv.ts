/**
 * CSV for spreadsheets (Excel, LibreOffice, Google Sheets): RFC 4180 quoting, CRLF line ends,
 * and a guard against formula injection — a cell starting with =, +, -, @, tab or carriage
 * return would be run as a formula, so it gets a leading apostrophe (OWASP's advice). The
 * separator is a comma; `sep` lets callers choose ';' for Finnish Excel defaults.
 */

export type CsvCell = string | number | boolean | null | undefined;

const formulaStart = /^[=+\-@\t\r]/;

/** Neutralises a would-be formula; leaves other text alone. */
export function escapeFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function cellText(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return escapeFormula(value);
}

/** One cell, quoted when it holds the separator, a quote or a line break. */
export function csvCell(value: CsvCell, sep = ','): string {
  const text = cellText(value);
  return text.includes(sep) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row and data rows as CSV text. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  sep = ',',
): string {
  return (
    [header, ...rows].map((row) => row.map((c) => csvCell(c, sep)).join(sep)).join('\r\n') + '\r\n'
  );
}

/** The CSV as a download: UTF-8 with a byte-order mark so Excel reads ä and ö right. */
export function csvBlob(csv: string): Blob {
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}

/** A file name such as `myohassa-2026-11-22.csv`: lowercase ASCII, dashes. */
export function csvFileName(base: string, date: string): string {
  const slug = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || 'export'}-${date}.csv`;
}
