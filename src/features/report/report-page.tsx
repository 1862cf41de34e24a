import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import {
  BaselineChanges,
  BaselineSummary,
  baselineQueries,
  canReadBaselines,
  type Baseline,
  type BaselineChange,
} from '@/features/baselines/public';
import { formatDate, formatDateTime, todayIso } from '@/lib/dates';
import { stages } from '@/lib/domain';
import { toLanguage, type Language } from '@/lib/language';
import { reasonSentence } from '@/lib/schedule-reasons';
import { useAccess } from '@/lib/session';
import { barGeometry, figuresOf } from './figures';
import {
  reportQueries,
  type ReportArea,
  type ReportData,
  type ReportIndicator,
  type ReportProject,
  type ReportUpdate,
} from './queries';
import './report.css';

const stateGlyph = { late: '!', on_schedule: '', not_pursued: '×', not_started: '' } as const;

/** A titled part of a section; its heading names it for assistive technology. */
function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="report-part" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function useReportT() {
  const { t, i18n } = useTranslation('reports');
  const { t: appT } = useTranslation();
  return { t, appT, lang: toLanguage(i18n.resolvedLanguage) };
}

function Figures({ projects }: { projects: readonly ReportProject[] }) {
  const { t, appT } = useReportT();
  const f = figuresOf(projects);
  const items: [string, number][] = [
    [t('report.figProjects'), f.projects],
    [t('report.figOnSchedule'), f.states.on_schedule],
    [t('report.figLate'), f.states.late],
    [t('report.figNotStarted'), f.states.not_started],
    [t('report.figNotPursued'), f.states.not_pursued],
    [t('report.figOverdue'), f.overdueTasks],
  ];
  return (
    <div className="report-figures">
      <dl className="report-figures__list">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="report-figures__stages">
        {t('report.byStage')}:{' '}
        {stages.map((s) => `${appT(`stage.${s}`)} ${f.stages[s]}`).join(' · ')}
      </p>
    </div>
  );
}

function stateText(state: ReportProject['state'], appT: ReturnType<typeof useReportT>['appT']) {
  return state === 'not_started' ? appT('dashboard.state_not_started') : appT(`schedule.${state}`);
}

function span(p: ReportProject, lang: Language) {
  const from = p.startsOn ? formatDate(p.startsOn, lang) : '';
  const to = p.endsOn ? formatDate(p.endsOn, lang) : '';
  return from || to ? `${from}–${to}` : '';
}

/** The area's part of the timeline: one row per project, a bar across the programme's span. */
function AreaTimeline({
  projects,
  programme,
}: {
  projects: readonly ReportProject[];
  programme: NonNullable<ReportData['programme']>;
}) {
  const { t, appT, lang } = useReportT();
  const firstYear = Number(programme.startsOn.slice(0, 4));
  const lastYear = Number(programme.endsOn.slice(0, 4));
  const years: number[] = [];
  for (let y = firstYear; y <= lastYear; y++) years.push(y);
  const start = `${firstYear}-01-01`;
  const end = `${lastYear}-12-31`;
  return (
    <table className="report-table report-timeline">
      <caption>
        {t('report.timelineCaption', {
          from: formatDate(programme.startsOn, lang),
          to: formatDate(programme.endsOn, lang),
        })}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('report.colProject')}</th>
          <th scope="col">{t('report.colSpan')}</th>
          <th scope="col" className="report-timeline__track-head">
            <span className="visually-hidden">{t('report.colBar')}</span>
            <span className="report-timeline__years" aria-hidden="true">
              {years.map((y) => (
                <span key={y}>{y}</span>
              ))}
            </span>
          </th>
        </tr>
      </thead>
      <tbody>
        {projects.map((p) => {
          const bar = barGeometry(p.startsOn, p.endsOn, start, end);
          return (
            <tr key={p.id}>
              <th scope="row">
                {p.name}
                <span className="report-timeline__meta">
                  {' '}
                  — {appT(`stage.${p.stage}`)}, {stateText(p.state, appT)}
                </span>
              </th>
              <td className="report-nowrap">{span(p, lang)}</td>
              <td className="report-timeline__track">
                {bar ? (
                  <span
                    className={`report-bar report-bar--${p.state} report-bar--stage-${p.stage}`}
                    style={{ left: `${bar.left}%`, width: `${bar.width}%` }}
                    aria-hidden="true"
                  >
                    {p.stage === 'completed' ? '✓' : stateGlyph[p.state]}
                  </span>
                ) : null}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function LateProjects({ projects }: { projects: readonly ReportProject[] }) {
  const { t, lang } = useReportT();
  const late = projects.filter((p) => p.state === 'late');
  if (late.length === 0) return <p>{t('report.noLate')}</p>;
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">{t('report.colProject')}</th>
          <th scope="col">{t('report.colSpan')}</th>
          <th scope="col">{t('report.colReason')}</th>
        </tr>
      </thead>
      <tbody>
        {late.map((p) => (
          <tr key={p.id}>
            <th scope="row">{p.name}</th>
            <td className="report-nowrap">{span(p, lang)}</td>
            <td>{reasonSentence(p.reasons, lang)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Updates({
  updates,
  projects,
}: {
  updates: readonly ReportUpdate[];
  projects: readonly ReportProject[];
}) {
  const { t, lang } = useReportT();
  const names = new Map(projects.map((p) => [p.id, p.name]));
  // The latest update of each project, newest first, at most five per area.
  const seen = new Set<string>();
  const latest = updates.filter((u) => {
    if (!names.has(u.projectId) || seen.has(u.projectId)) return false;
    seen.add(u.projectId);
    return true;
  });
  if (latest.length === 0) return <p>{t('report.noUpdates')}</p>;
  return (
    <ul className="report-updates">
      {latest.slice(0, 5).map((u) => (
        <li key={u.id}>
          <strong>{names.get(u.projectId)}</strong>{' '}
          <time dateTime={u.createdAt}>({formatDate(u.createdAt, lang)})</time>: {u.happened}
          {u.nextSteps ? <> {t('report.updateNext', { text: u.nextSteps })}</> : null}
          {u.risks ? <> {t('report.updateRisks', { text: u.risks })}</> : null}
        </li>
      ))}
    </ul>
  );
}

function Indicators({ indicators }: { indicators: readonly ReportIndicator[] }) {
  const { t, lang } = useReportT();
  const number = (v: number | null, i: ReportIndicator) =>
    v === null
      ? '–'
      : `${v.toLocaleString(lang, { minimumFractionDigits: i.decimals, maximumFractionDigits: i.decimals })}${i.unit ? ` ${i.unit}` : ''}`;
  return (
    <table className="report-table">
      <thead>
        <tr>
          <th scope="col">{t('report.colIndicator')}</th>
          <th scope="col">{t('report.colLatest')}</th>
          <th scope="col">{t('report.colGoal')}</th>
          <th scope="col">{t('report.colState')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => (
          <tr key={i.id}>
            <th scope="row">{i.name}</th>
            <td>
              {number(i.latestValue, i)}
              {i.latestOn ? ` (${formatDate(i.latestOn, lang)})` : ''}
            </td>
            <td>
              {number(i.goalValue, i)}
              {i.goalOn ? ` (${formatDate(i.goalOn, lang)})` : ''}
            </td>
            <td>{t(`report.indicator_${i.status ?? 'unknown'}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangesPart({
  area,
  baseline,
  changes,
}: {
  area: ReportArea;
  baseline: Baseline | null;
  changes: readonly BaselineChange[] | undefined;
}) {
  const { t } = useReportT();
  if (!baseline) return null;
  return (
    <Part title={t('report.changes', { name: baseline.name })}>
      {changes ? (
        <BaselineChanges changes={changes} growthAreaId={area.id} plain />
      ) : (
        <p role="status">{t('baselines.loading')}</p>
      )}
    </Part>
  );
}

/** The printable document: cover, the whole programme, then one section per growth area. */
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
