/**
 * Filters, zoom and expand state in the URL's search params, so a view can be shared as a link.
 */
import {
  SCHEDULE_STATUSES,
  STAGES,
  ZOOMS,
  type ExpandState,
  type ScheduleStatus,
  type Stage,
  type TimelineFilters,
  type Zoom,
} from './model';

function list(params: URLSearchParams, name: string): string[] {
  const raw = params.get(name);
  if (!raw) return [];
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** Filters, zoom and expand state as search params; defaults are left out so links stay short. */
export function toSearchParams(
  state: { filters: TimelineFilters; expand: ExpandState; zoom: Zoom },
  base?: URLSearchParams,
): URLSearchParams {
  const params = new URLSearchParams(base);
  const put = (name: string, values: readonly string[]) => {
    if (values.length) params.set(name, [...values].sort().join(','));
    else params.delete(name);
  };
  put('area', state.filters.growthAreaIds);
  put('stage', state.filters.stages);
  put('status', state.filters.scheduleStatuses);
  put('lead', state.filters.leadIds);
  const q = state.filters.text.trim();
  if (q) params.set('q', q);
  else params.delete('q');
  if (state.zoom !== 'fit') params.set('zoom', state.zoom);
  else params.delete('zoom');
  if (state.expand.all) params.set('expand', 'all');
  else params.delete('expand');
  put('toggle', [...state.expand.keys]);
  return params;
}

export function fromSearchParams(params: URLSearchParams): {
  filters: TimelineFilters;
  expand: ExpandState;
  zoom: Zoom;
} {
  const zoomParam = params.get('zoom') ?? 'fit';
  return {
    filters: {
      growthAreaIds: list(params, 'area'),
      stages: list(params, 'stage').filter((s): s is Stage => oneOf(STAGES, s)),
      scheduleStatuses: list(params, 'status').filter((s): s is ScheduleStatus =>
        oneOf(SCHEDULE_STATUSES, s),
      ),
      leadIds: list(params, 'lead'),
      text: params.get('q') ?? '',
    },
    expand: {
      all: params.get('expand') === 'all',
      keys: new Set(list(params, 'toggle').filter((k) => /^[ap]:/.test(k))),
    },
    zoom: oneOf(ZOOMS, zoomParam) ? zoomParam : 'fit',
  };
}
