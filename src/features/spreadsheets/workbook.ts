/*
 * Writing sheets the way a spreadsheet user expects them: a bold header row that stays put
 * (frozen), filters on, columns as wide as their contents, dates as real dates (date cells with a
 * date format, so they sort and filter as dates) and numbers as numbers.
 */
import type ExcelJS from 'exceljs';

export type Value = string | number | boolean | Date | null;

export interface Column {
  header: string;
  kind?: 'text' | 'date' | 'number' | 'money';
}

/** Postgres 'yyyy-mm-dd' as a date cell (midnight UTC, which Excel shows as that day). */
export function day(value: string | null | undefined): Date | null {
  if (!value) return null;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return y && m && d ? new Date(Date.UTC(y, m - 1, d)) : null;
}

const formats = { date: 'd.m.yyyy', money: '#,##0.00', number: 'General' } as const;

function width(value: Value): number {
  if (value === null) return 0;
  if (value instanceof Date) return 10;
  return Math.max(
    ...String(value)
      .split('\n')
      .map((line) => line.length),
  );
}

/** Adds a sheet with a header row and the rows, formatted as above. */
export function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly Column[],
  rows: readonly (readonly Value[])[],
): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name.slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    width: Math.min(
      60,
      Math.max(10, width(c.header) + 2, ...rows.slice(0, 2000).map((r) => width(r[i] ?? null) + 2)),
    ),
    style: c.kind && c.kind !== 'text' ? { numFmt: formats[c.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow([...row]);
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: Math.max(1, rows.length + 1), column: columns.length },
  };
  return sheet;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<ArrayBuffer> {
  // exceljs answers a Buffer (a Uint8Array view) in Node and in its browser build: copy out the
  // bytes as a plain ArrayBuffer, which a worker can hand over.
  const written: ArrayBuffer | Uint8Array = await workbook.xlsx.writeBuffer();
  return written instanceof ArrayBuffer ? written : new Uint8Array(written).buffer;
}
