import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { setLanguage } from '@/lib/i18n';
import { languages } from '@/lib/language';
import { isAdmin, sessionQueries, signOut, useAccess } from '@/lib/session';
import { Loading } from '@/components/loading';

// The bell is for signed-in users only: anonymous visitors of the public pages never download it.
const NotificationBell = lazy(() =>
  import('@/features/notifications/bell').then((m) => m.loadBell()),
);

function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {languages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="language-switcher__button"
          aria-pressed={i18n.resolvedLanguage === lng}
          onClick={() => void setLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}

/** The administration pages, offered to admins only (the pages and RLS check again). */
function AdminNavItem() {
  const { t } = useTranslation();
  const access = useAccess();
  if (!isAdmin(access)) return null;
  return (
    <li>
      <NavLink to="/admin">{t('admin.navLink')}</NavLink>
    </li>
  );
}

function AccountArea() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const session = useQuery(sessionQueries.current());
  const email = session.data?.user.email;
  if (!session.data) {
    return (
      <NavLink to="/sign-in" className="site-header__account-link">
        {t('nav.signIn')}
      </NavLink>
    );
  }
  return (
    <div className="site-header__account">
      <Suspense fallback={null}>
        <NotificationBell />
      </Suspense>
      <span className="site-header__user">{t('nav.signedInAs', { email })}</span>
      <button
        type="button"
        className="button button--small button--secondary"
        onClick={async () => {
          await signOut();
          await navigate('/sign-in?signedOut=1');
        }}
      >
        {t('nav.signOut')}
      </button>
    </div>
  );
}

/** Moves focus to the new page's heading after client-side navigation, as a page load would. */
function useFocusOnNavigate() {
  const { pathname } = useLocation();
  const previous = useRef(pathname);
  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    const target =
      document.querySelector<HTMLElement>('main h1') ?? document.getElementById('main');
    if (target) {
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
    }
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  const navigation = useNavigation();
  useFocusOnNavigate();

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__top container">
          <Link to="/" className="site-header__brand">
            <span className="site-header__name">{t('app.name')}</span>
            <span className="site-header__tagline">{t('app.tagline')}</span>
          </Link>
          <LanguageSwitcher />
        </div>
        <nav className="site-nav" aria-label={t('nav.label')}>
          <div className="container site-nav__inner">
            <ul className="site-nav__list">
              <li>
                <NavLink to="/" end>
                  {t('nav.portfolio')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/timeline">{t('nav.timeline')}</NavLink>
              </li>
              <li>
                <NavLink to="/dashboard">{t('nav.dashboard')}</NavLink>
              </li>
              <li>
                <NavLink to="/my-tasks">{t('nav.myTasks')}</NavLink>
              </li>
              <AdminNavItem />
            </ul>
            <AccountArea />
          </div>
        </nav>
        {navigation.state === 'loading' && (
          <div className="progress-bar" role="progressbar" aria-label={t('app.loading')} />
        )}
      </header>
      <main id="main" tabIndex={-1} className="container main">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p>{t('app.footerAccessibility')}</p>
          <nav aria-label={t('about.footerLinks')}>
            <ul className="site-footer__links">
              <li>
                <Link to="/accessibility">{t('about.accessibilityLink')}</Link>
              </li>
              <li>
                <Link to="/open-data">{t('about.openDataLink')}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}
