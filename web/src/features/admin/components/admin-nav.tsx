import { useTranslation } from 'react-i18next';
import { NavLink } from '@/components/nav-link';
import '@/i18n/namespaces/admin';

/**
 * The admin area's sections. Each section is its own route and feature folder:
 * settings and audit log (admin), sign-in (sso), units and people (org-admin), import (org-import).
 */
export const ADMIN_SECTIONS = [
  { to: '/admin', key: 'settings', end: true },
  { to: '/admin/enheter', key: 'units', end: false },
  { to: '/admin/personer', key: 'people', end: false },
  { to: '/admin/import', key: 'import', end: false },
  { to: '/admin/innlogging', key: 'signIn', end: false },
] as const;

export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('admin:nav.label')} className="sub-nav">
      <ul>
        {ADMIN_SECTIONS.map((s) => (
          <li key={s.to}>
            <NavLink to={s.to} end={s.end}>
              {t(`admin:nav.${s.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
