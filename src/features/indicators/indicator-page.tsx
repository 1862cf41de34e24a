import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { formatDate } from '@/lib/dates';
import { GoalsForm } from './goals-form';
import type { IndicatorPageData } from './model';
import { indicatorMutations, type GoalsBase, type NewValue, type SavedValue } from './mutations';
import { indicatorQueries } from './queries';
import { IndicatorStatusBadge } from './status-badge';
import { useIndicatorT } from './texts';
import { ValueForm } from './value-form';
import { ValuesTable } from './values-table';
import { formatQuantity, reasonText } from './wording';
import './indicators.css';

// recharts is the page's heaviest part: it loads beside the page, the table shows at once.
const IndicatorChart = lazy(() =>
  import('./indicator-chart').then((m) => ({ default: m.IndicatorChart })),
);

interface Writes {
  addValue: (value: NewValue) => Promise<SavedValue>;
  saveGoals: (input: {
    base: GoalsBase;
    goals: { year: number; value: number }[];
  }) => Promise<GoalsBase>;
}

/** Everything below the title, given the data and the writes: testable without a network. */
export function IndicatorView({
  page,
  writes,
  chart,
}: {
  page: IndicatorPageData;
  writes: Writes;
  chart?: ReactNode;
}) {
  const { t, lang } = useIndicatorT();
  const { indicator, scope } = page;
  const q = (v: number) => formatQuantity(v, indicator.unit, indicator.decimals, lang);
  const scopeLink = scope.project ? (
    <Link to={`/projects/${scope.project.slug}`}>{scope.project.name}</Link>
  ) : scope.growth_area && scope.programme ? (
    <Link to={`/programmes/${scope.programme.slug}/${scope.growth_area.slug}`}>
      {scope.growth_area.name}
    </Link>
  ) : scope.programme ? (
    <Link to={`/?programme=${encodeURIComponent(scope.programme.slug)}`}>
      {scope.programme.name}
    </Link>
  ) : null;
  const projects = page.projects.filter((p) => p.id !== scope.project?.id);

  return (
    <article className="indicator-page">
      <PageTitle title={indicator.name} />
      <p className="eyebrow">{t('eyebrow')}</p>
      <h1>{indicator.name}</h1>
      {!indicator.published ? <p className="badge badge--draft">{t('draft')}</p> : null}
      {indicator.description ? <p className="lead-text">{indicator.description}</p> : null}

      <section aria-labelledby="indicator-status" className="indicator-status">
        <h2 id="indicator-status">{t('status.label')}</h2>
        <p>
          <IndicatorStatusBadge status={page.status} />
        </p>
        <p className="indicator-status__reason">{reasonText(page.reason, t, lang)}</p>
      </section>

      <section aria-labelledby="indicator-trend">
        <h2 id="indicator-trend">{t('chart.heading')}</h2>
        {chart ?? (
          <Suspense fallback={<p className="muted">{t('chart.loading')}</p>}>
            <IndicatorChart page={page} />
          </Suspense>
        )}
        <ValuesTable page={page} />
      </section>

      <div className="indicator-page__columns">
        <section aria-labelledby="indicator-facts">
          <h2 id="indicator-facts">{t('facts.heading')}</h2>
          <dl className="facts">
            {scopeLink ? (
              <div>
                <dt>{t('facts.scope')}</dt>
                <dd>{scopeLink}</dd>
              </div>
            ) : null}
            {indicator.unit ? (
              <div>
                <dt>{t('facts.unit')}</dt>
                <dd>{indicator.unit}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('facts.direction')}</dt>
              <dd>{t(`direction.${indicator.direction}`)}</dd>
            </div>
            <div>
              <dt>{t('facts.cadence')}</dt>
              <dd>
                {t(`cadence.${indicator.cadence}`)}
                {page.reason?.due_on ? (
                  <> ({t('facts.dueNext', { date: formatDate(page.reason.due_on, lang) })})</>
                ) : null}
              </dd>
            </div>
            <div>
              <dt>{t('facts.baseline')}</dt>
              <dd>
                {indicator.baseline_value !== null && indicator.baseline_on
                  ? t('facts.baselineValue', {
                      value: q(indicator.baseline_value),
                      date: formatDate(indicator.baseline_on, lang),
                    })
                  : t('facts.noBaseline')}
              </dd>
            </div>
            <div>
              <dt>{t('facts.tolerance')}</dt>
              <dd>{t('facts.toleranceValue', { value: indicator.tolerance_percent })}</dd>
            </div>
            {indicator.source ? (
              <div>
                <dt>{t('facts.source')}</dt>
                <dd>{indicator.source}</dd>
              </div>
            ) : null}
          </dl>
        </section>
        <section aria-labelledby="indicator-projects">
          <h2 id="indicator-projects">{t('facts.contributing')}</h2>
          {projects.length === 0 ? (
            <p className="empty">{t('facts.noContributing')}</p>
          ) : (
            <ul className="plain-list">
              {projects.map((p) => (
                <li key={p.id}>
                  <Link to={`/projects/${p.slug}`}>{p.name}</Link>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      {page.can_enter_values ? (
        <ValueForm
          indicatorId={indicator.id}
          unit={indicator.unit}
          decimals={indicator.decimals}
          today={page.today}
          save={writes.addValue}
        />
      ) : null}
      {page.can_manage ? (
        <GoalsForm
          base={{ indicatorId: indicator.id, goals: page.goals }}
          decimals={indicator.decimals}
          save={writes.saveGoals}
        />
      ) : null}
    </article>
  );
}

/** The /indicators/:id page: one request (indicator_page), the writes as TanStack mutations. */
export function IndicatorPage({ id }: { id: string }) {
  const { data: page } = useSuspenseQuery(indicatorQueries.page(id));
  const addValue = useMutation(indicatorMutations.addValue());
  const saveGoals = useMutation(indicatorMutations.saveGoals());
  if (!page) return null;
  return (
    <IndicatorView
      page={page}
      writes={{ addValue: addValue.mutateAsync, saveGoals: saveGoals.mutateAsync }}
    />
  );
}
