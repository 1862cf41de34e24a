/*
 * The words of a spreadsheet: sheet names, column headers and the values a file may hold
 * (stages, task states), in Finnish, Swedish and English (src/locales/spreadsheet/). A file is
 * read in any of the three, whatever the UI language; templates and exports are written in the
 * user's language. Loaded only with the import page and the export (a lazy chunk).
 */
import en from '@/locales/spreadsheet/en.json';
import fi from '@/locales/spreadsheet/fi.json';
import sv from '@/locales/spreadsheet/sv.json';
import type { Stage, TaskState } from '@/lib/domain';
import { languages, toLanguage, type Language } from '@/lib/language';

export type Vocabulary = typeof fi;
/** The three languages' words; also the translator's `spreadsheet` namespace (texts.ts). */
export const spreadsheetBundles: Record<Language, Vocabulary> = { fi, sv, en };
const byLanguage = spreadsheetBundles;

// The enums in the database's order, as the locale file lists them (lib/domain has the same
// lists; not imported here so this lazy code does not pull the session's chunk apart).
export const stageList = Object.keys(fi.stage) as Stage[];
export const stateList = Object.keys(fi.state) as TaskState[];
const stages = stageList;
const taskStates = stateList;

export function vocabulary(lng: string | undefined): Vocabulary {
  return byLanguage[toLanguage(lng)];
}

/** The import's columns, in the template's order. */
export const importColumns = [
  'slug',
  'name',
  'growth_area',
  'stage',
  'starts_on',
  'ends_on',
  'summary',
  'task',
  'due_on',
  'state',
] as const;
export type ImportColumn = (typeof importColumns)[number];

/** The columns that describe the project (repeated, or left empty, on its task rows). */
export const projectColumns = [
  'name',
  'growth_area',
  'stage',
  'starts_on',
  'ends_on',
  'summary',
] as const satisfies readonly ImportColumn[];

/** Compares words as a person would: case, surrounding space and a trailing "*" do not matter. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\*+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('fi');
}

function lookup<K extends string>(pairs: [string, K][]): Map<string, K> {
  return new Map(pairs.map(([word, key]) => [normalise(word), key]));
}

const headers = lookup<ImportColumn>(
  languages.flatMap((l) =>
    importColumns.map((c): [string, ImportColumn] => [byLanguage[l].columns[c], c]),
  ),
);
const stageWords = lookup<Stage>([
  ...stages.map((s): [string, Stage] => [s, s]),
  ...languages.flatMap((l) => stages.map((s): [string, Stage] => [byLanguage[l].stage[s], s])),
]);
const stateWords = lookup<TaskState>([
  ...taskStates.map((s): [string, TaskState] => [s, s]),
  ...languages.flatMap((l) =>
    taskStates.map((s): [string, TaskState] => [byLanguage[l].state[s], s]),
  ),
]);

/** The column a header names, in any of the languages; null for a column the import ignores. */
export function matchHeader(text: string): ImportColumn | null {
  return headers.get(normalise(text)) ?? null;
}
export function matchStage(text: string): Stage | null {
  return stageWords.get(normalise(text)) ?? null;
}
export function matchState(text: string): TaskState | null {
  return stateWords.get(normalise(text)) ?? null;
}
