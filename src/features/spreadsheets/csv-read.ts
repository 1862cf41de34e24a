/*
 * Reading a CSV file as a sheet: the text as UTF-8 (with or without a byte-order mark), else as
 * Windows-1252, which Excel on Windows still writes; the separator guessed from the header line
 * (Finnish Excel writes ';' because ',' is the decimal comma); RFC 4180 quoting with separators,
 * quotes and line breaks inside quoted cells.
 */
import type { Cell } from './cells';

export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    text = new TextDecoder('windows-1252').decode(view);
  }
  return text.replace(/^\uFEFF/, '');
}

/** The separator used in the first line outside quotes: ';', tab or ','. */
export function guessSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const count = (sep: string) => outside.split(sep).length - 1;
  const [best] = [';', '\t', ','].sort((a, b) => count(b) - count(a));
  return best && count(best) > 0 ? best : ',';
}

/** The rows of a CSV text; a cell is text or null when empty. */
export function parseCsv(text: string, sep = guessSeparator(text)): Cell[][] {
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell === '' ? null : cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === sep) endCell();
    else if (c === '\n') endRow();
    else if (c === '\r') {
      if (text[i + 1] !== '\n') endRow();
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
