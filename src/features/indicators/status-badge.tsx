import type { IndicatorState } from './model';
import { useIndicatorT } from './texts';

const icons: Record<IndicatorState | 'unknown', string> = {
  on_track: '✓',
  behind: '!',
  no_recent_value: '?',
  unknown: '–',
};

const badgeClass: Record<IndicatorState | 'unknown', string> = {
  on_track: 'badge--on_schedule',
  behind: 'badge--late',
  no_recent_value: 'badge--draft',
  unknown: 'badge--neutral',
};

/** The status as words plus an icon; colour only supports them. */
export function IndicatorStatusBadge({ status }: { status: IndicatorState | null }) {
  const { t } = useIndicatorT();
  const key = status ?? 'unknown';
  return (
    <span className={`badge ${badgeClass[key]}`}>
      <span className="badge__icon" aria-hidden="true">
        {icons[key]}
      </span>
      {t(`status.${key}`)}
    </span>
  );
}
