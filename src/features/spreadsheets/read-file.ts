/*
 * A file the director chose, as sheets of cells: `.xlsx` through exceljs (every worksheet, with
 * merged cells read as their top-left value, formulas as their result, rich text as text), `.csv`
 * as one sheet. Heavy (exceljs): loaded in the import's Web Worker, never on a first visit.
 */
import ExcelJS from 'exceljs';
import type { Cell } from './cells';
import { decodeText, parseCsv } from './csv-read';

export interface Sheet {
  name: string;
  /** rows[0] is the sheet's row 1. */
  rows: Cell[][];
}

export type FileKind = 'xlsx' | 'csv';

export class UnreadableFileError extends Error {
  constructor(readonly reason: 'type' | 'corrupt') {
    super(reason === 'type' ? 'Not an .xlsx or .csv file' : 'The file could not be read');
  }
}

export function fileKind(name: string): FileKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) return 'csv';
  return null;
}

function plain(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return plain((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ('text' in value) return String(value.text);
    if ('error' in value) return null;
  }
  return null;
}

async function readXlsx(buffer: ArrayBuffer): Promise<Sheet[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer);
  } catch {
    throw new UnreadableFileError('corrupt');
  }
  return workbook.worksheets.map((worksheet) => {
    const rows: Cell[][] = [];
    for (let r = 1; r <= worksheet.rowCount; r++) {
      const row = worksheet.getRow(r);
      const cells: Cell[] = [];
      for (let c = 1; c <= row.cellCount; c++) {
        const cell = row.getCell(c);
        // A merged cell other than the top-left one reads as the top-left one's value.
        cells.push(plain(cell.isMerged ? cell.master.value : cell.value));
      }
      rows.push(cells);
    }
    return { name: worksheet.name, rows };
  });
}

export async function readFile(name: string, buffer: ArrayBuffer): Promise<Sheet[]> {
  const kind = fileKind(name);
  if (kind === 'xlsx') return readXlsx(buffer);
  if (kind === 'csv') return [{ name, rows: parseCsv(decodeText(buffer)) }];
  throw new UnreadableFileError('type');
}
