import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
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
import { useAccess } from '@/lib/session';
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

export function ReportDocument({
  data,
  date,
  baseline,
  changes,
  canCompare,
}: {
  data: ReportData;
  date: string;
  baseline: Baseline | null;
  changes: readonly BaselineChange[] | undefined;
  canCompare: boolean;
}) {
  const { t, lang } = useReportT();
  const programme = data.programme;
  if (!programme) return <p>{t('report.noProgramme')}</p>;
  const areaName = (a: ReportArea) => a.name ?? t('baselines.otherProjects');
  const wide = data.indicators.filter((i) => i.programmeWide);
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
        <p>
          {baseline
            ? t('report.coverBaseline', {
                name: baseline.name,
                date: formatDateTime(baseline.takenAt, lang),
              })
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
        {baseline && changes ? (
          <Part title={t('report.changes', { name: baseline.name })}>
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
            <ChangesPart area={area} baseline={baseline} changes={changes} />
            {!baseline && canCompare ? <p>{t('report.chooseBaseline')}</p> : null}
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

/** /report: the settings (screen only) and the document the board receives. */
export function ReportPage() {
  const { t } = useReportT();
  const [params, setParams] = useSearchParams();
  const dateId = useId();
  const baselineId = useId();
  const access = useAccess();
  const canCompare = canReadBaselines(access);
  const { data } = useSuspenseQuery(reportQueries.programme(params.get('programme')));
  const list = useQuery({
    ...baselineQueries.list(data.programme?.id ?? ''),
    enabled: !!data.programme && canCompare,
  });
  const date = params.get('date') || todayIso();
  const chosen = params.get('baseline');
  const baseline =
    chosen === NO_BASELINE
      ? null
      : ((chosen ? list.data?.find((b) => b.id === chosen) : list.data?.[0]) ?? null);
  const changes = useQuery({
    ...baselineQueries.changes(baseline?.id ?? ''),
    enabled: !!baseline,
  });

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true, preventScrollReset: true });
  };

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
              value={date}
              onChange={(e) => set('date', e.target.value || null)}
            />
          </div>
          {canCompare ? (
            <div>
              <label htmlFor={baselineId}>{t('report.baseline')}</label>
              <select
                id={baselineId}
                value={baseline?.id ?? NO_BASELINE}
                onChange={(e) => set('baseline', e.target.value)}
              >
                <option value={NO_BASELINE}>{t('report.noBaseline')}</option>
                {(list.data ?? []).map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <button type="button" className="button" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </div>
        <p className="report-controls__hint">{t('report.printHint')}</p>
      </section>
      <ReportDocument
        data={data}
        date={date}
        baseline={baseline}
        changes={baseline ? changes.data : undefined}
        canCompare={canCompare}
      />
    </div>
  );
}
