import { useId, type ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { BaselineChanges, type BaselineChange } from '@/features/baselines/public';
import { formatDate } from '@/lib/dates';
import { stages } from '@/lib/domain';
import { toLanguage, type Language } from '@/lib/language';
import { reasonSentence } from '@/lib/schedule-reasons';
import { barGeometry, figuresOf } from './figures';
import type {
  ReportArea,
  ReportData,
  ReportIndicator,
  ReportProject,
  ReportUpdate,
} from './queries';

/** The report's parts: figures, an area's timeline, late projects, updates, indicators, changes. */
const stateGlyph = { late: '!', on_schedule: '', not_pursued: '×', not_started: '' } as const;

/** A titled part of a section; its heading names it for assistive technology. */
export function Part({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="report-part" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

export function useReportT() {
  const { t, i18n } = useTranslation('reports');
  const { t: appT } = useTranslation();
  return { t, appT, lang: toLanguage(i18n.language) };
}

export function Figures({ projects }: { projects: readonly ReportProject[] }) {
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
export function AreaTimeline({
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

export function LateProjects({ projects }: { projects: readonly ReportProject[] }) {
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

export function Updates({
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

export function Indicators({ indicators }: { indicators: readonly ReportIndicator[] }) {
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

export function ChangesPart({
  area,
  title,
  changes,
}: {
  area: ReportArea;
  title: string;
  changes: readonly BaselineChange[] | undefined;
}) {
  const { t } = useReportT();
  return (
    <Part title={title}>
      {changes ? (
        <BaselineChanges changes={changes} growthAreaId={area.id} plain />
      ) : (
        <p role="status">{t('baselines.loading')}</p>
      )}
    </Part>
  );
}

/** The printable document: cover, the whole programme, then one section per growth area. */
