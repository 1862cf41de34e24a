import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { translator } from '@/lib/translator';
import type { ReactNode } from 'react';
import { data, Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { LoaderFunctionArgs } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { useToast } from '@/components/toast';
import { ContributingForm } from '@/features/indicators/contributing-form';
import { IndicatorForm } from '@/features/indicators/indicator-form';
import { indicatorMutations } from '@/features/indicators/mutations';
import { indicatorQueries } from '@/features/indicators/queries';
import { loadIndicatorTexts, useIndicatorT } from '@/features/indicators/texts';
import { loadContentTexts } from '@/lib/content-texts';
import { ensureAccess, isDirector, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** ?area=<id>, ?project=<id> or ?programme=<id>: the scope a "new indicator" link chose. */
function scopeFromSearch(params: URLSearchParams): string {
  for (const [param, kind] of [
    ['project', 'project'],
    ['area', 'area'],
    ['programme', 'programme'],
  ] as const) {
    const id = params.get(param);
    if (id && uuid.test(id)) return `${kind}:${id}`;
  }
  return '';
}

function NewForm() {
  const { t } = useIndicatorT();
  const navigate = useNavigate();
  const toast = useToast();
  const [params] = useSearchParams();
  const { data: scopes } = useSuspenseQuery(indicatorQueries.scopes());
  const create = useMutation(indicatorMutations.create());
  return (
    <IndicatorForm
      indicator={null}
      initialScope={scopeFromSearch(params)}
      scopes={scopes}
      save={(input) => create.mutateAsync(input)}
      onSaved={(saved) => {
        toast({ message: t('indicatorForm.created'), tone: 'success' });
        void navigate(`/indicators/${saved.id}#goals-form-heading`);
      }}
      cancelTo="/dashboard"
    />
  );
}

function EditForm({ id }: { id: string }) {
  const { t } = useIndicatorT();
  const navigate = useNavigate();
  const toast = useToast();
  const { data: indicator } = useSuspenseQuery(indicatorQueries.editable(id));
  const { data: scopes } = useSuspenseQuery(indicatorQueries.scopes());
  const update = useMutation(indicatorMutations.update());
  if (!indicator) return null;
  return (
    <IndicatorForm
      indicator={indicator}
      scopes={scopes}
      save={(patch, base) => update.mutateAsync({ base: base ?? indicator, patch })}
      onSaved={() => {
        toast({ message: t('indicatorForm.saved'), tone: 'success' });
        void navigate(`/indicators/${id}`);
      }}
      cancelTo={`/indicators/${id}`}
    />
  );
}

function Contributing({ id }: { id: string }) {
  const { data: scopes } = useSuspenseQuery(indicatorQueries.scopes());
  const { data: selected } = useSuspenseQuery(indicatorQueries.contributing(id));
  const save = useMutation(indicatorMutations.saveContributing());
  return (
    <ContributingForm
      projects={scopes.projects}
      selected={selected}
      save={(projectIds, before) => save.mutateAsync({ indicatorId: id, before, projectIds })}
    />
  );
}

function Page({ title, back, children }: { title: string; back: ReactNode; children: ReactNode }) {
  const { t } = useIndicatorT();
  const access = useAccess();
  return (
    <section>
      <PageTitle title={title} />
      {back}
      <h1>{title}</h1>
      {isDirector(access) ? (
        children
      ) : (
        <p className="notice notice--error">{t('indicatorForm.notAllowed')}</p>
      )}
    </section>
  );
}

function EditPage({ id }: { id: string }) {
  const { t } = useIndicatorT();
  const { data: current } = useSuspenseQuery(indicatorQueries.editable(id));
  return (
    <Page
      title={t('indicatorForm.editTitle', { name: current?.name ?? '' })}
      back={
        <nav aria-label={translator.t('project.breadcrumb')} className="breadcrumb">
          <ol>
            <li>
              <Link to={`/indicators/${id}`}>{current?.name}</Link>
            </li>
          </ol>
        </nav>
      }
    >
      <EditForm id={id} />
      <Contributing id={id} />
    </Page>
  );
}

function IndicatorFormRoute() {
  const { id } = useParams();
  const { t } = useIndicatorT();
  if (id) return <EditPage id={id} />;
  return (
    <Page title={t('indicatorForm.newTitle')} back={null}>
      <p className="muted">{t('indicatorForm.goalsAfterCreate')}</p>
      <NewForm />
    </Page>
  );
}

/**
 * /indicators/new and /indicators/:id/edit — directors and admins create and edit indicators
 * (the goals are edited on the indicator's page). A lazy route: the form kit and zod never weigh
 * on the public pages.
 */
export function indicatorEditRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      const id = params.id;
      const [access] = await Promise.all([
        ensureAccess(queryClient),
        loadIndicatorTexts(),
        loadContentTexts(),
      ]);
      if (id !== undefined) {
        const indicator = uuid.test(id)
          ? await queryClient.ensureQueryData(indicatorQueries.editable(id))
          : null;
        if (!indicator) {
          throw data(
            {
              title: translator.t('indicators:notFound'),
              text: translator.t('indicators:notFoundText'),
            },
            { status: 404 },
          );
        }
      }
      if (isDirector(access)) {
        await Promise.all([
          queryClient.ensureQueryData(indicatorQueries.scopes()),
          id ? queryClient.ensureQueryData(indicatorQueries.contributing(id)) : null,
        ]);
      }
      return null;
    },
    element: <IndicatorFormRoute />,
    errorElement: <RouteError />,
  };
}
