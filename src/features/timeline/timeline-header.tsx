/** The chart's column headers: the names column and the time axis with its ticks and today. */
import { HEADER_HEIGHT, NAME_COLUMN_WIDTH } from './geometry';
import type { TimelineLang, TimelineT } from './strings';
import type { TimelineWindow } from './window';

export function ChartHeader(props: {
  win: TimelineWindow;
  t: TimelineT;
  today: number;
  lang: TimelineLang;
}) {
  const { win, t } = props;
  return (
    <div
      role="rowgroup"
      className="tl-head"
      style={{ width: win.contentWidth, height: HEADER_HEIGHT }}
    >
      <div role="row" aria-rowindex={1} className="tl-head-row">
        <div role="columnheader" className="tl-name-head" style={{ width: NAME_COLUMN_WIDTH }}>
          {t('col_name')}
        </div>
        <div role="columnheader" className="tl-axis">
          <span className="tl-sr-only">{t('axisLabel')}</span>
          <div aria-hidden="true">
            {win.majorTicks.map((tick) => (
              <div
                key={tick.key}
                className="tl-tick tl-tick-major"
                style={{ left: NAME_COLUMN_WIDTH + tick.x, width: tick.width }}
              >
                <span className="tl-tick-label">{tick.label}</span>
              </div>
            ))}
            {win.minorTicks.map((tick) => (
              <div
                key={tick.key}
                className="tl-tick tl-tick-minor"
                style={{ left: NAME_COLUMN_WIDTH + tick.x, width: tick.width }}
              >
                {tick.width >= tick.label.length * 7 + 6 ? (
                  <span className="tl-tick-label">{tick.label}</span>
                ) : null}
              </div>
            ))}
            {win.todayX !== null ? (
              <span className="tl-today-label" style={{ left: NAME_COLUMN_WIDTH + win.todayX }}>
                {t('today')}
              </span>
            ) : null}
          </div>
        </div>
      </div>
    </div>
  );
}
