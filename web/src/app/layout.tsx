import { type ReactNode, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { Loading } from '@/components/feedback';
import { NavLink } from '@/components/nav-link';
import { useLogout } from '@/features/auth/api/logout';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useUnreadCount } from '@/features/notifications/api/unread-count';
import { LanguageSwitch } from './language-switch';
import { PageErrorBoundary } from './page-error-boundary';
import { UnreadBadge } from './unread-badge';

interface NavItem {
  to: string;
  key: string;
  show: boolean;
}

/** Focuses the page's heading; false when there is none on screen (yet). */
function focusPageTitle(): boolean {
  const heading = document.getElementById('page-title');
  // While the next page loads, React keeps the last one hidden (display: none) under «Laster …».
  for (let e: HTMLElement | null = heading; e; e = e.parentElement) {
    if (e.hidden || getComputedStyle(e).display === 'none') return false;
  }
  heading?.focus();
  return !!heading && document.activeElement === heading;
}

/** The frame of every page (router.tsx): header, menu, the page (`children`) and footer. */
export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [pathname, navigate] = useLocation();
  const { me, isLeader, isAdmin, roles } = useViewer();
  const [logout] = useLogout();
  const [menuOpen, setMenuOpen] = useState(false);
  const unreadCount = useUnreadCount({ skip: !me });
  const unread = unreadCount.data?.unreadCount ?? 0;
  const firstRender = useRef(true);
  const menuButton = useRef<HTMLButtonElement>(null);

  // Escape closes the open menu and puts focus back on its button (WCAG 2.1.2, 2.4.3).
  useEffect(() => {
    if (!menuOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButton.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  // After client-side navigation, move focus to the new page's heading so screen-reader and
  // keyboard users start at the content (the skip link stays the first stop on a fresh load).
  // A page may show its heading later: the first visit loads its chunk (React.lazy, «Laster …»),
  // and a page such as one suggestion waits for its data. Until the heading is there, the page is
  // watched for it; the watch ends when it is focused, when the person has moved focus themselves,
  // or after 15 s.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (focusPageTitle()) return;
    // What had focus when the page changed (the link followed, or nothing): anything else is the person's choice.
    const before = document.activeElement;
    const watch = new MutationObserver(() => {
      const active = document.activeElement;
      if ((active && active !== document.body && active !== before) || focusPageTitle()) stop();
    });
    const timeout = window.setTimeout(() => stop(), 15_000);
    function stop() {
      watch.disconnect();
      window.clearTimeout(timeout);
    }
    watch.observe(document.body, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['hidden', 'style'],
    });
    return stop;
  }, [pathname]);

  const items: NavItem[] = [
    { to: '/', key: 'nav.home', show: true },
    { to: '/forslag', key: 'nav.suggestions', show: true },
    { to: '/forslag/ny', key: 'nav.newSuggestion', show: true },
    // Digital agents too: a leader may assign them a suggestion to answer («Tildelt meg»).
    { to: '/innboks', key: 'nav.inbox', show: isLeader || roles.has('DIGITAL_AGENT') },
    { to: '/varsler', key: 'nav.notifications', show: true },
    { to: '/statistikk', key: 'nav.metrics', show: true },
    { to: '/historier', key: 'nav.stories', show: true },
    { to: '/gevinster', key: 'nav.gains', show: true },
    { to: '/innsatsomrader', key: 'nav.focusAreas', show: true },
    { to: '/mine-data', key: 'nav.myData', show: true },
    { to: '/admin', key: 'nav.admin', show: isAdmin },
  ];

  async function onLogout(everywhere = false) {
    await logout(everywhere);
    navigate('/logg-inn');
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
                ref={menuButton}
                aria-expanded={menuOpen}
                aria-controls="main-menu"
                onClick={() => setMenuOpen((open) => !open)}
              >
                <span aria-hidden="true">☰ </span>
                {t('layout.menu')}
                {/* While the menu is closed, the unread count shows on its button (on a phone the
                    «Varsler» link is hidden behind it). */}
                {!menuOpen && unread > 0 ? <UnreadBadge count={unread} /> : null}
              </button>
            ) : null}
          </div>
        </div>
        {me ? (
          // On a phone the menu (navigation, then who is signed in) opens under the bar; from
          // 64rem the navigation has a line of its own and the person sits in the bar (see styles).
          <div id="main-menu" className={`main-menu${menuOpen ? ' main-menu--open' : ''}`}>
            <nav id="main-nav" aria-label={t('layout.mainNav')} className="main-nav">
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
            </nav>
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
          </div>
        ) : null}
      </header>
      <main id="main" tabIndex={-1}>
        {/* Pages are lazy (router.tsx): «Laster …» while a page's chunk loads, as while the session is checked. */}
        <PageErrorBoundary resetKey={pathname}>
          <Suspense fallback={<Loading />}>{children}</Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <p>{t('layout.footer')}</p>
      </footer>
    </>
  );
}
