import type { Json } from '@/types/database';

/**
 * The shapes the database returns for indicators (migrations 20260403000100/200), read
 * defensively: the database decides status, reason and drift; these types only carry them.
 */
export type IndicatorState = 'on_track' | 'behind' | 'no_recent_value';
export type ReasonKind =
  'on_track' | 'behind' | 'no_recent_value' | 'no_value' | 'no_baseline' | 'no_goal';
export type Direction = 'more_is_better' | 'less_is_better';
export type Cadence = 'monthly' | 'quarterly' | 'yearly';

/** indicator_status_at's reason: every key present, null where it does not apply. */
export interface IndicatorReason {
  kind: ReasonKind;
  latest_value: number | null;
  latest_on: string | null;
  expected_value: number | null;
  goal_value: number | null;
  goal_on: string | null;
  percent_off: number | null;
  side: 'below' | 'above' | 'on' | null;
  tolerance_percent: number | null;
  unit: string | null;
  decimals: number;
  direction: Direction;
  cadence: Cadence;
  due_on: string | null;
}

type JsonObject = { [key: string]: Json | undefined };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
    return Number(value);
  }
  return null;
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

const reasonKinds: ReasonKind[] = [
  'on_track',
  'behind',
  'no_recent_value',
  'no_value',
  'no_baseline',
  'no_goal',
];
const states: IndicatorState[] = ['on_track', 'behind', 'no_recent_value'];

export function parseState(value: unknown): IndicatorState | null {
  return typeof value === 'string' && (states as string[]).includes(value)
    ? (value as IndicatorState)
    : null;
}

export function parseReason(value: unknown): IndicatorReason | null {
  if (!isObject(value)) return null;
  const kind = oneOf<ReasonKind | 'unknown'>(value.kind, reasonKinds, 'unknown');
  if (kind === 'unknown') return null;
  const side = str(value.side);
  return {
    kind,
    latest_value: num(value.latest_value),
    latest_on: str(value.latest_on),
    expected_value: num(value.expected_value),
    goal_value: num(value.goal_value),
    goal_on: str(value.goal_on),
    percent_off: num(value.percent_off),
    side: side === 'below' || side === 'above' || side === 'on' ? side : null,
    tolerance_percent: num(value.tolerance_percent),
    unit: str(value.unit),
    decimals: num(value.decimals) ?? 0,
    direction: oneOf(value.direction, ['more_is_better', 'less_is_better'], 'more_is_better'),
    cadence: oneOf(value.cadence, ['monthly', 'quarterly', 'yearly'], 'yearly'),
    due_on: str(value.due_on),
  };
}

/** A row of the indicator_status view, as lists show it. */
export interface IndicatorListItem {
  id: string;
  /** Finnish; the Swedish and English names where translated (NULL = not translated). */
  name: string;
  name_sv: string | null;
  name_en: string | null;
  unit: string | null;
  decimals: number;
  published: boolean;
  status: IndicatorState | null;
  reason: IndicatorReason | null;
  latest_value: number | null;
  latest_on: string | null;
  goal_value: number | null;
  goal_on: string | null;
  scope_growth_area_id: string | null;
  project_id: string | null;
  /** The last (up to) 12 values, oldest first, for the small trend line. */
  recent: { measured_on: string; value: number }[];
  /** The leads (people) of the owning and contributing projects; only where the list asks. */
  leads: string[];
}

export interface StatusRow {
  id: string | null;
  name: string | null;
  name_sv?: string | null;
  name_en?: string | null;
  unit: string | null;
  decimals: number | null;
  published: boolean | null;
  status: string | null;
  reason: Json | null;
  latest_value: number | null;
  latest_on: string | null;
  goal_value: number | null;
  goal_on: string | null;
  scope_growth_area_id: string | null;
  project_id: string | null;
  recent_values: Json | null;
  lead_person_ids?: string[] | null;
}

export const statusColumns =
  'id, name, name_sv, name_en, unit, decimals, published, status, reason, latest_value, latest_on, goal_value, goal_on, scope_growth_area_id, project_id, recent_values';

/** The dashboard's lists also ask whose projects feed each indicator (the lead filter). */
export const attentionColumns = `${statusColumns}, lead_person_ids` as const;

export function toListItem(row: StatusRow): IndicatorListItem | null {
  if (!row.id || !row.name) return null;
  const recent = Array.isArray(row.recent_values) ? row.recent_values : [];
  return {
    id: row.id,
    name: row.name,
    name_sv: row.name_sv ?? null,
    name_en: row.name_en ?? null,
    unit: row.unit,
    decimals: row.decimals ?? 0,
    published: row.published ?? false,
    status: parseState(row.status),
    reason: parseReason(row.reason),
    latest_value: num(row.latest_value),
    latest_on: row.latest_on,
    goal_value: num(row.goal_value),
    goal_on: row.goal_on,
    scope_growth_area_id: row.scope_growth_area_id,
    project_id: row.project_id,
    recent: recent.flatMap((point) => {
      if (!isObject(point)) return [];
      const value = num(point.value);
      const on = str(point.measured_on);
      return value === null || !on ? [] : [{ measured_on: on, value }];
    }),
    leads: row.lead_person_ids ?? [],
  };
}

/** indicator_page(id): everything the indicator page shows, in one request. */
export interface IndicatorPageData {
  indicator: {
    id: string;
    name: string;
    name_sv: string | null;
    name_en: string | null;
    description: string | null;
    description_sv: string | null;
    description_en: string | null;
    unit: string | null;
    direction: Direction;
    decimals: number;
    source: string | null;
    cadence: Cadence;
    published: boolean;
    tolerance_percent: number;
    baseline_value: number | null;
    baseline_on: string | null;
    version: number;
  };
  scope: {
    programme: NamedRef | null;
    growth_area: (NamedRef & { color: string }) | null;
    project: NamedRef | null;
  };
  status: IndicatorState | null;
  reason: IndicatorReason | null;
  today: string;
  goals: { id: string; year: number; value: number; version: number }[];
  values: {
    id: string;
    measured_on: string;
    value: number;
    note: string | null;
    entered_by_name: string | null;
    version: number;
  }[];
  path: { on: string; value: number; kind: 'baseline' | 'goal' }[];
  projects: NamedRef[];
  can_enter_values: boolean;
  can_manage: boolean;
}

/** A programme, growth area or project the page names: Finnish, and the translations (null: none). */
export interface NamedRef {
  id: string;
  slug: string;
  name: string;
  name_sv: string | null;
  name_en: string | null;
}

/** A named reference with its translations checked (a translation that is not text is none). */
function named<T extends { id: string; slug: string; name: string }>(
  value: unknown,
  keys: (keyof T)[],
): (T & NamedRef) | null {
  const r = ref<T>(value, keys);
  if (!r || !isObject(value)) return null;
  return { ...r, name_sv: str(value.name_sv), name_en: str(value.name_en) };
}

function ref<T extends Record<string, unknown>>(value: unknown, keys: (keyof T)[]): T | null {
  if (!isObject(value)) return null;
  for (const key of keys) if (typeof value[key as string] !== 'string') return null;
  return value as unknown as T;
}

/** The function's jsonb, checked; null when the indicator is missing or not readable. */
export function parsePage(value: unknown): IndicatorPageData | null {
  if (!isObject(value) || !isObject(value.indicator)) return null;
  const i = value.indicator;
  const id = str(i.id);
  const name = str(i.name);
  if (!id || !name) return null;
  const scope = isObject(value.scope) ? value.scope : {};
  const list = (v: unknown) => (Array.isArray(v) ? v.filter(isObject) : []);
  return {
    indicator: {
      id,
      name,
      name_sv: str(i.name_sv),
      name_en: str(i.name_en),
      description: str(i.description),
      description_sv: str(i.description_sv),
      description_en: str(i.description_en),
      unit: str(i.unit),
      direction: oneOf(i.direction, ['more_is_better', 'less_is_better'], 'more_is_better'),
      decimals: num(i.decimals) ?? 0,
      source: str(i.source),
      cadence: oneOf(i.cadence, ['monthly', 'quarterly', 'yearly'], 'yearly'),
      published: i.published === true,
      tolerance_percent: num(i.tolerance_percent) ?? 5,
      baseline_value: num(i.baseline_value),
      baseline_on: str(i.baseline_on),
      version: num(i.version) ?? 1,
    },
    scope: {
      programme: named(scope.programme, ['id', 'slug', 'name']),
      growth_area: named<NamedRef & { color: string }>(scope.growth_area, ['id', 'slug', 'name']),
      project: named(scope.project, ['id', 'slug', 'name']),
    },
    status: parseState(value.status),
    reason: parseReason(value.reason),
    today: str(value.today) ?? '',
    goals: list(value.goals).flatMap((g) => {
      const year = num(g.year);
      const v = num(g.value);
      const gid = str(g.id);
      return year === null || v === null || !gid
        ? []
        : [{ id: gid, year, value: v, version: num(g.version) ?? 1 }];
    }),
    values: list(value.values).flatMap((v) => {
      const vid = str(v.id);
      const on = str(v.measured_on);
      const val = num(v.value);
      return !vid || !on || val === null
        ? []
        : [
            {
              id: vid,
              measured_on: on,
              value: val,
              note: str(v.note),
              entered_by_name: str(v.entered_by_name),
              version: num(v.version) ?? 1,
            },
          ];
    }),
    path: list(value.path).flatMap((k) => {
      const on = str(k.on);
      const v = num(k.value);
      return !on || v === null
        ? []
        : [{ on, value: v, kind: k.kind === 'goal' ? 'goal' : 'baseline' } as const];
    }),
    projects: list(value.projects).flatMap((p) => {
      const r = named(p, ['id', 'slug', 'name']);
      return r ? [r] : [];
    }),
    can_enter_values: value.can_enter_values === true,
    can_manage: value.can_manage === true,
  };
}

/** project_progress.drift_basis / growth_area_progress.drift_basis. */
export interface DriftBasis {
  kind: 'no_open_tasks' | 'no_moves' | 'no_delay' | 'drift';
  moves: number;
  median_days_moved: number | null;
  last_due_on: string | null;
  forecast_end_on: string | null;
  planned_end_on: string | null;
  days_after_planned_end: number | null;
}

export function parseDrift(value: unknown): DriftBasis | null {
  if (!isObject(value)) return null;
  const kind = oneOf<DriftBasis['kind'] | 'unknown'>(
    value.kind,
    ['no_open_tasks', 'no_moves', 'no_delay', 'drift'],
    'unknown',
  );
  if (kind === 'unknown') return null;
  return {
    kind,
    moves: num(value.moves) ?? 0,
    median_days_moved: num(value.median_days_moved),
    last_due_on: str(value.last_due_on),
    forecast_end_on: str(value.forecast_end_on),
    planned_end_on: str(value.planned_end_on),
    days_after_planned_end: num(value.days_after_planned_end),
  };
}

/** What the progress section shows of a project (project_progress) or growth area. */
export interface ProgressData {
  progress: number | null;
  manual: boolean;
  note: string | null;
  done: number;
  total: number;
  /** Growth areas: how many projects the mean is over. */
  projects: number | null;
  drift: DriftBasis | null;
}
