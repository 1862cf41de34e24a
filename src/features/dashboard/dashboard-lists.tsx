import { useEffect, useRef, useState } from 'react';
import { csvBlob, csvFileName, toCsv } from './csv';
import {
  deadlineColumnsFor,
  endingColumns,
  fundingColumns,
  lateColumns,
  staleColumns,
  statusDueColumns,
  type Column,
} from './dashboard-columns';
import type { DashboardSummary } from './summary';
import type { Language } from '@/lib/language';
import type { DashboardT } from './strings';
import type {
  DashboardDeadline,
  DashboardFunding,
  DashboardProject,
  DashboardStatusDue,
} from './types';
import { saveFile } from '@/lib/download';

/** Saves a file in the browser; tests pass their own. */
export type Download = (fileName: string, blob: Blob) => void;

const browserDownload: Download = (fileName, blob) => saveFile(blob, fileName);

export function listCsv<Row>(columns: readonly Column<Row>[], rows: readonly Row[], t: DashboardT) {
  return toCsv(
    columns.map((c) => t(c.header)),
    rows.map((r) => columns.map((c) => c.csv(r))),
  );
}

export function DashboardList<Row extends { id: string }>({
  id,
  title,
  empty,
  columns,
  rows,
  total,
  loadAll,
  t,
  today,
  download = browserDownload,
  focusOnShow = false,
}: {
  id: string;
  title: string;
  empty: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** How many rows there are in all; more than `rows` when the summary cut the list. */
  total?: number;
  /** Fetches the whole list for the export when `rows` is cut. */
  loadAll?: () => Promise<readonly Row[]>;
  t: DashboardT;
  today: string;
  download?: Download;
  /** Move focus to the list's heading when it appears (a list shown on request). */
  focusOnShow?: boolean;
}) {
  const [exporting, setExporting] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
  }, [focusOnShow]);
  const [failed, setFailed] = useState(false);
  const all = total ?? rows.length;
  const exportCsv = async () => {
    setFailed(false);
    setExporting(true);
    try {
      const data = all > rows.length && loadAll ? await loadAll() : rows;
      download(csvFileName(title, today), csvBlob(listCsv(columns, data, t)));
    } catch {
      setFailed(true);
    } finally {
      setExporting(false);
    }
  };
  return (
    <section className="dashboard-list" aria-labelledby={`${id}-title`}>
      <div className="dashboard-list__header">
        <h3 id={`${id}-title`} ref={headingRef} tabIndex={focusOnShow ? -1 : undefined}>
          {title} <span className="dashboard-list__count">({all})</span>
        </h3>
        <button
          type="button"
          className="button button--secondary button--small"
          aria-label={t('exportCsvLabel', { list: title })}
          disabled={rows.length === 0 || exporting}
          onClick={() => void exportCsv()}
        >
          {t('exportCsv')}
        </button>
      </div>
      {failed ? <p role="alert">{t('exportFailed')}</p> : null}
      {all > rows.length ? <p>{t('listCut', { shown: rows.length, count: all })}</p> : null}
      {rows.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="dashboard-table">
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col" className={c.numeric ? 'numeric' : undefined}>
                    {t(c.header)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  {columns.map((c) => (
                    <td key={c.header} className={c.numeric ? 'numeric' : undefined}>
                      {c.cell(r)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The lists of the dashboard, each with its CSV export. */
/** Whole-list fetchers for the CSV export of lists the summary cut. */
export interface ListLoaders {
  late: () => Promise<readonly DashboardProject[]>;
  overdue: () => Promise<readonly DashboardDeadline[]>;
  upcoming: () => Promise<readonly DashboardDeadline[]>;
  stale: () => Promise<readonly DashboardProject[]>;
  endingThisYear: () => Promise<readonly DashboardProject[]>;
  funding: () => Promise<readonly DashboardFunding[]>;
}

export function DashboardLists({
  summary,
  t,
  lang,
  today,
  download,
  loaders,
  statusDue,
}: {
  summary: DashboardSummary;
  t: DashboardT;
  lang: Language;
  today: string;
  download?: Download;
  loaders?: ListLoaders;
  /**
   * Projects whose status update is overdue; signed-in users only (undefined: not shown). Read on
   * request (`show`), so a dashboard load stays within its three API requests.
   */
  statusDue?: { rows?: readonly DashboardStatusDue[]; show: () => void };
}) {
  const common = { t, today, download };
  const h = summary.headline;
  // "Show the projects" replaces itself with the list: focus follows to the list's heading.
  const [statusDueAsked, setStatusDueAsked] = useState(false);
  return (
    <section aria-labelledby="dashboard-lists">
      <h2 id="dashboard-lists">{t('lists')}</h2>
      <DashboardList
        id="dashboard-late"
        title={t('lateHeading')}
        empty={t('lateEmpty')}
        columns={lateColumns(t, lang)}
        rows={summary.late}
        total={h.states.late}
        loadAll={loaders?.late}
        {...common}
      />
      <DashboardList
        id="dashboard-overdue"
        title={t('overdueHeading')}
        empty={t('overdueEmpty')}
        columns={deadlineColumnsFor('overdue', t, lang)}
        rows={summary.overdue}
        total={h.overdueTasks}
        loadAll={loaders?.overdue}
        {...common}
      />
      <DashboardList
        id="dashboard-upcoming"
        title={t('upcomingHeading')}
        empty={t('upcomingEmpty')}
        columns={deadlineColumnsFor('upcoming', t, lang)}
        rows={summary.upcoming}
        total={h.upcomingTasks}
        loadAll={loaders?.upcoming}
        {...common}
      />
      <DashboardList
        id="dashboard-stale"
        title={t('staleHeading')}
        empty={t('staleEmpty')}
        columns={staleColumns(t, lang)}
        rows={summary.stale}
        total={h.staleProjects}
        loadAll={loaders?.stale}
        {...common}
      />
      <DashboardList
        id="dashboard-ending"
        title={t('endingHeading')}
        empty={t('endingEmpty')}
        columns={endingColumns(t, lang)}
        rows={summary.endingThisYear}
        total={h.endingThisYear}
        loadAll={loaders?.endingThisYear}
        {...common}
      />
      <DashboardList
        id="dashboard-funding"
        title={t('fundingHeading')}
        empty={t('fundingEmpty')}
        columns={fundingColumns(t, lang)}
        rows={summary.funding}
        total={h.fundingAwaiting}
        loadAll={loaders?.funding}
        {...common}
      />
      {statusDue?.rows ? (
        <DashboardList
          id="dashboard-status-due"
          title={t('statusDueHeading')}
          empty={t('statusDueEmpty')}
          columns={statusDueColumns(t, lang)}
          rows={statusDue.rows}
          focusOnShow={statusDueAsked}
          {...common}
        />
      ) : statusDue ? (
        <section className="dashboard-list" aria-labelledby="dashboard-status-due-title">
          <div className="dashboard-list__header">
            <h3 id="dashboard-status-due-title">{t('statusDueHeading')}</h3>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                setStatusDueAsked(true);
                statusDue.show();
              }}
            >
              {t('statusDueShow')}
            </button>
          </div>
        </section>
      ) : null}
    </section>
  );
}
