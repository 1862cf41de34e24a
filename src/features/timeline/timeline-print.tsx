/**
 * The printed timeline: every row the filters and expand state leave, the whole time range
 * scaled to the paper's width (positions in percent, so A4 and A3 both fit), the header
 * repeated on each page, rows never split, and a date stamp. Rendered only while printing.
 */
import { useMemo } from 'react';
import { formatDay } from './days';
import { nextUnit } from './scale';
import { buildRows, indexTimelineData } from './rows';
import { fullLabel, type LabelContext } from './labels';
import type { TimelineData, TimelineViewState } from './model';

export interface TimelinePrintProps {
  data: TimelineData;
  state: TimelineViewState;
  ctx: LabelContext;
  today: number;
  title: string;
}

const STAGE_PRINT_FILL = {
  not_started: '#ffffff',
  planning: '#93c5fd',
  implementation: '#047857',
  completed: '#9ca3af',
} as const;

export function TimelinePrint({ data, state, ctx, today, title }: TimelinePrintProps) {
  const { index, rows } = useMemo(() => {
    const idx = indexTimelineData(data, ctx.t('otherProjects'));
    return { index: idx, rows: buildRows(idx, state.filters, state.expand, today).rows };
  }, [data, state.filters, state.expand, today, ctx]);
  const { startDay, endDay } = index.domain;
  const days = endDay - startDay + 1;
  const pct = (day: number) => `${(((day - startDay) / days) * 100).toFixed(3)}%`;
  const years: number[] = [];
  for (let d = startDay; d <= endDay; d = nextUnit('year', d)) years.push(d);

  return (
    <div className="tl-print">
      <p>
        <strong>{title}</strong> — {ctx.t('printedOn', { date: formatDay(today, ctx.lang, ctx.t) })}
      </p>
      <table>
        <thead>
          <tr>
            <th className="tl-print-name" scope="col">
              {ctx.t('col_name')}
            </th>
            <th scope="col">
              <div className="tl-print-track">
                {years.map((d) => (
                  <span key={d} className="tl-print-year" style={{ left: pct(d) }}>
                    {new Date(d * 86_400_000).getUTCFullYear()}
                  </span>
                ))}
              </div>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th
                scope="row"
                className="tl-print-name"
                style={{ paddingLeft: 4 + (row.level - 1) * 10 }}
              >
                <span lang={row.lang}>{row.name}</span>
                {row.project && row.kind === 'project'
                  ? ` — ${ctx.t(`stage_${row.project.stage}`)}${
                      row.project.schedule_status === 'on_schedule'
                        ? ''
                        : `, ${ctx.t(`status_${row.project.schedule_status}`)}`
                    }`
                  : ''}
                {row.marker === 'late' ? ` — ${ctx.t('taskLate')}` : ''}
              </th>
              <td>
                <div className="tl-print-track" title={fullLabel(row, ctx)}>
                  {row.kind !== 'task' && row.startDay !== null && row.endDay !== null ? (
                    <span
                      className="tl-print-bar"
                      style={{
                        left: pct(row.startDay),
                        width: pct(startDay + row.endDay - row.startDay + 1),
                        background: row.project ? STAGE_PRINT_FILL[row.project.stage] : '#333333',
                      }}
                    />
                  ) : null}
                  {row.kind === 'task' && row.startDay !== null ? (
                    <span
                      className="tl-print-marker"
                      style={{
                        left: pct(row.startDay),
                        background: row.marker === 'done' ? '#000000' : '#ffffff',
                      }}
                    />
                  ) : null}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
