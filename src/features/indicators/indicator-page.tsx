import { useMutation, useSuspenseQuery } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { Translated } from '@/components/translated';
import { localize } from '@/lib/translated';
import { formatDate } from '@/lib/dates';
import { GoalsForm } from './goals-form';
import type { IndicatorPageData } from './model';
import {
  indicatorMutations,
  type GoalsBase,
  type NewValue,
  type SavedValue,
  type ValueCorrection,
} from './mutations';
import { indicatorQueries } from './queries';
import { IndicatorStatusBadge } from './status-badge';
import { useIndicatorT } from './texts';
import { ValueCorrectionForm, ValueDeleteConfirm, type RecordedValue } from './value-edit';
import { ValueForm } from './value-form';
import { ValuesTable } from './values-table';
import { formatQuantity, reasonText } from './wording';
import './indicators.css';

// recharts is the page's heaviest part: it loads beside the page, the table shows at once.
const IndicatorChart = lazy(() =>
  import('./indicator-chart').then((m) => ({ default: m.IndicatorChart })),
);
const EmbedCode = lazy(() => import('@/components/embed-code'));

interface Writes {
  addValue: (value: NewValue) => Promise<SavedValue>;
  correctValue: (input: ValueCorrection) => Promise<SavedValue>;
  deleteValue: (value: Pick<SavedValue, 'id' | 'version'>) => Promise<void>;
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
  // Names in the reader's language, the Finnish one marked where not translated (#14 §1).
  const scopeLink = scope.project ? (
    <Translated
      as={Link}
      to={`/projects/${scope.project.slug}`}
      value={localize(scope.project, 'name', lang)}
    />
  ) : scope.growth_area && scope.programme ? (
    <Translated
      as={Link}
      to={`/programmes/${scope.programme.slug}/${scope.growth_area.slug}`}
      value={localize(scope.growth_area, 'name', lang)}
    />
  ) : scope.programme ? (
    <Translated
      as={Link}
      to={`/?programme=${encodeURIComponent(scope.programme.slug)}`}
      value={localize(scope.programme, 'name', lang)}
    />
  ) : null;
  const projects = page.projects.filter((p) => p.id !== scope.project?.id);
  const [editing, setEditing] = useState<{
    kind: 'correct' | 'delete';
    value: RecordedValue;
  } | null>(null);
  const [done, setDone] = useState('');
  // Where the focus goes back to when the correction or removal ends.
  const opener = useRef<HTMLButtonElement | null>(null);
  const tableRef = useRef<HTMLDivElement>(null);
  const finish = (message: string, focusTable: boolean) => {
    setEditing(null);
    setDone(message);
    const back = opener.current;
    requestAnimationFrame(() => {
      if (!focusTable && back?.isConnected) back.focus();
      else tableRef.current?.querySelector<HTMLElement>('[role="region"]')?.focus();
    });
  };
  const actions = page.can_enter_values
    ? {
        onCorrect: (value: RecordedValue, button: HTMLButtonElement) => {
          opener.current = button;
          setDone('');
          setEditing({ kind: 'correct' as const, value });
        },
        onDelete: (value: RecordedValue, button: HTMLButtonElement) => {
          opener.current = button;
          setDone('');
          setEditing({ kind: 'delete' as const, value });
        },
      }
    : undefined;
  const unit = { unit: indicator.unit, decimals: indicator.decimals };
  const name = localize(indicator, 'name', lang);

  return (
    <article className="indicator-page">
      <PageTitle title={name?.text ?? indicator.name} />
      <p className="eyebrow">{t('eyebrow')}</p>
      <Translated as="h1" value={name} />
      {!indicator.published ? <p className="badge badge--draft">{t('draft')}</p> : null}
      {page.can_manage ? (
        <p>
          <Link
            className="button button--secondary button--small"
            to={`/indicators/${indicator.id}/edit`}
          >
            {t('indicatorForm.editLink')}
          </Link>
        </p>
      ) : null}
      <Translated as="p" className="lead-text" value={localize(indicator, 'description', lang)} />

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
        <div ref={tableRef}>
          <ValuesTable page={page} actions={actions} />
        </div>
        {editing?.kind === 'correct' ? (
          <ValueCorrectionForm
            key={editing.value.id}
            value={editing.value}
            unit={unit}
            save={writes.correctValue}
            onDone={(saved) =>
              finish(
                saved
                  ? t('valueEdit.corrected', {
                      value: formatQuantity(
                        Number(saved.value),
                        indicator.unit,
                        indicator.decimals,
                        lang,
                      ),
                      date: formatDate(saved.measured_on, lang),
                    })
                  : '',
                false,
              )
            }
          />
        ) : null}
        {editing?.kind === 'delete' ? (
          <ValueDeleteConfirm
            key={editing.value.id}
            value={editing.value}
            unit={unit}
            remove={writes.deleteValue}
            onDone={(removed) => finish(removed ? t('valueEdit.deleted') : '', removed)}
          />
        ) : null}
        <p role="status" className="form-status">
          {done}
        </p>
        {indicator.published ? (
          <Suspense fallback={null}>
            <EmbedCode
              path={`/embed/indicators/${indicator.id}`}
              kind="indicator"
              name={name?.text ?? indicator.name}
            />
          </Suspense>
        ) : null}
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
                  <Translated
                    as={Link}
                    to={`/projects/${p.slug}`}
                    value={localize(p, 'name', lang)}
                  />
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
  const correctValue = useMutation(indicatorMutations.correctValue());
  const deleteValue = useMutation(indicatorMutations.deleteValue());
  if (!page) return null;
  return (
    <IndicatorView
      page={page}
      writes={{
        addValue: addValue.mutateAsync,
        saveGoals: saveGoals.mutateAsync,
        correctValue: correctValue.mutateAsync,
        deleteValue: deleteValue.mutateAsync,
      }}
    />
  );
}
