import { useMutation, useSuspenseQuery, type QueryClient } from '@tanstack/react-query';
import { translator } from '@/lib/translator';
import { useTranslation } from '@/lib/use-translation';
import { data, Link, useNavigate, useParams, type LoaderFunctionArgs } from 'react-router';
import { useToast } from '@/components/toast';
import { AdminPage } from '@/features/admin/admin-page';
import { DeletePerson } from '@/features/admin/delete-person';
import { PersonForm } from '@/features/admin/person-form';
import { adminMutations } from '@/features/admin/mutations';
import { adminQueries } from '@/features/admin/queries';
import { peopleQueries, type Person } from '@/lib/people';
import { ensureAccess, isAdmin, useAccess } from '@/lib/session';
import { RouteError } from '../route-error';
import type { PageRoute } from './route-types';

const back = '/admin/people';

function Editor({ person }: { person: Person | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const { data: accounts } = useSuspenseQuery(adminQueries.accounts());
  const create = useMutation(adminMutations.createPerson());
  const update = useMutation(adminMutations.updatePerson());
  const remove = useMutation(adminMutations.deletePerson());
  return (
    <>
      <PersonForm
        person={person}
        accounts={accounts}
        save={(patch, base) =>
          base
            ? update.mutateAsync({ id: base.id, version: base.version, patch })
            : create.mutateAsync(patch)
        }
        cancelTo={back}
        onSaved={(saved) => {
          toast({
            message: t(person ? 'admin.person.saved' : 'admin.person.created', {
              name: saved.full_name,
            }),
            tone: 'success',
          });
          void navigate(back);
        }}
      />
      {person && (
        <DeletePerson
          name={person.full_name}
          remove={() => remove.mutateAsync(person.id)}
          onDeleted={() => {
            toast({
              message: t('admin.delete.deleted', { name: person.full_name }),
              tone: 'success',
            });
            void navigate(back);
          }}
        />
      )}
    </>
  );
}

function EditPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { data: person } = useSuspenseQuery({
    ...peopleQueries.detail(personId),
    refetchOnWindowFocus: false,
  });
  if (!person) {
    // Deleted meanwhile (or just now, before the page moved on).
    return (
      <AdminPage title={t('admin.person.notFound')}>
        {() => (
          <div className="notice notice--error">
            <p>{t('admin.person.notFoundText')}</p>
            <p>
              <Link to={back}>{t('admin.people.title')}</Link>
            </p>
          </div>
        )}
      </AdminPage>
    );
  }
  return (
    <AdminPage title={t('admin.person.editTitle', { name: person.full_name })}>
      {() => <Editor person={person} />}
    </AdminPage>
  );
}

function AdminPersonRoute() {
  const { personId } = useParams();
  const { t } = useTranslation();
  const admin = isAdmin(useAccess());
  if (admin && personId) return <EditPage personId={personId} />;
  return (
    <AdminPage title={t(personId ? 'admin.people.title' : 'admin.person.newTitle')}>
      {() => <Editor person={null} />}
    </AdminPage>
  );
}

/** /admin/people/new and /admin/people/:personId/edit. */
export function adminPersonRoute(queryClient: QueryClient): PageRoute {
  return {
    loader: async ({ params }: LoaderFunctionArgs) => {
      if (!isAdmin(await ensureAccess(queryClient))) return null;
      const [person] = await Promise.all([
        params.personId ? queryClient.fetchQuery(peopleQueries.detail(params.personId)) : null,
        queryClient.ensureQueryData(adminQueries.accounts()),
      ]);
      if (params.personId && !person) {
        throw data(
          {
            title: translator.t('admin.person.notFound'),
            text: translator.t('admin.person.notFoundText'),
          },
          { status: 404 },
        );
      }
      return null;
    },
    element: <AdminPersonRoute />,
    errorElement: <RouteError />,
  };
}
