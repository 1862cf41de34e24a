import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatDate } from '@/lib/dates';
import { localize } from '@/lib/translated';
import type { IndicatorPageData } from './model';
import { useIndicatorT } from './texts';
import { formatQuantity } from './wording';

const time = (iso: string) => new Date(`${iso}T00:00:00`).getTime();

// Colours only support the words: the series differ by line style and marker too, and the
// table below holds the same numbers.
const colours = { values: '#0000bf', path: '#595959', goals: '#b01038' };

/**
 * Values against the expected path (baseline → each year's goal at 31.12, as the status
 * function draws it) and the yearly goals. The table beside it is the accessible equivalent.
 */
export function IndicatorChart({ page }: { page: IndicatorPageData }) {
  const { t, lang } = useIndicatorT();
  const { indicator } = page;
  const values = page.values.map((v) => ({ x: time(v.measured_on), y: v.value }));
  const path = page.path.map((k) => ({ x: time(k.on), y: k.value }));
  const goals = page.path
    .filter((k) => k.kind === 'goal')
    .map((k) => ({ x: time(k.on), y: k.value }));
  const xs = [...values, ...path].map((p) => p.x);
  if (xs.length === 0) return null;
  const q = (v: number) => formatQuantity(v, indicator.unit, indicator.decimals, lang);
  const d = (x: number) => formatDate(new Date(x), lang);
  return (
    <div
      className="indicator-chart"
      role="img"
      aria-label={t('chart.label', {
        name: localize(indicator, 'name', lang)?.text ?? indicator.name,
      })}
    >
      <ResponsiveContainer width="100%" height={320}>
        <ComposedChart margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="x"
            type="number"
            scale="time"
            domain={[Math.min(...xs), Math.max(...xs)]}
            tickFormatter={d}
          />
          <YAxis dataKey="y" tickFormatter={(v: number) => q(v)} width={88} />
          <Tooltip labelFormatter={(x) => d(Number(x))} formatter={(v) => q(Number(v))} />
          <Legend />
          <Line
            data={path}
            dataKey="y"
            name={t('chart.path')}
            stroke={colours.path}
            strokeDasharray="6 4"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            data={values}
            dataKey="y"
            name={t('chart.values')}
            stroke={colours.values}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Scatter
            data={goals}
            dataKey="y"
            name={t('chart.goals')}
            fill={colours.goals}
            shape="diamond"
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
