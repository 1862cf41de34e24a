/*
 * The preview as the page shows it: the file's rows with what the database's dry run says will
 * happen to each (its project on the row that introduces it, its task), and every problem — the
 * cells the app found wrong and those the database did (a slug of another programme, a new
 * project without a name) — worded with the row and the column as the file names it.
 */
import type { TFunction } from '@/lib/translator';
import type { ImportOutcome, RowAction } from './queries';
import type { CheckedRow, ImportCheck, Problem } from './validate';
import { vocabulary, type ImportColumn } from './vocabulary';

export interface PreviewRow extends CheckedRow {
  projectAction: RowAction | null;
  taskAction: RowAction | null;
  problems: Problem[];
}

const databaseColumn: Record<ImportOutcome['errors'][number]['column'], ImportColumn> = {
  slug: 'slug',
  name: 'name',
  growth_area: 'growth_area',
  title: 'task',
};

/** Every problem, the file's first and then the database's new ones, in row order. */
export function allProblems(check: ImportCheck, outcome: ImportOutcome | undefined): Problem[] {
  const found = [...check.problems];
  const seen = new Set(found.map((p) => `${p.row}/${p.column}/${p.code}`));
  for (const e of outcome?.errors ?? []) {
    const column = databaseColumn[e.column];
    const key = `${e.row}/${column}/${e.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ row: e.row, column, header: check.headers[column] ?? null, code: e.code });
  }
  return found.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

export function previewRows(
  check: ImportCheck,
  outcome: ImportOutcome | undefined,
  problems: readonly Problem[],
): PreviewRow[] {
  const projects = new Map(outcome?.projects.map((p) => [p.row, p.action]));
  const tasks = new Map(outcome?.tasks.map((p) => [p.row, p.action]));
  const byRow = new Map<number, Problem[]>();
  for (const p of problems) {
    if (p.row === null) continue;
    byRow.set(p.row, [...(byRow.get(p.row) ?? []), p]);
  }
  return check.rows.map((r) => ({
    ...r,
    projectAction: r.firstOfProject ? (projects.get(r.row) ?? null) : null,
    taskAction: tasks.get(r.row) ?? null,
    problems: byRow.get(r.row) ?? [],
  }));
}

type SpreadsheetT = TFunction<'spreadsheet'>;

/** "…: 31.13.2026 is not a date" — the problem itself, without where it is. */
export function problemText(p: Problem, t: SpreadsheetT): string {
  if (p.code === 'duplicate' && p.other === undefined) return t('page.problem.duplicateHere');
  return t(`page.problem.${p.code}`, {
    value: p.value ?? '',
    other: p.other ?? '',
    max: p.max ?? 0,
  });
}

/** The column as the file names it, else in the user's language. */
export function columnName(p: Problem, lng: string): string {
  if (p.header) return p.header;
  return p.column ? vocabulary(lng).columns[p.column] : '';
}

/** "Row 14, column Määräaika: 31.13.2026 is not a date". */
export function describeProblem(p: Problem, t: SpreadsheetT, lng: string): string {
  if (p.row === null) return problemText(p, t);
  return t('page.where', { row: p.row, column: columnName(p, lng), message: problemText(p, t) });
}
