import { stages } from '@/lib/domain';
import type { Headline } from './summary';
import type { DashboardT } from './strings';
import type { DashboardStringKey } from './strings';

const figures: { key: DashboardStringKey; value: (h: Headline) => number; tone?: string }[] = [
  { key: 'figureProjects', value: (h) => h.projects },
  { key: 'figureLate', value: (h) => h.states.late, tone: 'late' },
  { key: 'figureOnSchedule', value: (h) => h.states.on_schedule },
  { key: 'figureNotPursued', value: (h) => h.states.not_pursued },
  { key: 'figureNotStarted', value: (h) => h.states.not_started },
  { key: 'figureOverdueTasks', value: (h) => h.overdueTasks, tone: 'late' },
  { key: 'figureUpcomingTasks', value: (h) => h.upcomingTasks },
  { key: 'figureStale', value: (h) => h.staleProjects },
  { key: 'figureEndingThisYear', value: (h) => h.endingThisYear },
  { key: 'figureFunding', value: (h) => h.fundingAwaiting },
];

/** The headline numbers as a description list: label first, then the figure. */
export function HeadlineFigures({ headline, t }: { headline: Headline; t: DashboardT }) {
  return (
    <section aria-labelledby="dashboard-headline">
      <h2 id="dashboard-headline">{t('headline')}</h2>
      <dl className="dashboard-figures">
        {figures.map((f) => (
          <div
            key={f.key}
            className={`dashboard-figure${f.tone && f.value(headline) > 0 ? ` dashboard-figure--${f.tone}` : ''}`}
          >
            <dt>{t(f.key)}</dt>
            <dd>{f.value(headline)}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('byStage')}</h3>
      <ul className="dashboard-stage-counts">
        {stages.map((s) => (
          <li key={s}>
            {t(`stage_${s}`)}: <strong>{headline.stages[s]}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}
