/**
 * The timeline's rows: the data indexed once per data change (growth areas in order, projects
 * and tasks sorted, the whole-year domain), then the rows the filters and expand state leave
 * as a flat treegrid list (growth area → project → task), once per filter or expand change.
 */
import {
  OTHER_AREA_ID,
  type ExpandState,
  type ScheduleStatus,
  type Stage,
  type TimelineData,
  type TimelineFilters,
  type TimelineGrowthArea,
  type TimelineProject,
  type TimelineTask,
} from './model';
import { dayOf, parseDay, ymd, type DayRange } from './days';

export const PROGRAMME_START = '2025-01-01';
export const PROGRAMME_END = '2029-12-31';

export interface TimelineIndex {
  areas: readonly TimelineGrowthArea[];
  projectsByArea: ReadonlyMap<string, readonly TimelineProject[]>;
  tasksByProject: ReadonlyMap<string, readonly TimelineTask[]>;
  /** Whole years covering the programme and every date in the data. */
  domain: DayRange;
}

function compareNullableIso(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export function indexTimelineData(
  data: TimelineData,
  otherAreaName: string,
  programme: { start: string; end: string } = { start: PROGRAMME_START, end: PROGRAMME_END },
): TimelineIndex {
  let min = parseDay(programme.start);
  let max = parseDay(programme.end);
  const widen = (iso: string | null) => {
    if (!iso) return;
    const d = parseDay(iso);
    if (d < min) min = d;
    if (d > max) max = d;
  };

  const areaIds = new Set(data.growthAreas.map((a) => a.id));
  const projectsByArea = new Map<string, TimelineProject[]>();
  for (const p of data.projects) {
    widen(p.starts_on);
    widen(p.ends_on);
    const areaId =
      p.growth_area_id !== null && areaIds.has(p.growth_area_id) ? p.growth_area_id : OTHER_AREA_ID;
    let list = projectsByArea.get(areaId);
    if (!list) projectsByArea.set(areaId, (list = []));
    list.push(p);
  }
  for (const list of projectsByArea.values()) {
    list.sort(
      (a, b) => compareNullableIso(a.starts_on, b.starts_on) || a.name.localeCompare(b.name, 'fi'),
    );
  }

  const tasksByProject = new Map<string, TimelineTask[]>();
  for (const task of data.tasks) {
    widen(task.due_on);
    let list = tasksByProject.get(task.project_id);
    if (!list) tasksByProject.set(task.project_id, (list = []));
    list.push(task);
  }
  for (const list of tasksByProject.values()) {
    list.sort(
      (a, b) => compareNullableIso(a.due_on, b.due_on) || a.title.localeCompare(b.title, 'fi'),
    );
  }

  const areas = [...data.growthAreas].sort(
    (a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0) || a.name.localeCompare(b.name, 'fi'),
  );
  if (projectsByArea.has(OTHER_AREA_ID)) {
    areas.push({ id: OTHER_AREA_ID, name: otherAreaName, color: null, sort_order: null });
  }

  const first = ymd(min);
  const last = ymd(max);
  return {
    areas,
    projectsByArea,
    tasksByProject,
    domain: { startDay: dayOf(first.y, 0, 1), endDay: dayOf(last.y + 1, 0, 1) - 1 },
  };
}

export type RowKind = 'area' | 'project' | 'task';
export type TaskMarker = 'done' | 'late' | 'open' | 'cancelled';

export interface TimelineRow {
  key: string;
  kind: RowKind;
  id: string;
  /** aria-level: 1 growth area, 2 project, 3 task. */
  level: 1 | 2 | 3;
  name: string;
  /** 'fi' when the name is Finnish standing in for a missing translation (lang attribute). */
  lang?: string;
  /** Index of the parent row in `rows`, -1 for a growth area. */
  parentIndex: number;
  posinset: number;
  setsize: number;
  expandable: boolean;
  expanded: boolean;
  /** Area: span of its visible projects; project: its dates; task: its deadline (both). */
  startDay: number | null;
  endDay: number | null;
  area: TimelineGrowthArea;
  project: TimelineProject | null;
  task: TimelineTask | null;
  /** Growth areas: how many projects pass the filters. */
  projectCount: number;
  marker: TaskMarker | null;
}

export interface RowModel {
  rows: readonly TimelineRow[];
  /** Number of projects that pass the filters. */
  projectCount: number;
  filtered: boolean;
}

export const areaKey = (id: string) => `a:${id}`;
export const projectKey = (id: string) => `p:${id}`;

export const DEFAULT_EXPAND: ExpandState = { all: false, keys: new Set() };

/** Growth areas are open and projects closed by default; `keys` flips the default. */
export function isExpanded(expand: ExpandState, key: string): boolean {
  if (expand.all) return !expand.keys.has(key);
  const openByDefault = key.startsWith('a:');
  return expand.keys.has(key) ? !openByDefault : openByDefault;
}

export function toggleExpanded(expand: ExpandState, key: string, open?: boolean): ExpandState {
  const now = isExpanded(expand, key);
  const want = open ?? !now;
  if (want === now) return expand;
  const keys = new Set(expand.keys);
  if (keys.has(key)) keys.delete(key);
  else keys.add(key);
  return { all: expand.all, keys };
}

export function taskMarker(task: TimelineTask, today: number): TaskMarker {
  if (task.state === 'done') return 'done';
  if (task.state === 'cancelled') return 'cancelled';
  if (task.due_on !== null && parseDay(task.due_on) < today) return 'late';
  return 'open';
}

export function hasActiveFilters(filters: TimelineFilters): boolean {
  return (
    filters.growthAreaIds.length > 0 ||
    filters.stages.length > 0 ||
    filters.scheduleStatuses.length > 0 ||
    filters.leadIds.length > 0 ||
    filters.text.trim() !== ''
  );
}

function normalise(s: string): string {
  return s.toLocaleLowerCase('fi').normalize('NFC');
}

export function buildRows(
  index: TimelineIndex,
  filters: TimelineFilters,
  expand: ExpandState,
  today: number,
): RowModel {
  const rows: TimelineRow[] = [];
  const filtered = hasActiveFilters(filters);
  const areaFilter = filters.growthAreaIds.length ? new Set(filters.growthAreaIds) : null;
  const stageFilter = filters.stages.length ? new Set<Stage>(filters.stages) : null;
  const statusFilter = filters.scheduleStatuses.length
    ? new Set<ScheduleStatus>(filters.scheduleStatuses)
    : null;
  const leadFilter = filters.leadIds.length ? new Set(filters.leadIds) : null;
  const text = normalise(filters.text.trim());
  let projectTotal = 0;

  const areasShown = index.areas.filter((a) => !areaFilter || areaFilter.has(a.id));
  interface Kept {
    project: TimelineProject;
    tasks: readonly TimelineTask[];
  }
  const keptByArea: Kept[][] = areasShown.map((area) => {
    const areaMatchesText = text !== '' && normalise(area.search_text ?? area.name).includes(text);
    const kept: Kept[] = [];
    for (const p of index.projectsByArea.get(area.id) ?? []) {
      if (stageFilter && !stageFilter.has(p.stage)) continue;
      if (statusFilter && !statusFilter.has(p.schedule_status)) continue;
      if (leadFilter && !(p.lead_ids ?? []).some((id) => leadFilter.has(id))) continue;
      const allTasks = index.tasksByProject.get(p.id) ?? [];
      if (text === '' || areaMatchesText || normalise(p.search_text ?? p.name).includes(text)) {
        kept.push({ project: p, tasks: allTasks });
        continue;
      }
      const matching = allTasks.filter((task) =>
        normalise(task.search_text ?? task.title).includes(text),
      );
      if (matching.length) kept.push({ project: p, tasks: matching });
    }
    return kept;
  });

  const visibleAreas = areasShown
    .map((area, i) => ({ area, kept: keptByArea[i] ?? [] }))
    .filter(({ kept }) => !filtered || kept.length > 0);

  visibleAreas.forEach(({ area, kept }, areaPos) => {
    let spanStart: number | null = null;
    let spanEnd: number | null = null;
    for (const { project } of kept) {
      if (project.starts_on) {
        const s = parseDay(project.starts_on);
        if (spanStart === null || s < spanStart) spanStart = s;
      }
      if (project.ends_on) {
        const e = parseDay(project.ends_on);
        if (spanEnd === null || e > spanEnd) spanEnd = e;
      }
    }
    projectTotal += kept.length;
    const aKey = areaKey(area.id);
    const areaOpen = isExpanded(expand, aKey);
    const areaIndex = rows.length;
    rows.push({
      key: aKey,
      kind: 'area',
      id: area.id,
      level: 1,
      name: area.name,
      lang: area.lang,
      parentIndex: -1,
      posinset: areaPos + 1,
      setsize: visibleAreas.length,
      expandable: kept.length > 0,
      expanded: kept.length > 0 && areaOpen,
      startDay: spanStart,
      endDay: spanEnd,
      area,
      project: null,
      task: null,
      projectCount: kept.length,
      marker: null,
    });
    if (!areaOpen) return;
    kept.forEach(({ project, tasks }, projectPos) => {
      const pKey = projectKey(project.id);
      const projectOpen = isExpanded(expand, pKey);
      const projectIndex = rows.length;
      rows.push({
        key: pKey,
        kind: 'project',
        id: project.id,
        level: 2,
        name: project.name,
        lang: project.lang,
        parentIndex: areaIndex,
        posinset: projectPos + 1,
        setsize: kept.length,
        expandable: tasks.length > 0,
        expanded: tasks.length > 0 && projectOpen,
        startDay: project.starts_on ? parseDay(project.starts_on) : null,
        endDay: project.ends_on ? parseDay(project.ends_on) : null,
        area,
        project,
        task: null,
        projectCount: 0,
        marker: null,
      });
      if (!projectOpen) return;
      tasks.forEach((task, taskPos) => {
        const due = task.due_on ? parseDay(task.due_on) : null;
        rows.push({
          key: `t:${task.id}`,
          kind: 'task',
          id: task.id,
          level: 3,
          name: task.title,
          lang: task.lang,
          parentIndex: projectIndex,
          posinset: taskPos + 1,
          setsize: tasks.length,
          expandable: false,
          expanded: false,
          startDay: due,
          endDay: due,
          area,
          project,
          task,
          projectCount: 0,
          marker: taskMarker(task, today),
        });
      });
    });
  });

  return { rows, projectCount: projectTotal, filtered };
}
