import { searchText } from '@/lib/translated';
import type { ExportData } from './queries';

/**
 * The dashboard's or the portfolio's filters as the export applies them, so the workbook holds
 * what the page shows: a growth area (its id, or OTHER for projects without one), the lead, the
 * stage, the schedule status and the name text. Undefined or null: not filtered.
 */
export interface ExportFilter {
  area?: string | null;
  lead?: string | null;
  stage?: string | null;
  status?: string | null;
  text?: string | null;
}

export const OTHER = 'other';

export function isFiltered(filter: ExportFilter | undefined): filter is ExportFilter {
  return !!filter && Object.values(filter).some((v) => typeof v === 'string' && v.trim() !== '');
}

const normalise = (s: string) => s.toLocaleLowerCase('fi').normalize('NFKD');

/**
 * The workbook's rows for the filter: the projects it matches and their tasks, contacts and
 * funding; indicator values of the chosen growth area's indicators and the programme-wide ones
 * (a lead, stage, status or text filter leaves the indicators as they are: they are not a
 * project's).
 */
export function filterExport(data: ExportData, filter: ExportFilter | undefined): ExportData {
  if (!isFiltered(filter)) return data;
  const text = filter.text?.trim() ? normalise(filter.text.trim()) : null;
  const keep = new Set(
    data.overview
      .filter(
        (o) =>
          (!filter.area ||
            (filter.area === OTHER
              ? o.growth_area_id === null
              : o.growth_area_id === filter.area)) &&
          (!filter.lead || o.lead_person_id === filter.lead) &&
          (!filter.stage || o.stage === filter.stage) &&
          (!filter.status || o.effective_schedule_status === filter.status) &&
          (!text || normalise(searchText(o, 'name')).includes(text)),
      )
      .flatMap((o) => (o.id ? [o.id] : [])),
  );
  const area = filter.area;
  return {
    projects: data.projects.filter((p) => keep.has(p.id)),
    overview: data.overview.filter((o) => o.id !== null && keep.has(o.id)),
    tasks: data.tasks.filter((t) => keep.has(t.project_id)),
    contacts: data.contacts.filter((c) => keep.has(c.project_id)),
    funding: data.funding.filter((f) => keep.has(f.project_id)),
    indicatorValues: area
      ? data.indicatorValues.filter(
          (v) =>
            v.indicator?.programme_id !== null ||
            (area === OTHER ? false : v.indicator?.growth_area_id === area) ||
            (v.indicator?.project_id != null && keep.has(v.indicator.project_id)),
        )
      : data.indicatorValues,
  };
}
