/*
 * The rows of a sheet checked one cell at a time, before anything is sent: which sheet holds the
 * import's columns (a workbook may open with an instructions sheet), which row is the header, and
 * per row what is wrong with which cell ("row 14, column Määräaika: 31.13.2026 is not a date").
 * Empty rows are skipped, unknown columns ignored (and named), a row without project cells
 * continues the project above it (a project with several tasks, or merged cells). What passes
 * becomes the payload of public.import_portfolio: the distinct projects and the tasks.
 */
import { textLimits, slugPattern } from '@/lib/limits';
import { slugify } from '@/lib/slug';
import type { Stage, TaskState } from '@/lib/domain';
import { cellDate, cellText, isBlank, type Cell } from './cells';
import type { Sheet } from './read-file';
import {
  matchHeader,
  matchStage,
  matchState,
  normalise,
  projectColumns,
  type ImportColumn,
} from './vocabulary';

export type ProblemCode =
  | 'no_header'
  | 'no_rows'
  | 'required'
  | 'too_long'
  | 'not_a_date'
  | 'bad_slug'
  | 'unknown_stage'
  | 'unknown_state'
  | 'unknown_growth_area'
  | 'ends_before_starts'
  | 'conflict'
  | 'duplicate'
  | 'task_missing'
  | 'other_programme'
  | 'unknown_project';

export interface Problem {
  /** The sheet's row number (1 = the first row); null for a problem of the whole sheet. */
  row: number | null;
  column: ImportColumn | null;
  /** The column's header as the file writes it. */
  header: string | null;
  code: ProblemCode;
  /** The cell's text, when it matters. */
  value?: string;
  /** The row this one disagrees with or repeats. */
  other?: number;
  max?: number;
}

export interface ProjectInput {
  row: number;
  slug: string;
  name: string | null;
  growth_area: string | null;
  stage: Stage | null;
  starts_on: string | null;
  ends_on: string | null;
  summary: string | null;
}

export interface TaskInput {
  row: number;
  project_slug: string;
  title: string;
  due_on: string | null;
  state: TaskState | null;
}

export interface ImportPayload {
  projects: ProjectInput[];
  tasks: TaskInput[];
}

export interface CheckedRow {
  row: number;
  slug: string;
  /** The project's name as the file gives it (or the slug, for a saved project it only names). */
  project: string;
  task: string | null;
  /** This row introduces its project (the first row with its slug). */
  firstOfProject: boolean;
}

export interface ImportCheck {
  sheet: string;
  headerRow: number;
  /** Headers the import does not know, ignored. */
  ignored: string[];
  /** Each known column's header as the file writes it. */
  headers: Partial<Record<ImportColumn, string>>;
  rows: CheckedRow[];
  problems: Problem[];
  payload: ImportPayload;
}

interface Header {
  row: number;
  columns: Map<ImportColumn, { index: number; header: string }>;
  ignored: string[];
}

function findHeader(rows: Cell[][]): Header | null {
  for (let r = 0; r < Math.min(rows.length, 20); r++) {
    const columns = new Map<ImportColumn, { index: number; header: string }>();
    const ignored: string[] = [];
    (rows[r] ?? []).forEach((cell, index) => {
      const header = cellText(cell);
      if (!header) return;
      const column = matchHeader(header);
      if (column && !columns.has(column)) columns.set(column, { index, header });
      else ignored.push(header);
    });
    if (columns.has('name') && columns.size >= 2) return { row: r + 1, columns, ignored };
  }
  return null;
}

const emptyCheck = (sheet: string, problems: Problem[]): ImportCheck => ({
  sheet,
  headerRow: 0,
  ignored: [],
  headers: {},
  rows: [],
  problems,
  payload: { projects: [], tasks: [] },
});

/**
 * Checks the first sheet that has the import's columns (a "Hanke"/"Project" header among the
 * first 20 rows). `growthAreas` are the names of the chosen programme's growth areas.
 */
export function checkSheets(sheets: readonly Sheet[], growthAreas: readonly string[]): ImportCheck {
  for (const sheet of sheets) {
    const header = findHeader(sheet.rows);
    if (header) return checkRows(sheet, header, growthAreas);
  }
  return emptyCheck(sheets[0]?.name ?? '', [
    { row: null, column: null, header: null, code: 'no_header' },
  ]);
}

type ProjectValues = Omit<ProjectInput, 'row' | 'slug'>;

function checkRows(sheet: Sheet, header: Header, growthAreaNames: readonly string[]): ImportCheck {
  const problems: Problem[] = [];
  const rows: CheckedRow[] = [];
  const areas = new Map(growthAreaNames.map((n) => [normalise(n), n]));
  const projects = new Map<string, ProjectInput>();
  /** Which row gave each project value, to name it when a later row disagrees. */
  const givenAt = new Map<string, Partial<Record<ImportColumn, number>>>();
  const tasks = new Map<string, TaskInput>();
  let current: string | null = null;

  for (let r = header.row; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    const row = r + 1;
    const rowProblems: Problem[] = [];
    const at = (column: ImportColumn) => header.columns.get(column);
    const cell = (column: ImportColumn): Cell => {
      const found = at(column);
      return found ? (cells[found.index] ?? null) : null;
    };
    const text = (column: ImportColumn) => cellText(cell(column));
    const problem = (
      column: ImportColumn | null,
      code: ProblemCode,
      extra: Partial<Problem> = {},
    ) =>
      rowProblems.push({
        row,
        column,
        header: column ? (at(column)?.header ?? null) : null,
        code,
        ...extra,
      });
    const limited = (column: ImportColumn, max: number): string | null => {
      const value = text(column);
      if (value.length > max) problem(column, 'too_long', { max });
      return value || null;
    };
    const date = (column: ImportColumn): string | null => {
      const value = cellDate(cell(column));
      if (value === 'invalid') {
        problem(column, 'not_a_date', { value: text(column) });
        return null;
      }
      return value;
    };

    // Which project: the identifier, else one made from the name, else the project above.
    const name = limited('name', textLimits.projects.name);
    let slug = text('slug');
    if (slug) {
      if (!slugPattern.test(slug) || slug.length > textLimits.projects.slug) {
        problem('slug', 'bad_slug', { value: slug });
      }
    } else if (name) slug = slugify(name);
    else if (current) slug = current;
    if (!slug) {
      problem(name ? 'name' : 'slug', name ? 'bad_slug' : 'required', name ? { value: name } : {});
    }

    const stageText = text('stage');
    const stage = stageText ? matchStage(stageText) : null;
    if (stageText && !stage) problem('stage', 'unknown_stage', { value: stageText });
    const areaText = text('growth_area');
    const area = areaText ? (areas.get(normalise(areaText)) ?? null) : null;
    if (areaText && !area) problem('growth_area', 'unknown_growth_area', { value: areaText });
    const startsOn = date('starts_on');
    const endsOn = date('ends_on');
    if (startsOn && endsOn && endsOn < startsOn) problem('ends_on', 'ends_before_starts');
    const values: ProjectValues = {
      name,
      growth_area: area,
      stage,
      starts_on: startsOn,
      ends_on: endsOn,
      summary: limited('summary', textLimits.projects.summary),
    };

    const title = limited('task', textLimits.tasks.title);
    const dueOn = date('due_on');
    const stateText = text('state');
    const state = stateText ? matchState(stateText) : null;
    if (stateText && !state) problem('state', 'unknown_state', { value: stateText });
    if (!title && (dueOn || stateText)) problem('task', 'task_missing');

    if (slug) {
      current = slug;
      const saved = projects.get(slug);
      const from = givenAt.get(slug) ?? {};
      if (!saved) {
        projects.set(slug, { row, slug, ...values });
        for (const c of projectColumns) if (values[c] !== null) from[c] = row;
        givenAt.set(slug, from);
      } else {
        for (const c of projectColumns) {
          const value = values[c];
          if (value === null) continue;
          if (saved[c] === null) {
            Object.assign(saved, { [c]: value });
            from[c] = row;
          } else if (saved[c] !== value) {
            problem(c, 'conflict', { value: text(c), other: from[c] });
          }
        }
      }
      if (title) {
        const key = `${slug}\u0000${title}`;
        const earlier = tasks.get(key);
        if (earlier) problem('task', 'duplicate', { value: title, other: earlier.row });
        else tasks.set(key, { row, project_slug: slug, title, due_on: dueOn, state });
      }
    }
    rows.push({
      row,
      slug,
      project: projects.get(slug)?.name ?? slug,
      task: title,
      firstOfProject: projects.get(slug)?.row === row,
    });
    problems.push(...rowProblems);
  }

  if (rows.length === 0) {
    problems.push({ row: null, column: null, header: null, code: 'no_rows' });
  }
  return {
    sheet: sheet.name,
    headerRow: header.row,
    ignored: header.ignored,
    headers: Object.fromEntries([...header.columns].map(([c, { header: h }]) => [c, h])),
    rows: rows.map((r) => ({ ...r, project: projects.get(r.slug)?.name ?? r.slug })),
    problems,
    payload: { projects: [...projects.values()], tasks: [...tasks.values()] },
  };
}
