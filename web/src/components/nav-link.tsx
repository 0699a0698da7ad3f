import type { ReactNode } from 'react';
import { Link, useLocation } from 'wouter';

/**
 * A link in a menu that says whether it is the page shown: `aria-current="page"` (which the styles
 * mark, see `.main-nav` and `.sub-nav`) on its own address and, unless `end`, on the addresses under it
 * (`/admin/enheter` for `/admin/enheter/…`). As react-router's NavLink, which wouter does not have.
 */
export function NavLink({ to, end = false, children }: { to: string; end?: boolean; children: ReactNode }) {
  const [location] = useLocation();
  const path = (location.length > 1 ? location.replace(/\/+$/, '') : location).toLowerCase();
  const target = to.toLowerCase();
  const current = path === target || (!end && path.startsWith(target === '/' ? '/' : `${target}/`));
  return (
    <Link to={to} aria-current={current ? 'page' : undefined}>
      {children}
    </Link>
  );
}
