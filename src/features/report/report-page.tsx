import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import {
  BaselineSummary,
  baselineQueries,
  canReadBaselines,
  type Baseline,
  type BaselineChange,
} from '@/features/baselines/public';
import { formatDate, formatDateTime, todayIso } from '@/lib/dates';
import { isDirector, useAccess } from '@/lib/session';
import { reportQueries, type ReportArea, type ReportData } from './queries';
import './report.css';
import {
  AreaTimeline,
  ChangesPart,
  Figures,
  Indicators,
  LateProjects,
  Part,
  Updates,
  useReportT,
} from './report-sections';

/** What the report compares with: a baseline, or the plan on an earlier date (the previous report). */
export type Comparison = { baseline: Baseline } | { since: string } | null;

/** Where the report's plan comes from, by its date (see public.report_plan). */
export type Basis = 'history' | 'now' | 'forecast';

export function basisOf(date: string, today: string = todayIso()): Basis {
  return date < today ? 'history' : date === today ? 'now' : 'forecast';
}

export function ReportDocument({
  data,
  comparison,
  changes,
  canCompare,
}: {
  data: ReportData;
  comparison: Comparison;
  changes: readonly BaselineChange[] | undefined;
  canCompare: boolean;
}) {
  const { t, lang } = useReportT();
  const date = data.date;
  const basis = basisOf(date);
  const programme = data.programme;
  if (!programme) return <p>{t('report.noProgramme')}</p>;
  const areaName = (a: ReportArea) => a.name ?? t('baselines.otherProjects');
  const wide = data.indicators.filter((i) => i.programmeWide);
  const changesTitle = (c: NonNullable<Comparison>) =>
    'baseline' in c
      ? t('report.changes', { name: c.baseline.name })
      : t('report.changesSince', { date: formatDate(c.since, lang) });
  return (
    <article className="report-doc" aria-labelledby="report-cover-title">
      <header className="report-cover">
        <p className="report-cover__kicker">{t('report.coverKicker')}</p>
        <h2 id="report-cover-title" className="report-cover__title">
          {programme.name}
        </h2>
        <p className="report-cover__date">
          {t('report.coverDate', { date: formatDate(date, lang) })}
        </p>
        <p className="report-cover__basis">
          {t(`report.basis_${basis}`, { date: formatDate(date, lang) })}
        </p>
        <p>
          {comparison && 'baseline' in comparison
            ? t('report.coverBaseline', {
                name: comparison.baseline.name,
                date: formatDateTime(comparison.baseline.takenAt, lang),
              })
            : comparison
              ? t('report.coverSince', { date: formatDate(comparison.since, lang) })
              : canCompare
                ? t('report.coverNoBaseline')
                : t('report.signInForChanges')}
        </p>
        <nav aria-labelledby="report-contents">
          <h3 id="report-contents">{t('report.contents')}</h3>
          <ol>
            <li>
              <a href="#report-programme">{t('report.wholeProgramme')}</a>
            </li>
            {data.areas.map((a) => (
              <li key={a.id ?? 'other'}>
                <a href={`#report-area-${a.id ?? 'other'}`}>{areaName(a)}</a>
              </li>
            ))}
          </ol>
        </nav>
        <p className="report-cover__prepared">
          {t('report.coverPrepared', { date: formatDate(todayIso(), lang) })}
        </p>
      </header>

      <section
        className="report-section"
        id="report-programme"
        aria-labelledby="report-programme-h"
      >
        <h2 id="report-programme-h">{t('report.wholeProgramme')}</h2>
        <Figures projects={data.projects} />
        {wide.length > 0 ? (
          <Part title={t('report.indicators')}>
            <Indicators indicators={wide} />
          </Part>
        ) : null}
        {comparison && changes ? (
          <Part title={changesTitle(comparison)}>
            <BaselineSummary changes={changes} />
          </Part>
        ) : null}
      </section>

      {data.areas.map((area) => {
        const key = area.id ?? 'other';
        const projects = data.projects.filter((p) => p.growthAreaId === area.id);
        const indicators = data.indicators.filter(
          (i) => !i.programmeWide && area.id !== null && i.growthAreaId === area.id,
        );
        return (
          <section
            key={key}
            className="report-section report-area"
            id={`report-area-${key}`}
            aria-labelledby={`report-area-${key}-h`}
          >
            <h2 id={`report-area-${key}-h`}>{areaName(area)}</h2>
            {projects.length === 0 ? (
              <p>{t('report.noProjects')}</p>
            ) : (
              <>
                <Part title={t('report.figures')}>
                  <Figures projects={projects} />
                </Part>
                <Part title={t('report.timeline')}>
                  <AreaTimeline projects={projects} programme={programme} />
                </Part>
                <Part title={t('report.late')}>
                  <LateProjects projects={projects} />
                </Part>
              </>
            )}
            {comparison ? (
              <ChangesPart area={area} title={changesTitle(comparison)} changes={changes} />
            ) : canCompare ? (
              <p>{t('report.chooseBaseline')}</p>
            ) : null}
            <Part title={t('report.updates')}>
              <Updates updates={data.updates} projects={projects} />
            </Part>
            {indicators.length > 0 ? (
              <Part title={t('report.indicators')}>
                <Indicators indicators={indicators} />
              </Part>
            ) : null}
          </section>
        );
      })}
    </article>
  );
}

export const NO_BASELINE = 'none';
/** The "compare with" choice for an earlier date (the previous report) instead of a baseline. */
export const SINCE_DATE = 'since';

/** The day three months before `date`: the default previous report (boards meet quarterly). */
export function threeMonthsBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const day = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 4, d ?? 1));
  return day.toISOString().slice(0, 10);
}

/** /report: the settings (screen only) and the document the board receives. */
export function ReportPage() {
  const { t, lang } = useReportT();
  const [params, setParams] = useSearchParams();
  const dateId = useId();
  const baselineId = useId();
  const sinceId = useId();
  const sinceHintId = useId();
  const access = useAccess();
  const canCompare = canReadBaselines(access);
  const director = isDirector(access);
  const today = todayIso();
  const asked = params.get('date') || today;
  // A past date is read from the audit trail, which only directors read (public.report_plan).
  const pastRefused = asked < today && !director;
  const date = pastRefused ? today : asked;
  const report = useQuery({
    ...reportQueries.programme(params.get('programme'), date),
    placeholderData: keepPreviousData,
  });
  const data = report.data;
  const list = useQuery({
    ...baselineQueries.list(data?.programme?.id ?? ''),
    enabled: !!data?.programme && canCompare,
  });
  // Baselines taken by the end of the report's date, newest first.
  const baselines = (list.data ?? []).filter((b) => todayIso(new Date(b.takenAt)) <= date);
  const chosen = params.get('baseline');
  const since = params.get('since') || threeMonthsBefore(date);
  const sinceValid = since < date;
  const baseline =
    chosen === NO_BASELINE || chosen === SINCE_DATE
      ? null
      : ((chosen ? baselines.find((b) => b.id === chosen) : baselines[0]) ?? null);
  const useSince =
    director && (chosen === SINCE_DATE || (!chosen && list.isSuccess && baselines.length === 0));
  const comparison: Comparison = baseline ? { baseline } : useSince ? { since } : null;
  const changes = useQuery({
    ...reportQueries.changes(
      data?.programme?.id ?? '',
      date,
      baseline ? { baselineId: baseline.id } : { since },
    ),
    enabled: !!data?.programme && (!!baseline || (useSince && sinceValid)),
  });

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true, preventScrollReset: true });
  };

  if (report.error) throw report.error;
  return (
    <div className="report-page">
      <PageTitle title={t('report.title')} />
      <h1 className="report-page__title">{t('report.title')}</h1>
      <section className="report-controls" aria-label={t('report.settings')}>
        <div className="report-controls__row">
          <div>
            <label htmlFor={dateId}>{t('report.date')}</label>
            <input
              id={dateId}
              type="date"
              value={asked}
              onChange={(e) => set('date', e.target.value || null)}
            />
          </div>
          {canCompare ? (
            <div>
              <label htmlFor={baselineId}>{t('report.compare')}</label>
              <select
                id={baselineId}
                value={baseline?.id ?? (useSince ? SINCE_DATE : NO_BASELINE)}
                onChange={(e) => set('baseline', e.target.value)}
              >
                <option value={NO_BASELINE}>{t('report.noBaseline')}</option>
                {director ? <option value={SINCE_DATE}>{t('report.compareSince')}</option> : null}
                {baselines.map((b) => (
                  <option key={b.id} value={b.id}>
                    {t('report.compareBaseline', { name: b.name })}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {useSince ? (
            <div>
              <label htmlFor={sinceId}>{t('report.sinceDate')}</label>
              <input
                id={sinceId}
                type="date"
                value={since}
                max={date}
                aria-describedby={sinceHintId}
                aria-invalid={!sinceValid}
                onChange={(e) => set('since', e.target.value || null)}
              />
            </div>
          ) : null}
          <button type="button" className="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </div>
        {pastRefused ? (
          <p className="notice" role="status">
            {t('report.pastForDirectors', { date: formatDate(today, lang) })}
          </p>
        ) : null}
        <p className="report-controls__hint">{t(`report.basisHint_${basisOf(date, today)}`)}</p>
        {useSince ? (
          <p
            id={sinceHintId}
            className={sinceValid ? 'report-controls__hint' : 'notice notice--error'}
          >
            {sinceValid ? t('report.sinceHint') : t('report.sinceNotBefore')}
          </p>
        ) : null}
        <p className="report-controls__hint">{t('report.printHint')}</p>
      </section>
      {data ? (
        <div aria-busy={report.isPlaceholderData}>
          <ReportDocument
            data={data}
            comparison={comparison}
            changes={comparison ? changes.data : undefined}
            canCompare={canCompare}
          />
        </div>
      ) : (
        <p role="status">{t('baselines.loading')}</p>
      )}
    </div>
  );
}
