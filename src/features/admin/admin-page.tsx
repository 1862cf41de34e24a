import type { ReactNode } from 'react';
import { useTranslation } from '@/lib/use-translation';
import { Link, NavLink, useLocation } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { isAdmin, useAccess } from '@/lib/session';
import './admin.css';

function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin.sectionNav')} className="admin-nav">
      <ul>
        <li>
          <NavLink to="/admin/people">{t('admin.people.title')}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/accounts">{t('admin.accounts.title')}</NavLink>
        </li>
      </ul>
    </nav>
  );
}

/** What everyone but an admin sees on the admin pages; the database refuses them anyway. */
export function NotAllowed({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <div className="notice notice--error">
      <p>{t('admin.notAllowed')}</p>
      {!signedIn && (
        <p>
          <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>{t('admin.signIn')}</Link>
        </p>
      )}
    </div>
  );
}

/**
 * An admin page: title, the section's own navigation, and `children` for admins only
 * (`children` is a function so nothing of the page is rendered, or fetched, for others).
 */
export function AdminPage({ title, children }: { title: string; children: () => ReactNode }) {
  const access = useAccess();
  const admin = isAdmin(access);
  return (
    <section>
      <PageTitle title={title} />
      {admin && <AdminNav />}
      <h1>{title}</h1>
      {admin ? children() : <NotAllowed signedIn={!!access} />}
    </section>
  );
}
