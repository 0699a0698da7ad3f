import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';

interface PageProps {
  title: string;
  /** Shown under the heading. */
  lead?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
}

/** A page: its document title and its one h1 (focused by the layout after navigation). */
export function Page({ title, lead, actions, children }: PageProps) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1} id="page-title">
          {title}
        </h1>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
      {lead ? <p className="lead">{lead}</p> : null}
      {children}
    </>
  );
}
