import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useLogout } from '@/features/auth/api/logout';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useUnreadCount } from '@/features/notifications/api/notifications';
import { LanguageSwitch } from './language-switch';
import { UnreadBadge } from './unread-badge';

interface NavItem {
  to: string;
  key: string;
  show: boolean;
}

export function Layout() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const { me, isLeader, isAdmin } = useViewer();
  const [logout] = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const unreadCount = useUnreadCount({ skip: !me });
  const unread = unreadCount.data?.unreadCount ?? 0;
  const firstRender = useRef(true);

  // After client-side navigation, move focus to the new page's heading so screen-reader and
  // keyboard users start at the content (the skip link stays the first stop on a fresh load).
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const heading = document.getElementById('page-title');
    heading?.focus();
  }, [location.pathname]);

  const items: NavItem[] = [
    { to: '/', key: 'nav.home', show: true },
    { to: '/forslag', key: 'nav.suggestions', show: true },
    { to: '/forslag/ny', key: 'nav.newSuggestion', show: true },
    { to: '/innboks', key: 'nav.inbox', show: isLeader },
    { to: '/varsler', key: 'nav.notifications', show: true },
    { to: '/statistikk', key: 'nav.metrics', show: true },
    { to: '/historier', key: 'nav.stories', show: true },
    { to: '/gevinster', key: 'nav.gains', show: true },
    { to: '/innsatsomrader', key: 'nav.focusAreas', show: true },
    { to: '/admin', key: 'nav.admin', show: isAdmin },
  ];

  async function onLogout(everywhere = false) {
    await logout(everywhere);
    await navigate('/logg-inn');
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('layout.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <Link to="/" className="brand">
            {t('app.name')}
          </Link>
          <div className="site-header__tools">
            <LanguageSwitch />
            {me ? (
              <button
                type="button"
                className="button button--ghost menu-toggle"
                aria-expanded={menuOpen}
                aria-controls="main-nav"
                onClick={() => setMenuOpen((open) => !open)}
              >
                <span aria-hidden="true">☰ </span>
                {t('layout.menu')}
              </button>
            ) : null}
          </div>
        </div>
        {me ? (
          <nav
            id="main-nav"
            aria-label={t('layout.mainNav')}
            className={`main-nav${menuOpen ? ' main-nav--open' : ''}`}
          >
            <ul>
              {items
                .filter((item) => item.show)
                .map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to} end>
                      {t(item.key)}
                      {item.to === '/varsler' && unread > 0 ? <UnreadBadge count={unread} /> : null}
                    </NavLink>
                  </li>
                ))}
            </ul>
            <div className="main-nav__user">
              <span className="main-nav__name">
                {t('layout.signedInAs', { name: me.name, municipality: me.municipality.name })}
              </span>
              <button type="button" className="button button--secondary" onClick={() => void onLogout()}>
                {t('auth.signOut')}
              </button>
              <button type="button" className="button button--ghost" onClick={() => void onLogout(true)}>
                {t('auth.signOutEverywhere')}
              </button>
            </div>
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
