import { useTranslation } from '@/lib/use-translation';
import { Link } from 'react-router';
import type { Person } from '@/lib/people';
import type { Account } from './queries';

/** The people directory: one row per person, the name links to the edit page. */
export function PeopleTable({ people, accounts }: { people: Person[]; accounts: Account[] }) {
  const { t } = useTranslation();
  const emailOf = (userId: string) => accounts.find((a) => a.user_id === userId)?.email ?? userId;
  return (
    <>
      <p className="button-row">
        <Link to="/admin/people/new" className="button">
          {t('admin.people.add')}
        </Link>
      </p>
      {people.length === 0 ? (
        <p className="empty">{t('admin.people.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="admin-table">
            <caption>{t('admin.people.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.people.name')}</th>
                <th scope="col">{t('admin.people.jobTitle')}</th>
                <th scope="col">{t('admin.people.organisation')}</th>
                <th scope="col">{t('admin.people.email')}</th>
                <th scope="col">{t('admin.people.account')}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link
                      to={`/admin/people/${p.id}/edit`}
                      aria-label={t('admin.people.editLabel', { name: p.full_name })}
                    >
                      {p.full_name}
                    </Link>
                  </th>
                  <td>{p.title}</td>
                  <td>{p.organisation}</td>
                  <td>{p.email}</td>
                  <td>
                    {p.user_id ? (
                      emailOf(p.user_id)
                    ) : (
                      <span className="admin-muted">{t('admin.people.noAccount')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
