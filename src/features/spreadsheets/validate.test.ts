// The import's reading and checking of awkward files: Finnish dates and decimal commas, merged
// cells, empty rows, extra columns, an instructions sheet before the data, Swedish headers.
import ExcelJS from 'exceljs';
import { cellDate } from './cells';
import { decodeText, guessSeparator, parseCsv } from './csv-read';
import { readFile } from './read-file';
import { checkSheets } from './validate';

const areas = ['Rakentamisen kiertotalous', 'Luovat alat'];

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<ArrayBuffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const buffer = await wb.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

const csv = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

describe('cellDate', () => {
  it.each([
    ['31.12.2026', '2026-12-31'],
    ['1.2.2026', '2026-02-01'],
    ['1.2.2026.', '2026-02-01'],
    ['2026-12-31', '2026-12-31'],
    ['', null],
  ])('reads %j as %j', (text, day) => {
    expect(cellDate(text)).toBe(day);
  });

  it.each(['31.13.2026', '30.2.2026', 'ensi keväänä', '12/31/2026'])('%j is not a date', (text) => {
    expect(cellDate(text)).toBe('invalid');
  });

  it('reads real date cells and Excel day numbers', () => {
    expect(cellDate(new Date(Date.UTC(2026, 11, 31)))).toBe('2026-12-31');
    expect(cellDate(46387)).toBe('2026-12-31');
    expect(cellDate(null)).toBeNull();
  });
});

describe('CSV', () => {
  it('guesses the separator from the header line, so decimal commas stay in their cell', () => {
    const text = 'Hanke;Määräaika;Budjetti\r\nA;31.12.2026;"1,5"\r\nB;;2,75\r\n';
    expect(guessSeparator(text)).toBe(';');
    expect(parseCsv(text)).toEqual([
      ['Hanke', 'Määräaika', 'Budjetti'],
      ['A', '31.12.2026', '1,5'],
      ['B', null, '2,75'],
    ]);
  });

  it('keeps quotes and line breaks inside quoted cells', () => {
    expect(parseCsv('a,b\n"x ""y""","1\n2"\n')).toEqual([
      ['a', 'b'],
      ['x "y"', '1\n2'],
    ]);
  });

  it('reads UTF-8 with a byte-order mark, and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0xc3, 0xa4]))).toBe('ä');
    expect(decodeText(new Uint8Array([0xe4, 0xf6]))).toBe('äö');
  });
});

describe('checking a sheet', () => {
  it('reads a Finnish CSV: projects, their tasks, empty rows skipped and extra columns named', async () => {
    const sheets = await readFile(
      'salkku.csv',
      csv(
        [
          'Tunniste;Hanke;Kasvualue;Eteneminen;Alkaa;Päättyy;Tehtävä;Määräaika;Tila;Budjetti (M€)',
          'kiertotalot;Kiertotalot;rakentamisen kiertotalous;Toteutus;1.1.2025;31.12.2029;Pilottikohteen valinta;15.1.2027;Käynnissä;"1,5"',
          ';;;;;;Väliraportti;31.3.2027;;',
          ';;;;;;;;;',
          ';Uusi hanke;Luovat alat;suunnittelu;;;;;;2,0',
        ].join('\r\n'),
      ),
    );
    const check = checkSheets(sheets, areas);
    expect(check.problems).toEqual([]);
    expect(check.ignored).toEqual(['Budjetti (M€)']);
    expect(check.payload.projects).toEqual([
      {
        row: 2,
        slug: 'kiertotalot',
        name: 'Kiertotalot',
        growth_area: 'Rakentamisen kiertotalous',
        stage: 'implementation',
        starts_on: '2025-01-01',
        ends_on: '2029-12-31',
        summary: null,
      },
      {
        row: 5,
        slug: 'uusi-hanke',
        name: 'Uusi hanke',
        growth_area: 'Luovat alat',
        stage: 'planning',
        starts_on: null,
        ends_on: null,
        summary: null,
      },
    ]);
    expect(check.payload.tasks).toEqual([
      {
        row: 2,
        project_slug: 'kiertotalot',
        title: 'Pilottikohteen valinta',
        due_on: '2027-01-15',
        state: 'in_progress',
      },
      {
        row: 3,
        project_slug: 'kiertotalot',
        title: 'Väliraportti',
        due_on: '2027-03-31',
        state: null,
      },
    ]);
    expect(check.rows.map((r) => [r.row, r.project, r.firstOfProject])).toEqual([
      [2, 'Kiertotalot', true],
      [3, 'Kiertotalot', false],
      [5, 'Uusi hanke', true],
    ]);
  });

  it('ties every bad cell to its row and column, as the file names the column', async () => {
    const sheets = await readFile(
      'bad.csv',
      csv(
        [
          'Hanke,Tunniste,Kasvualue,Eteneminen,Alkaa,Päättyy,Tehtävä,Määräaika,Tila',
          'A,Not A Slug,Avaruus,Kesken,1.1.2026,31.12.2025,T1,31.13.2026,Ehkä',
          'B,,,,,,,1.1.2026,',
          'C,,,,,,T,,',
          'C,,,,,,T,,',
          'C,,Luovat alat,,,,,,',
          'C,,Rakentamisen kiertotalous,,,,,,',
        ].join('\n'),
      ),
    );
    const check = checkSheets(sheets, areas);
    expect(
      check.problems.map((p) => [p.row, p.header, p.code, p.other ?? p.value ?? null]),
    ).toEqual([
      [2, 'Tunniste', 'bad_slug', 'Not A Slug'],
      [2, 'Eteneminen', 'unknown_stage', 'Kesken'],
      [2, 'Kasvualue', 'unknown_growth_area', 'Avaruus'],
      [2, 'Päättyy', 'ends_before_starts', null],
      [2, 'Määräaika', 'not_a_date', '31.13.2026'],
      [2, 'Tila', 'unknown_state', 'Ehkä'],
      [3, 'Tehtävä', 'task_missing', null],
      [5, 'Tehtävä', 'duplicate', 4],
      [7, 'Kasvualue', 'conflict', 6],
    ]);
  });

  it('finds the data sheet after an instructions sheet, reads merged cells, dates and Swedish headers', async () => {
    const buffer = await xlsx((wb) => {
      wb.addWorksheet('Ohjeet').addRow(['Täytä toinen välilehti.']);
      const ws = wb.addWorksheet('Data');
      ws.addRow(['Rapport 2026']);
      ws.addRow(['Projekt', 'Tillväxtområde', 'Uppgift', 'Deadline', 'Status']);
      ws.addRow([
        'Kiertotalot',
        'Rakentamisen kiertotalous',
        'T1',
        new Date(Date.UTC(2027, 0, 15)),
        'Pågår',
      ]);
      ws.addRow([null, null, 'T2', '31.3.2027', 'Klar']);
      ws.addRow([]);
      ws.mergeCells('A3:A4');
      ws.mergeCells('B3:B4');
    });
    const check = checkSheets(await readFile('data.xlsx', buffer), areas);
    expect(check.sheet).toBe('Data');
    expect(check.headerRow).toBe(2);
    expect(check.problems).toEqual([]);
    expect(check.payload.projects).toHaveLength(1);
    expect(check.payload.tasks).toEqual([
      {
        row: 3,
        project_slug: 'kiertotalot',
        title: 'T1',
        due_on: '2027-01-15',
        state: 'in_progress',
      },
      { row: 4, project_slug: 'kiertotalot', title: 'T2', due_on: '2027-03-31', state: 'done' },
    ]);
  });

  it('says so when no sheet has the columns, or there are no rows', async () => {
    const none = await xlsx((wb) => wb.addWorksheet('Muistiinpanot').addRow(['x', 'y']));
    expect(checkSheets(await readFile('x.xlsx', none), areas).problems).toEqual([
      { row: null, column: null, header: null, code: 'no_header' },
    ]);
    const empty = checkSheets(await readFile('e.csv', csv('Hanke;Tehtävä\n;;\n')), areas);
    expect(empty.problems.map((p) => p.code)).toEqual(['no_rows']);
  });

  it('refuses a text that is too long for the database', async () => {
    const check = checkSheets(
      await readFile('long.csv', csv(`Hanke,Tehtävä\n${'x'.repeat(201)},t\n`)),
      areas,
    );
    expect(check.problems.map((p) => [p.code, p.max])).toEqual([['too_long', 200]]);
  });
});
