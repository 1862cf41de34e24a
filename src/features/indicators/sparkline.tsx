import { formatDate } from '@/lib/dates';
import type { Language } from '@/lib/language';
import { formatQuantity } from './wording';
import type { IndicatorT } from './texts';

const W = 96;
const H = 28;

/**
 * A small trend line of the latest values (plain SVG: the lists stay light, recharts loads only
 * with the indicator page). The values are read out in its label, so nothing is only drawn.
 */
export function Sparkline({
  points,
  unit,
  decimals,
  t,
  lang,
}: {
  points: readonly { measured_on: string; value: number }[];
  unit: string | null;
  decimals: number;
  t: IndicatorT;
  lang: Language;
}) {
  if (points.length === 0) return <span className="muted">{t('list.trendNone')}</span>;
  const values = points.map((p) => p.value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = points.length > 1 ? W / (points.length - 1) : 0;
  const coords = points.map((p, i) => ({
    x: points.length > 1 ? i * step : W / 2,
    y: H - 2 - ((p.value - min) / span) * (H - 4),
  }));
  const label = t('list.trend', {
    values: points
      .map(
        (p) =>
          `${formatDate(p.measured_on, lang)} ${formatQuantity(p.value, unit, decimals, lang)}`,
      )
      .join(', '),
  });
  const last = coords[coords.length - 1];
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      width={W}
      height={H}
      viewBox={`0 0 ${W} ${H}`}
    >
      <title>{label}</title>
      {coords.length > 1 ? (
        <polyline
          points={coords.map((c) => `${c.x.toFixed(1)},${c.y.toFixed(1)}`).join(' ')}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
      ) : null}
      {last ? <circle cx={last.x} cy={last.y} r="2.5" fill="currentColor" /> : null}
    </svg>
  );
}
