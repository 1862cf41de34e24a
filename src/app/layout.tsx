import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from '@/lib/use-translation';
import {
  Link,
  NavLink,
  Outlet,
  useLocation,
  useNavigate,
  useNavigation,
  useSearchParams,
} from 'react-router';
import { languageFromSearch, setLanguage, showLanguage } from '@/lib/i18n';
import { defaultLanguage, languages, toLanguage, type Language } from '@/lib/language';
import { isAdmin, sessionQueries, signOut, useAccess } from '@/lib/session';
import { Loading } from '@/components/loading';

// The bell is for signed-in users only: anonymous visitors of the public pages never download it.
const NotificationBell = lazy(() =>
  import('@/features/notifications/bell').then((m) => m.loadBell()),
);
/**
 * The language is part of the address (`?lang=sv`), so a shared link opens in its language: a
 * `lang` in the address wins, and while a language other than Finnish is shown the address keeps
 * saying so as the visitor moves between pages.
 */
function useLanguageInAddress() {
  const { i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const { search } = useLocation();
  const current = toLanguage(i18n.language);
  const asked = languageFromSearch(search);
  // What the address asked for last time: only a new `lang` in the address switches the language.
  const lastAsked = useRef<Language | null>(null);
  useEffect(() => {
    const addressChanged = asked !== lastAsked.current;
    lastAsked.current = asked;
    if (asked && addressChanged && asked !== current) {
      void showLanguage(asked);
      return;
    }
    if (asked === current || (!asked && current === defaultLanguage)) return;
    // The language changed elsewhere, or a link without `lang` was followed: the address follows.
    const next = new URLSearchParams(params);
    next.set('lang', current);
    setParams(next, { replace: true, preventScrollReset: true });
  }, [asked, current, params, setParams]);
}

/** <link rel="alternate" hreflang> to this page in each language (React hoists them to <head>). */
function LanguageAlternates() {
  const { pathname, search } = useLocation();
  const href = (lng: string | null) => {
    const params = new URLSearchParams(search);
    if (lng) params.set('lang', lng);
    else params.delete('lang');
    const query = params.toString();
    return `${location.origin}${pathname}${query ? `?${query}` : ''}`;
  };
  return (
    <>
      {languages.map((lng) => (
        <link key={lng} rel="alternate" hrefLang={lng} href={href(lng)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={href(null)} />
    </>
  );
}

function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const [, setParams] = useSearchParams();
  return (
    <div className="language-switcher" role="group" aria-label={t('language.label')}>
      {languages.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          className="language-switcher__button"
          aria-pressed={i18n.language === lng}
          onClick={() => {
            void setLanguage(lng);
            setParams(
              (params) => {
                params.set('lang', lng);
                return params;
              },
              { replace: true, preventScrollReset: true },
            );
          }}
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
  useLanguageInAddress();

  return (
    <div className="app">
      <LanguageAlternates />
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
