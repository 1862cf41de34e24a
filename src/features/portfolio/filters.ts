import { searchText } from '@/lib/translated';
import { isScheduleStatus, isStage, type ScheduleStatus, type Stage } from '@/lib/domain';
import type { GrowthAreaSummary, ProjectCardData } from './queries';

/** The portfolio's filters, kept in the URL so that a link reproduces the view. */
export interface PortfolioFilters {
  /** A growth area slug, 'other' for the "other projects" portfolio, or null for all. */
  area: string | null;
  stage: Stage | null;
  status: ScheduleStatus | null;
  text: string;
}

export const OTHER_AREA = 'other';

export function parseFilters(params: URLSearchParams): PortfolioFilters {
  const stage = params.get('stage');
  const status = params.get('status');
  return {
    area: params.get('area') || null,
    stage: isStage(stage) ? stage : null,
    status: isScheduleStatus(status) ? status : null,
    text: params.get('q') ?? '',
  };
}

/** Writes the filters into a copy of `params`, leaving other parameters (programme) alone. */
export function writeFilters(params: URLSearchParams, filters: PortfolioFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => {
    if (value) next.set(key, value);
    else next.delete(key);
  };
  set('area', filters.area);
  set('stage', filters.stage);
  set('status', filters.status);
  set('q', filters.text.trim() ? filters.text : null);
  return next;
}

export function hasFilters(filters: PortfolioFilters): boolean {
  return !!(filters.area || filters.stage || filters.status || filters.text.trim());
}

const normalise = (s: string) => s.toLocaleLowerCase('fi').normalize('NFKD');

export function matchesFilters(
  project: ProjectCardData,
  filters: PortfolioFilters,
  areas: GrowthAreaSummary[],
): boolean {
  if (filters.area) {
    const areaSlug = areas.find((a) => a.id === project.growth_area_id)?.slug ?? OTHER_AREA;
    if (areaSlug !== filters.area) return false;
  }
  if (filters.stage && project.stage !== filters.stage) return false;
  if (filters.status && project.status !== filters.status) return false;
  const text = filters.text.trim();
  // Every language's name matches, whatever the page is shown in.
  if (text && !normalise(searchText(project, 'name')).includes(normalise(text))) return false;
  return true;
}
