/**
 * Filters for the timeline: free text, growth area, stage, schedule status and lead. Controlled:
 * the route keeps them in the URL (`toSearchParams`), so a shared link opens the same view.
 */
import { useId } from 'react';
import {
  EMPTY_FILTERS,
  SCHEDULE_STATUSES,
  STAGES,
  type ScheduleStatus,
  type Stage,
  type TimelineFilters as Filters,
} from './model';
import type { TimelineT } from './strings';

export interface TimelineFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  growthAreas: readonly { id: string; name: string }[];
  /** People who lead projects; the lead filter is shown only when given. */
  leads?: readonly { id: string; name: string }[];
  t: TimelineT;
}

function one<T extends string>(values: readonly T[], value: string): T[] {
  return (values as readonly string[]).includes(value) ? [value as T] : [];
}

export function TimelineFilters({
  filters,
  onChange,
  growthAreas,
  leads,
  t,
}: TimelineFiltersProps) {
  const id = useId();
  const active =
    filters.text !== '' ||
    filters.growthAreaIds.length > 0 ||
    filters.stages.length > 0 ||
    filters.scheduleStatuses.length > 0 ||
    filters.leadIds.length > 0;
  return (
    <form
      role="search"
      aria-label={t('filtersLabel')}
      className="tl-filters tl-screen-only"
      onSubmit={(e) => e.preventDefault()}
    >
      <label htmlFor={`${id}-q`}>{t('filterText')}</label>
      <input
        id={`${id}-q`}
        type="search"
        value={filters.text}
        onChange={(e) => onChange({ ...filters, text: e.target.value })}
      />
      <label htmlFor={`${id}-area`}>{t('filterArea')}</label>
      <select
        id={`${id}-area`}
        value={filters.growthAreaIds[0] ?? ''}
        onChange={(e) =>
          onChange({ ...filters, growthAreaIds: e.target.value ? [e.target.value] : [] })
        }
      >
        <option value="">{t('filterAll')}</option>
        {growthAreas.map((area) => (
          <option key={area.id} value={area.id}>
            {area.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-stage`}>{t('filterStage')}</label>
      <select
        id={`${id}-stage`}
        value={filters.stages[0] ?? ''}
        onChange={(e) => onChange({ ...filters, stages: one<Stage>(STAGES, e.target.value) })}
      >
        <option value="">{t('filterAll')}</option>
        {STAGES.map((stage) => (
          <option key={stage} value={stage}>
            {t(`stage_${stage}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-status`}>{t('filterStatus')}</label>
      <select
        id={`${id}-status`}
        value={filters.scheduleStatuses[0] ?? ''}
        onChange={(e) =>
          onChange({
            ...filters,
            scheduleStatuses: one<ScheduleStatus>(SCHEDULE_STATUSES, e.target.value),
          })
        }
      >
        <option value="">{t('filterAll')}</option>
        {SCHEDULE_STATUSES.map((status) => (
          <option key={status} value={status}>
            {t(`status_${status}`)}
          </option>
        ))}
      </select>
      {leads && leads.length ? (
        <>
          <label htmlFor={`${id}-lead`}>{t('filterLead')}</label>
          <select
            id={`${id}-lead`}
            value={filters.leadIds[0] ?? ''}
            onChange={(e) =>
              onChange({ ...filters, leadIds: e.target.value ? [e.target.value] : [] })
            }
          >
            <option value="">{t('filterAll')}</option>
            {leads.map((lead) => (
              <option key={lead.id} value={lead.id}>
                {lead.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button
        type="button"
        className="tl-button"
        disabled={!active}
        onClick={() => onChange(EMPTY_FILTERS)}
      >
        {t('clearFilters')}
      </button>
    </form>
  );
}
