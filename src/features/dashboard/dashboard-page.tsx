import { translator } from '@/lib/translator';
import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, useSearchParams } from 'react-router';
import { BaselineReview, canReadBaselines } from '@/features/baselines/public';
import { Loading } from '@/components/loading';
import { PageTitle } from '@/components/page-title';
import { formatDate, todayIso } from '@/lib/dates';
import { loadReportTexts } from '@/lib/report-texts';
import { isDirector, useAccess } from '@/lib/session';
import { TranslationCoverage } from './translation-coverage';
import { DashboardLists, type Download, type ListLoaders } from './dashboard-lists';
import { HeadlineFigures } from './figures';
import {
  dashboardQueries,
  fetchAllDeadlines,
  fetchAllFunding,
  fetchAllProjects,
  loadDashboard,
} from './queries';
import { ReviewMode } from './review-mode';
import type { Language } from '@/lib/language';
import type { DashboardStatusDue } from './types';
import { useDashboardT, type DashboardT } from './strings';
import {
  OTHER_AREA,
  parseDashboardFilters,
  writeDashboardFilters,
  type DashboardFilters,
  type DashboardSummary,
  type FilterOptions,
} from './summary';
import './dashboard.css';

export { prefetchDashboardLists } from './queries';

// The charts (recharts, the largest part of the page's code) load after the figures: the
// headline does not wait for them to download and compile.
const AreaCharts = lazy(() => import('./area-charts').then((m) => ({ default: m.AreaCharts })));

/**
 * For the route: `loader: dashboardLoader(queryClient)` waits for the figures (and the report
 * links' texts, fetched meanwhile); the route then asks for the lists (prefetchDashboardLists).
 */
export function dashboardLoader(queryClient: QueryClient) {
  return async ({ request }: { request: Request }) => {
    const [result] = await Promise.all([
      loadDashboard(queryClient, new URL(request.url)),
      loadReportTexts(translator),
    ]);
    return result;
  };
}

function Filters({
  options,
  filters,
  onChange,
  t,
}: {
  options: FilterOptions;
  filters: DashboardFilters;
  onChange: (filters: DashboardFilters) => void;
  t: DashboardT;
}) {
  const areaId = useId();
  const leadId = useId();
  return (
    <form
      className="dashboard-filters"
      aria-label={t('filters')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div>
        <label htmlFor={areaId}>{t('filterArea')}</label>
        <select
          id={areaId}
          value={filters.area ?? ''}
          onChange={(e) => onChange({ ...filters, area: e.target.value || null })}
        >
          <option value="">{t('allAreas')}</option>
          {options.areas.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
          {options.hasOther ? <option value={OTHER_AREA}>{t('otherProjects')}</option> : null}
        </select>
      </div>
      <div>
        <label htmlFor={leadId}>{t('filterLead')}</label>
        <select
          id={leadId}
          value={filters.lead ?? ''}
          onChange={(e) => onChange({ ...filters, lead: e.target.value || null })}
        >
          <option value="">{t('allLeads')}</option>
          {options.leads.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      {filters.area || filters.lead ? (
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => onChange({ area: null, lead: null })}
        >
          {t('clearFilters')}
        </button>
      ) : null}
    </form>
  );
}

/**
 * Everything below the title, given the data: testable without a network. `listsLoading`: the
 * lists have not come yet (the figures have); `listsFailed`: they could not be read.
 */
export function DashboardView({
  summary,
  listsLoading = false,
  listsFailed = false,
  filters,
  onFiltersChange,
  t,
  lang,
  today,
  signedIn,
  review,
  download,
  loaders,
  statusDue,
  indicators,
}: {
  summary: DashboardSummary;
  listsLoading?: boolean;
  listsFailed?: boolean;
  filters: DashboardFilters;
  onFiltersChange: (filters: DashboardFilters) => void;
  t: DashboardT;
  lang: Language;
  today: string;
  signedIn: boolean;
  review?: ReactNode;
  download?: Download;
  loaders?: ListLoaders;
  statusDue?: { rows?: readonly DashboardStatusDue[]; show: () => void };
  /** Indicators behind and without a recent value (the indicators feature, lazy). */
  indicators?: ReactNode;
}) {
  return (
    <>
      <p>{t('intro')}</p>
      <p className="dashboard-asof">{t('asOf', { date: formatDate(today, lang) })}</p>
      {signedIn ? null : <p>{t('publicNote')}</p>}
      <Filters options={summary.options} filters={filters} onChange={onFiltersChange} t={t} />
      <HeadlineFigures headline={summary.headline} t={t} />
      <section aria-labelledby="dashboard-areas">
        <h2 id="dashboard-areas">{t('areasHeading')}</h2>
        <Suspense fallback={<Loading />}>
          <AreaCharts areas={summary.areas} t={t} />
        </Suspense>
      </section>
      {listsLoading || listsFailed ? (
        <section aria-labelledby="dashboard-lists">
          <h2 id="dashboard-lists">{t('lists')}</h2>
          {listsFailed ? <p role="alert">{t('loadFailed')}</p> : <Loading />}
        </section>
      ) : (
        <DashboardLists
          summary={summary}
          t={t}
          lang={lang}
          today={today}
          download={download}
          loaders={loaders}
          statusDue={statusDue}
        />
      )}
      {indicators}
      {review}
    </>
  );
}

/** To the board report (everyone: it shows what the reader may see) and the baselines. */
function ReportLinks({ baselines }: { baselines: boolean }) {
  const { t } = useTranslation('reports');
  return (
    <ul className="dashboard-links">
      <li>
        <Link to="/report">{t('report.open')}</Link>
      </li>
      {baselines ? (
        <li>
          <Link to="/baselines">{t('baselines.manage')}</Link>
        </li>
      ) : null}
    </ul>
  );
}

/** The /dashboard page: headline figures, charts per growth area, lists and review mode. */
/** `actions`: buttons under the heading (the route adds the Excel export for signed-in users). */
export function DashboardPage({
  actions,
  indicators,
}: { actions?: ReactNode; indicators?: ReactNode } = {}) {
  const { t, lang } = useDashboardT();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseDashboardFilters(params), [params]);
  const { data: figures } = useSuspenseQuery(dashboardQueries.summary(filters));
  // The lists come second (the loader asked for them after the figures): shown when they come.
  const lists = useQuery(dashboardQueries.lists(filters));
  const summary = useMemo<DashboardSummary>(
    () =>
      lists.data
        ? {
            ...figures,
            late: lists.data.late,
            overdue: lists.data.overdue,
            upcoming: lists.data.upcoming,
            stale: lists.data.stale,
            endingThisYear: lists.data.endingThisYear,
            funding: lists.data.funding,
          }
        : figures,
    [figures, lists.data],
  );
  const loaders = useMemo<ListLoaders>(
    () => ({
      overdue: () => fetchAllDeadlines('overdue', filters),
      upcoming: () => fetchAllDeadlines('upcoming', filters),
      late: () => fetchAllProjects('late', filters),
      stale: () => fetchAllProjects('stale', filters),
      endingThisYear: () => fetchAllProjects('endingThisYear', filters),
      funding: () => fetchAllFunding(filters),
    }),
    [filters],
  );
  const access = useAccess();
  const userId = access?.userId ?? null;
  const reviewOpen = params.has('review');
  // Signed-in users only (the view has no anonymous grant), read when asked for: a dashboard
  // load stays within its three API requests (summary, late projects, indicators).
  const [statusDueAsked, setStatusDueAsked] = useState(false);
  const statusDue = useQuery({
    ...dashboardQueries.statusDue(filters),
    enabled: userId !== null && statusDueAsked,
  });

  const update = (next: URLSearchParams) =>
    setParams(next, { replace: true, preventScrollReset: true });
  const setReview = (open: boolean, day: string | null = params.get('since')) => {
    const next = new URLSearchParams(params);
    if (open) next.set('review', '1');
    else next.delete('review');
    if (open && day) next.set('since', day);
    else next.delete('since');
    update(next);
  };

  const review =
    userId && isDirector(access) ? (
      <section aria-labelledby="dashboard-review">
        <h2 id="dashboard-review">{t('reviewHeading')}</h2>
        <button
          type="button"
          className="button button--secondary"
          aria-expanded={reviewOpen}
          onClick={() => setReview(!reviewOpen)}
        >
          {reviewOpen ? t('reviewClose') : t('reviewOpen')}
        </button>
        {reviewOpen ? (
          <ReviewMode
            userId={userId}
            chosenDay={params.get('since')}
            onChooseDay={(day) => setReview(true, day)}
            t={t}
            lang={lang}
          />
        ) : null}
        {reviewOpen ? <BaselineReview /> : null}
        <TranslationCoverage />
      </section>
    ) : null;

  return (
    <section className="dashboard">
      <PageTitle title={t('title')} />
      <h1>{t('title')}</h1>
      {actions ? <div className="button-row">{actions}</div> : null}
      <ReportLinks baselines={canReadBaselines(access)} />
      <DashboardView
        summary={summary}
        listsLoading={!lists.data && !lists.isError}
        listsFailed={!lists.data && lists.isError}
        filters={filters}
        onFiltersChange={(f) => update(writeDashboardFilters(params, f))}
        t={t}
        lang={lang}
        today={summary.today ?? todayIso()}
        signedIn={userId !== null}
        review={review}
        loaders={loaders}
        statusDue={
          userId !== null
            ? { rows: statusDue.data, show: () => setStatusDueAsked(true) }
            : undefined
        }
        indicators={indicators}
      />
    </section>
  );
}
