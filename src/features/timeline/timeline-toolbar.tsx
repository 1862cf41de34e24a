/** The chart's toolbar: zoom levels, fit all, today, expand and collapse all, and undo. */
import { ZOOMS, type Zoom } from './model';
import type { TimelineT } from './strings';

export function ChartToolbar(props: {
  t: TimelineT;
  zoom: Zoom;
  onZoom: (zoom: Zoom) => void;
  onToday: () => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  /** Shown only where the chart can reschedule; `last` labels the change undo would revert. */
  undo?: { last: string | undefined; onUndo: () => void };
}) {
  const { t, zoom, undo } = props;
  return (
    <div className="tl-toolbar" role="toolbar" aria-label={t('title')}>
      <div className="tl-toolbar-group" role="group" aria-label={t('zoomLabel')}>
        {ZOOMS.filter((z) => z !== 'fit').map((z) => (
          <button
            key={z}
            type="button"
            className="tl-button"
            aria-pressed={zoom === z}
            onClick={() => props.onZoom(z)}
          >
            {t(`zoom_${z}`)}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="tl-button"
        aria-pressed={zoom === 'fit'}
        onClick={() => props.onZoom('fit')}
      >
        {t('zoom_fit')}
      </button>
      <button type="button" className="tl-button" onClick={props.onToday}>
        {t('today')}
      </button>
      <button type="button" className="tl-button" onClick={props.onExpandAll}>
        {t('expandAll')}
      </button>
      <button type="button" className="tl-button" onClick={props.onCollapseAll}>
        {t('collapseAll')}
      </button>
      {undo ? (
        <button
          type="button"
          className="tl-button"
          disabled={undo.last === undefined}
          aria-label={undo.last !== undefined ? t('undoLabel', { name: undo.last }) : undefined}
          onClick={undo.onUndo}
        >
          {t('undo')}
        </button>
      ) : null}
    </div>
  );
}
