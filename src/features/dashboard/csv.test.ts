import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, escapeFormula, toCsv } from './csv';

describe('escapeFormula', () => {
  it.each(['=SUM(A1:A9)', '+358 40 123', '-2+3', '@cmd', '\tinvisible', '\rreturn'])(
    'prefixes %j with an apostrophe',
    (value) => {
      expect(escapeFormula(value)).toBe(`'${value}`);
    },
  );

  it.each(['Kiertotalot', '31.12.2025', " 'quoted", 'a=b', '', 'x-y'])(
    'leaves %j alone',
    (value) => {
      expect(escapeFormula(value)).toBe(value);
    },
  );
});

describe('csvCell', () => {
  it('quotes separators, quotes and line breaks', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('sanoi "moi"')).toBe('"sanoi ""moi"""');
    expect(csvCell('rivi 1\nrivi 2')).toBe('"rivi 1\nrivi 2"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a;b')).toBe('a;b');
  });

  it('escapes a formula and then quotes it if needed', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
  });

  it('writes numbers, booleans and empties plainly; negative numbers stay numbers', () => {
    expect(csvCell(-12)).toBe('-12');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(
      toCsv(
        ['Hanke', 'Päiviä myöhässä'],
        [
          ['Kiertotalot', 12],
          ['=cmd|"/c calc"!A1', 3],
        ],
      ),
    ).toBe(`Hanke,Päiviä myöhässä\r\nKiertotalot,12\r\n"'=cmd|""/c calc""!A1",3\r\n`);
  });

  it('escapes formulas in the header too', () => {
    expect(toCsv(['-x'], [])).toBe(`'-x\r\n`);
  });
});

describe('csvFileName', () => {
  it('turns a Finnish title into a safe file name', () => {
    expect(csvFileName('Myöhässä olevat tehtävät', '2026-11-22')).toBe(
      'myohassa-olevat-tehtavat-2026-11-22.csv',
    );
    expect(csvFileName('!!!', '2026-11-22')).toBe('export-2026-11-22.csv');
  });
});
