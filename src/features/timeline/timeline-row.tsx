/**
 * One treegrid row of the chart — the name cell and the time cell with its bar or milestone —
 * and the tooltip drawn under a row. Rows are memoised on what they draw (computeWindow makes
 * new objects every frame) and reuse DOM slots while the chart scrolls.
 */
import { memo, type PointerEvent } from 'react';
import { HEADER_HEIGHT, NAME_COLUMN_WIDTH, ROW_HEIGHT } from './geometry';
import type { TimelineRow } from './rows';
import type { VisibleRow } from './window';

export interface RowProps {
  vr: VisibleRow;
  active: boolean;
  activeCol: 0 | 1;
  editable: boolean;
  tooltipId: string | undefined;
  onFocusCell: (key: string, col: 0 | 1) => void;
  onToggle: (key: string) => void;
  onHover: (key: string, on: boolean) => void;
  onPointerDown: (e: PointerEvent<HTMLElement>, row: TimelineRow) => void;
  onPointerMove: (e: PointerEvent<HTMLElement>) => void;
  onPointerUp: (e: PointerEvent<HTMLElement>, row: TimelineRow) => void;
  onPointerCancel: () => void;
}

function sameBar(a: VisibleRow['bar'], b: VisibleRow['bar']): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.x === b.x &&
    a.width === b.width &&
    a.label.placement === b.label.placement &&
    a.label.x === b.label.x &&
    a.label.maxWidth === b.label.maxWidth &&
    a.label.text === b.label.text
  );
}

/** computeWindow makes new objects every frame; a row re-renders only if what it draws changed. */
function sameRowProps(a: RowProps, b: RowProps): boolean {
  return (
    a.vr.row === b.vr.row &&
    a.vr.index === b.vr.index &&
    a.vr.y === b.vr.y &&
    a.vr.itemInView === b.vr.itemInView &&
    a.vr.label === b.vr.label &&
    sameBar(a.vr.bar, b.vr.bar) &&
    (a.vr.milestone?.x ?? null) === (b.vr.milestone?.x ?? null) &&
    a.active === b.active &&
    a.activeCol === b.activeCol &&
    a.editable === b.editable &&
    a.tooltipId === b.tooltipId &&
    a.onFocusCell === b.onFocusCell &&
    a.onToggle === b.onToggle &&
    a.onHover === b.onHover &&
    a.onPointerDown === b.onPointerDown &&
    a.onPointerMove === b.onPointerMove &&
    a.onPointerUp === b.onPointerUp &&
    a.onPointerCancel === b.onPointerCancel
  );
}

export const ChartRow = memo(function ChartRow(props: RowProps) {
  const { vr, active, activeCol, editable, tooltipId } = props;
  const { row } = vr;
  const stage = row.project?.stage;
  const status = row.project?.schedule_status;
  const pointer = {
    onPointerDown: (e: PointerEvent<HTMLElement>) => props.onPointerDown(e, row),
    onPointerMove: props.onPointerMove,
    onPointerUp: (e: PointerEvent<HTMLElement>) => props.onPointerUp(e, row),
    onPointerCancel: props.onPointerCancel,
    onPointerEnter: () => props.onHover(row.key, true),
    onPointerLeave: () => props.onHover(row.key, false),
  };
  return (
    <div
      role="row"
      className={`tl-row tl-row-${row.kind}`}
      aria-rowindex={vr.index + 2}
      aria-level={row.level}
      aria-posinset={row.posinset}
      aria-setsize={row.setsize}
      aria-expanded={row.expandable ? row.expanded : undefined}
      tabIndex={active && activeCol === 0 ? 0 : -1}
      data-focus-key={`${row.key}:0`}
      onFocus={(e) => {
        if (e.target === e.currentTarget) props.onFocusCell(row.key, 0);
      }}
      style={{ top: HEADER_HEIGHT + vr.y, height: ROW_HEIGHT }}
    >
      <div
        role="gridcell"
        className="tl-name"
        style={{
          width: NAME_COLUMN_WIDTH,
          paddingLeft: 8 + (row.level - 1) * 18 + (row.expandable ? 0 : 18),
        }}
      >
        {row.expandable ? (
          <span className="tl-twisty" aria-hidden="true" onClick={() => props.onToggle(row.key)}>
            {row.expanded ? '▾' : '▸'}
          </span>
        ) : null}
        {row.area.color && row.kind === 'area' ? (
          <span className="tl-swatch" aria-hidden="true" style={{ background: row.area.color }} />
        ) : null}
        <span className="tl-name-text" lang={row.lang}>
          {row.name}
        </span>
      </div>
      <div
        role="gridcell"
        className="tl-cell"
        aria-label={vr.label}
        aria-describedby={tooltipId}
        tabIndex={active && activeCol === 1 ? 0 : -1}
        data-focus-key={`${row.key}:1`}
        onFocus={() => props.onFocusCell(row.key, 1)}
      >
        {vr.bar && vr.itemInView ? (
          <div
            className={[
              'tl-bar',
              `tl-bar-${row.kind}`,
              stage ? `tl-stage-${stage}` : '',
              status ? `tl-status-${status}` : '',
              editable ? 'tl-editable' : '',
            ].join(' ')}
            style={{ left: NAME_COLUMN_WIDTH + vr.bar.x, width: vr.bar.width }}
            {...pointer}
          >
            {row.project?.progress != null ? (
              <span
                className="tl-progress"
                aria-hidden="true"
                style={{ width: `${Math.round(row.project.progress)}%` }}
              />
            ) : null}
            {status === 'late' ? (
              <span className="tl-late-flag" aria-hidden="true">
                !
              </span>
            ) : null}
            {editable ? <span className="tl-grip tl-grip-start" aria-hidden="true" /> : null}
            {editable ? <span className="tl-grip tl-grip-end" aria-hidden="true" /> : null}
          </div>
        ) : null}
        {vr.bar && vr.itemInView && vr.bar.label.placement !== 'none' ? (
          <span
            className={`tl-bar-label tl-label-${vr.bar.label.placement}`}
            aria-hidden="true"
            style={{
              left: NAME_COLUMN_WIDTH + vr.bar.label.x,
              maxWidth: vr.bar.label.maxWidth + 2,
            }}
          >
            {vr.bar.label.text}
          </span>
        ) : null}
        {vr.milestone && vr.itemInView && row.marker ? (
          <div
            className={[
              'tl-marker',
              `tl-marker-${row.marker}`,
              row.task?.is_milestone ? 'tl-milestone' : 'tl-task-dot',
              editable ? 'tl-editable' : '',
            ].join(' ')}
            style={{ left: NAME_COLUMN_WIDTH + vr.milestone.x }}
            {...pointer}
          >
            <span className="tl-marker-glyph" aria-hidden="true">
              {MARKER_GLYPH[row.marker]}
            </span>
          </div>
        ) : null}
      </div>
    </div>
  );
}, sameRowProps);

/** Rows reuse DOM slots (index modulo the number of rows the window holds) so scrolling
 *  updates nodes in place instead of unmounting and mounting them. The focus-holding row always
 *  keeps its slot (a row that would share it gets a key of its own), so it is never remounted
 *  and never loses focus. */
export function slotKey(index: number, activeIndex: number, rowKey: string, slots: number): string {
  const slot = index % slots;
  return index !== activeIndex && slot === activeIndex % slots ? `k${rowKey}` : `s${slot}`;
}

const MARKER_GLYPH = { done: '✓', late: '!', open: '', cancelled: '×' } as const;

export function ChartTooltip(props: { id: string; vr: VisibleRow; lines: string[] }) {
  const { vr } = props;
  const x = vr.bar ? Math.max(vr.bar.x, 0) : (vr.milestone?.x ?? 0);
  return (
    <div
      id={props.id}
      role="tooltip"
      className="tl-tooltip"
      style={{ left: NAME_COLUMN_WIDTH + x, top: HEADER_HEIGHT + vr.y + ROW_HEIGHT }}
    >
      {props.lines.map((line, i) => (
        <div key={i} className={i === 0 ? 'tl-tooltip-title' : undefined}>
          {line}
        </div>
      ))}
    </div>
  );
}
