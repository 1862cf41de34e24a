/**
 * The timeline page body: the chart (or, on request, the table; below 640 px, the agenda),
 * plus table toggle, SVG and PNG export and print. Everything the route needs comes in as props.
 * The table loads when it is asked for, the print view when the browser is idle (print-view.ts)
 * and the export code on the first export: the page's first download is the chart and the agenda.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { flushSync } from 'react-dom';
import { dayToIso, parseDay, todayDay } from './days';
import { createScale } from './scale';
import { buildRows, indexTimelineData } from './rows';
import { TimelineAgenda } from './timeline-agenda';
import { TimelineChart, type TimelineChartProps } from './timeline-chart';
import { TimelineFilters } from './timeline-filters';
import { printView } from './print-view';
import { createTimelineT } from './strings';

const loadTable = () => import('./timeline-table');
const TimelineTable = lazy(() => loadTable().then((m) => ({ default: m.TimelineTable })));

export interface TimelineViewProps extends TimelineChartProps {
  /** People who lead projects, for the lead filter (omit to hide it). */
  leads?: readonly { id: string; name: string }[];
}

/** Below 640 CSS px, the agenda. A 1280 px window at 200% zoom is 640 px: it keeps the chart
 *  and its zoom controls (WCAG 1.4.4); 1.4.10's 320 px gets the agenda. */
const NARROW_QUERY = '(max-width: 639.98px)';
/** Width the time axis gets in an export at the "fit" zoom. */
const EXPORT_FIT_WIDTH = 1600;

function subscribeNarrow(onChange: () => void): () => void {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isNarrow(): boolean {
  return (
    typeof window !== 'undefined' && !!window.matchMedia && window.matchMedia(NARROW_QUERY).matches
  );
}

export function TimelineView(props: TimelineViewProps) {
  const { leads: _leads, ...chartProps } = props;
  const { data, state, lang } = props;
  const t = useMemo(() => props.t ?? createTimelineT(lang), [props.t, lang]);
  const ctx = useMemo(() => ({ lang, t }), [lang, t]);
  const today = props.today ? parseDay(props.today) : todayDay();
  const [asTable, setAsTable] = useState(false);
  const [printing, setPrinting] = useState(false);
  const [paper, setPaper] = useState<'A4' | 'A3'>('A4');
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow, () => false);

  const [Print, setPrint] = useState(() => printView.get());
  useEffect(() => {
    if (Print) return;
    let live = true;
    const load = () =>
      printView.load().then(
        (view) => {
          if (live) setPrint(() => view);
        },
        () => {}, // tried again on Print
      );
    const idle = window.requestIdleCallback?.(load);
    const timer = idle === undefined ? setTimeout(load, 1) : undefined;
    return () => {
      live = false;
      if (idle !== undefined) window.cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, [Print]);

  useEffect(() => {
    // The print view is large, so it exists only between beforeprint and afterprint.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const print = useCallback(async () => {
    const view = await printView.load().catch(() => null);
    flushSync(() => {
      if (view) setPrint(() => view);
      setPrinting(true);
    });
    window.print();
  }, []);

  const exportView = useCallback(() => {
    const index = indexTimelineData(data, t('otherProjects'));
    const model = buildRows(index, state.filters, state.expand, today);
    const scale = createScale(index.domain, state.zoom, EXPORT_FIT_WIDTH);
    return { model, scale, name: `${t('title').toLowerCase()}-${dayToIso(today)}` };
  }, [data, state, today, t]);

  const [exportStatus, setExportStatus] = useState('');
  const [exportingPng, setExportingPng] = useState(false);

  // The export code loads on the first export, not with the page.
  const exportSvg = useCallback(async () => {
    setExportStatus('');
    try {
      const { buildTimelineSvg, downloadSvg } = await import('./export');
      const { model, scale, name } = exportView();
      const svg = buildTimelineSvg(model, scale, { ctx, title: t('title'), today });
      downloadSvg(svg, `${name}.svg`);
    } catch {
      setExportStatus(t('exportFailed'));
    }
  }, [exportView, ctx, t, today]);

  const exportPng = useCallback(async () => {
    setExportingPng(true);
    setExportStatus('');
    try {
      const { buildTimelineSvg, downloadBlob, planPng, svgToPng } = await import('./export');
      const { model, scale, name } = exportView();
      const plan = planPng(scale, model.rows.length);
      const svg = buildTimelineSvg(model, scale, {
        ctx,
        title: t('title'),
        today,
        maxRows: plan.rows,
        pixelRatio: plan.ratio,
      });
      downloadBlob(await svgToPng(svg, plan.width, plan.height), `${name}.png`);
    } catch {
      setExportStatus(t('exportFailed'));
    } finally {
      setExportingPng(false);
    }
  }, [exportView, ctx, t, today]);

  return (
    <div className="tl-view">
      <style>{`@page { size: ${paper} landscape; margin: 10mm; }`}</style>
      <div className="tl-toolbar tl-screen-only">
        <button
          type="button"
          className="tl-button"
          aria-pressed={asTable}
          onClick={() => setAsTable((v) => !v)}
          onPointerEnter={() => void loadTable().catch(() => null)}
          onFocus={() => void loadTable().catch(() => null)}
        >
          {t('showTable')}
        </button>
        <button type="button" className="tl-button" onClick={() => void exportSvg()}>
          {t('exportSvg')}
        </button>
        <button
          type="button"
          className="tl-button"
          aria-disabled={exportingPng}
          onClick={() => {
            if (!exportingPng) void exportPng();
          }}
        >
          {t('exportPng')}
        </button>
        <label>
          {t('paperSize')}{' '}
          <select value={paper} onChange={(e) => setPaper(e.target.value === 'A3' ? 'A3' : 'A4')}>
            <option value="A4">A4</option>
            <option value="A3">A3</option>
          </select>
        </label>
        <button type="button" className="tl-button" onClick={() => void print()}>
          {t('print')}
        </button>
      </div>
      <TimelineFilters
        filters={state.filters}
        onChange={(filters) => props.onStateChange({ ...state, filters })}
        growthAreas={data.growthAreas}
        leads={props.leads}
        t={t}
      />
      <div className="tl-screen-only">
        {narrow && !asTable ? (
          <TimelineAgenda
            data={data}
            filters={state.filters}
            lang={lang}
            t={t}
            today={dayToIso(today)}
            onOpenProject={props.onOpenProject}
          />
        ) : asTable ? (
          <Suspense fallback={null}>
            <TimelineTable
              data={data}
              filters={state.filters}
              lang={lang}
              t={t}
              today={dayToIso(today)}
              onOpenProject={props.onOpenProject}
            />
          </Suspense>
        ) : (
          <TimelineChart {...chartProps} t={t} />
        )}
      </div>
      <div role="status" className="tl-export-status tl-screen-only">
        {exportStatus}
      </div>
      {printing && Print ? (
        <Print data={data} state={state} ctx={ctx} today={today} title={t('title')} />
      ) : null}
    </div>
  );
}
