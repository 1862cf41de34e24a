import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { stages, type Stage } from '@/lib/domain';
import { scheduleStates, type AreaFigures } from './summary';
import type { DashboardT } from './strings';
import type { ScheduleState } from './types';

const stageOrder: readonly Stage[] = stages;

// Colours only support the words: every series has a legend label, every chart a table and a
// text summary. Shades differ in lightness too, so they stay apart in greyscale.
const stageColours: Record<Stage, string> = {
  not_started: '#c2c2c2',
  planning: '#7a9cd6',
  implementation: '#0000bf',
  completed: '#00005e',
};
const stateColours: Record<ScheduleState, string> = {
  on_schedule: '#00704a',
  late: '#b01038',
  not_pursued: '#767676',
  not_started: '#c2c2c2',
};

type SeriesKey = Stage | ScheduleState;

interface ChartSpec<K extends SeriesKey> {
  id: string;
  title: string;
  description: string;
  keys: readonly K[];
  colours: Record<K, string>;
  label: (key: K) => string;
  value: (area: AreaFigures, key: K) => number;
}

function areaName(area: AreaFigures, t: DashboardT): string {
  return area.name ?? t('otherProjects');
}

/** "Ruoka: 2 hanketta. Ei aloitettu 1, Suunnittelu 1." — the chart in one sentence per area. */
function areaSentence<K extends SeriesKey>(area: AreaFigures, spec: ChartSpec<K>, t: DashboardT) {
  const parts = spec.keys
    .filter((k) => spec.value(area, k) > 0)
    .map((k) => `${spec.label(k)} ${spec.value(area, k)}`)
    .join(', ');
  return t('areaSummary', {
    area: areaName(area, t),
    total: t('projects', { count: area.total }),
    parts,
  });
}

function StackedAreaChart<K extends SeriesKey>({
  areas,
  spec,
  t,
}: {
  areas: readonly AreaFigures[];
  spec: ChartSpec<K>;
  t: DashboardT;
}) {
  const rows = areas.map((a) => ({
    name: areaName(a, t),
    ...Object.fromEntries(spec.keys.map((k) => [k, spec.value(a, k)])),
  }));
  const height = Math.max(160, 48 * areas.length + 80);
  return (
    <figure className="dashboard-chart" aria-labelledby={`${spec.id}-title`}>
      <h3 id={`${spec.id}-title`}>{spec.title}</h3>
      <div
        role="img"
        aria-label={`${spec.title}. ${spec.description}`}
        className="dashboard-chart__canvas"
      >
        <ResponsiveContainer width="100%" height={height}>
          <BarChart data={rows} layout="vertical" margin={{ left: 16, right: 16 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} />
            <YAxis type="category" dataKey="name" width={180} />
            <Tooltip />
            <Legend />
            {spec.keys.map((k) => (
              <Bar
                key={k}
                dataKey={k}
                name={spec.label(k)}
                stackId="total"
                fill={spec.colours[k]}
                stroke="#fff"
                isAnimationActive={false}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <ul className="dashboard-chart__summary">
          {areas.map((a) => (
            <li key={a.id ?? 'other'}>{areaSentence(a, spec, t)}</li>
          ))}
        </ul>
      </figcaption>
      <div className="table-scroll">
        <table className="dashboard-table">
          <caption>
            {spec.title} — {t('chartTable')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('growthArea')}</th>
              {spec.keys.map((k) => (
                <th scope="col" key={k}>
                  {spec.label(k)}
                </th>
              ))}
              <th scope="col">{t('total')}</th>
            </tr>
          </thead>
          <tbody>
            {areas.map((a) => (
              <tr key={a.id ?? 'other'}>
                <th scope="row">{areaName(a, t)}</th>
                {spec.keys.map((k) => (
                  <td key={k}>{spec.value(a, k)}</td>
                ))}
                <td>{a.total}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Per growth area: stacked stage bars and stacked schedule status bars, each with its table. */
export function AreaCharts({ areas, t }: { areas: readonly AreaFigures[]; t: DashboardT }) {
  if (areas.length === 0) return <p>{t('noProjects')}</p>;
  const stageSpec: ChartSpec<Stage> = {
    id: 'dashboard-stage-chart',
    title: t('stageChartTitle'),
    description: t('stageChartDescription'),
    keys: stageOrder,
    colours: stageColours,
    label: (k) => t(`stage_${k}`),
    value: (a, k) => a.stages[k],
  };
  const stateSpec: ChartSpec<ScheduleState> = {
    id: 'dashboard-status-chart',
    title: t('statusChartTitle'),
    description: t('statusChartDescription'),
    keys: scheduleStates,
    colours: stateColours,
    label: (k) => t(`state_${k}`),
    value: (a, k) => a.states[k],
  };
  return (
    <div className="dashboard-charts">
      <StackedAreaChart areas={areas} spec={stageSpec} t={t} />
      <StackedAreaChart areas={areas} spec={stateSpec} t={t} />
    </div>
  );
}
