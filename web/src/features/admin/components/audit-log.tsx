import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { useFormat } from '@/i18n/format';
import { AUDIT_PAGE_SIZE, useAuditLog } from '../api/audit-log';
import { actionKey, describeAuditValue, HIDDEN_AUDIT_FIELDS, prettyJson } from './audit-value';
import { ScrollableTable } from '@/components/scrollable-table';
import '@/i18n/namespaces/admin';

/** Where an entity of the log can be opened in the app. */
const ENTITY_PATHS: Record<string, (id: string) => string> = {
  suggestion: (id) => `/forslag/${id}`,
  success_story: (id) => `/historier/${id}`,
  focus_area: () => '/innsatsomrader',
};

/** Who did what and when, newest first, with what changed; paginated. Admins only (the API checks). */
export function AuditLog() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data, loading, error, refetch, fetchMore } = useAuditLog();
  const connection = data?.auditLog;
  const entries = connection?.edges.map((e) => e.node) ?? [];

  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">{t('admin:auditLog')}</h2>
      <p>{t('admin:audit.lead')}</p>
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading && !connection ? <Loading /> : null}
      {connection ? (
        entries.length === 0 ? (
          <EmptyState>{t('admin:audit.empty')}</EmptyState>
        ) : (
          <>
            <p className="count">
              {t(connection.totalCountIsExact ? 'admin:audit.showing' : 'admin:audit.showingOver', {
                shown: format.number(entries.length),
                total: format.number(connection.totalCount),
                count: connection.totalCount,
              })}
            </p>
            <ScrollableTable labelledBy="audit-heading">
              <table className="audit-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin:audit.when')}</th>
                    <th scope="col">{t('admin:audit.who')}</th>
                    <th scope="col">{t('admin:audit.what')}</th>
                    <th scope="col">{t('admin:audit.changes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => {
                    const path = ENTITY_PATHS[entry.entityType]?.(entry.entityId);
                    const entityName = t(`admin:audit.entity.${entry.entityType}`, { defaultValue: entry.entityType });
                    const before = prettyJson(entry.before);
                    const after = prettyJson(entry.after);
                    const names = new Map(entry.references.map((r) => [r.id.toLowerCase(), r.name]));
                    const value = (json: string | null | undefined) =>
                      describeAuditValue(t, json, format.dateTime, names);
                    const changes = entry.changes.filter((c) => !HIDDEN_AUDIT_FIELDS.has(c.field));
                    return (
                      <tr key={entry.id}>
                        <td>
                          <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                        </td>
                        <td>{entry.actor ? entry.actor.name : t('admin:audit.system')}</td>
                        <td>
                          <strong>
                            {t(`admin:audit.action.${actionKey(entry.action)}`, { defaultValue: entry.action })}
                          </strong>
                          <br />
                          {path ? <Link to={path}>{entityName}</Link> : entityName}
                        </td>
                        <td>
                          {changes.length ? (
                            <ul className="audit-changes">
                              {changes.map((c) => (
                                <li key={c.field}>
                                  <span className="audit-changes__field">
                                    {t(`admin:audit.field.${c.field}`, { defaultValue: c.field })}
                                  </span>
                                  {': '}
                                  {t('admin:audit.fromTo', { from: value(c.before), to: value(c.after) })}
                                </li>
                              ))}
                            </ul>
                          ) : (
                            <span className="empty">{t('admin:audit.noChanges')}</span>
                          )}
                          {before || after ? (
                            <details className="audit-details">
                              <summary>{t('admin:audit.beforeAfter')}</summary>
                              <div className="audit-details__states">
                                <div>
                                  <h3 className="audit-details__heading">{t('admin:audit.before')}</h3>
                                  <pre>{before ?? t('admin:audit.noValue')}</pre>
                                </div>
                                <div>
                                  <h3 className="audit-details__heading">{t('admin:audit.after')}</h3>
                                  <pre>{after ?? t('admin:audit.noValue')}</pre>
                                </div>
                              </div>
                            </details>
                          ) : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </ScrollableTable>
            {connection.pageInfo.hasNextPage ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={loading}
                onClick={() =>
                  void fetchMore({ variables: { after: connection.pageInfo.endCursor, first: AUDIT_PAGE_SIZE } })
                }
              >
                {loading ? t('common.loading') : t('admin:audit.showMore')}
              </button>
            ) : null}
          </>
        )
      ) : null}
    </section>
  );
}
