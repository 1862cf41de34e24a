/*
 * The import template in the user's language: the import's columns with one example row, and a
 * second sheet naming what each column accepts (the programme's growth areas, the stages and task
 * states). Stage, state and growth-area cells offer their values as a drop-down list.
 */
import ExcelJS from 'exceljs';
import { addTable, day, workbookBuffer } from './workbook';
import {
  importColumns,
  stageList as stages,
  stateList as taskStates,
  vocabulary,
  type ImportColumn,
} from './vocabulary';

const letter = (column: ImportColumn) => String.fromCharCode(65 + importColumns.indexOf(column));

export function buildTemplate(lng: string, growthAreas: readonly string[]): ExcelJS.Workbook {
  const v = vocabulary(lng);
  const workbook = new ExcelJS.Workbook();
  const kinds: Partial<Record<ImportColumn, 'date'>> = {
    starts_on: 'date',
    ends_on: 'date',
    due_on: 'date',
  };
  const example: Record<ImportColumn, string | Date | null> = {
    slug: v.example.slug,
    name: v.example.name,
    growth_area: growthAreas[0] ?? null,
    stage: v.stage.planning,
    starts_on: day('2026-01-01'),
    ends_on: day('2027-12-31'),
    summary: v.example.summary,
    task: v.example.task,
    due_on: day('2026-03-31'),
    state: v.state.not_started,
  };
  const sheet = addTable(
    workbook,
    v.sheets.import,
    importColumns.map((c) => ({ header: v.columns[c], kind: kinds[c] })),
    [importColumns.map((c) => example[c])],
  );
  const lists: [ImportColumn, string[]][] = [
    ['stage', stages.map((s) => v.stage[s])],
    ['state', taskStates.map((s) => v.state[s])],
  ];
  if (growthAreas.length > 0) lists.push(['growth_area', [...growthAreas]]);
  for (const [column, values] of lists) {
    const formula = `"${values.map((x) => x.replace(/"/g, '""')).join(',')}"`;
    if (formula.length > 255) continue; // Excel's limit for a list written in place
    for (let row = 2; row <= 500; row++) {
      sheet.getCell(`${letter(column)}${row}`).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [formula],
      };
    }
  }

  const allowed: Record<ImportColumn, string> = {
    slug: v.values.slug,
    name: v.values.name,
    growth_area: [v.values.growthAreas, ...growthAreas].join('\n'),
    stage: stages.map((s) => v.stage[s]).join('\n'),
    starts_on: v.values.dates,
    ends_on: v.values.dates,
    summary: '',
    task: v.values.task,
    due_on: v.values.dates,
    state: taskStates.map((s) => v.state[s]).join('\n'),
  };
  const help = addTable(
    workbook,
    v.sheets.values,
    [{ header: v.values.column }, { header: v.values.allowed }],
    [...importColumns.map((c) => [v.columns[c], allowed[c]]), ['', v.values.repeat]],
  );
  help.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return workbook;
}

export function templateBuffer(lng: string, growthAreas: readonly string[]): Promise<ArrayBuffer> {
  return workbookBuffer(buildTemplate(lng, growthAreas));
}
