import { localizedText, useContentLanguage } from '@/lib/translated';
import { useId } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { scheduleStatuses, stages, isScheduleStatus, isStage } from '@/lib/domain';
import { OTHER_AREA, hasFilters, type PortfolioFilters } from './filters';
import type { GrowthAreaSummary } from './queries';

interface Props {
  filters: PortfolioFilters;
  growthAreas: GrowthAreaSummary[];
  onChange: (filters: PortfolioFilters) => void;
}

/** Filters by growth area, stage, schedule status and name; every change goes to the URL. */
export function PortfolioFiltersForm({ filters, growthAreas, onChange }: Props) {
  const { t } = useTranslation();
  const content = useContentLanguage();
  const id = useId();
  return (
    <form
      className="filters"
      role="search"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => e.preventDefault()}
    >
      <h2 id={`${id}-heading`} className="filters__heading">
        {t('filters.heading')}
      </h2>
      <div className="filters__fields">
        <div className="field">
          <label htmlFor={`${id}-area`}>{t('filters.growthArea')}</label>
          <select
            id={`${id}-area`}
            value={filters.area ?? ''}
            onChange={(e) => onChange({ ...filters, area: e.target.value || null })}
          >
            <option value="">{t('filters.all')}</option>
            {growthAreas.map((a) => (
              <option key={a.id} value={a.slug}>
                {localizedText(a, 'name', content)}
              </option>
            ))}
            <option value={OTHER_AREA}>{t('filters.other')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-stage`}>{t('filters.stage')}</label>
          <select
            id={`${id}-stage`}
            value={filters.stage ?? ''}
            onChange={(e) =>
              onChange({ ...filters, stage: isStage(e.target.value) ? e.target.value : null })
            }
          >
            <option value="">{t('filters.all')}</option>
            {stages.map((s) => (
              <option key={s} value={s}>
                {t(`stage.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
          <select
            id={`${id}-status`}
            value={filters.status ?? ''}
            onChange={(e) =>
              onChange({
                ...filters,
                status: isScheduleStatus(e.target.value) ? e.target.value : null,
              })
            }
          >
            <option value="">{t('filters.all')}</option>
            {scheduleStatuses.map((s) => (
              <option key={s} value={s}>
                {t(`schedule.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('filters.text')}</label>
          <input
            id={`${id}-text`}
            type="search"
            value={filters.text}
            onChange={(e) => onChange({ ...filters, text: e.target.value })}
          />
        </div>
      </div>
      {hasFilters(filters) && (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange({ area: null, stage: null, status: null, text: '' })}
        >
          {t('portfolio.clearFilters')}
        </button>
      )}
    </form>
  );
}
