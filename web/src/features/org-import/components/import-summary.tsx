import { useTranslation } from 'react-i18next';
import { useFormat } from '@/i18n/format';
import type { ImportAnswer, ImportRowError } from '../api/organisation-import';
import '@/i18n/namespaces/orgimport';

/** What the import changes (dry run) or changed (applied), as a table a screen reader reads row by row. */
export function ImportSummary({ answer, captionId }: { answer: ImportAnswer; captionId: string }) {
  const { t } = useTranslation('orgimport');
  const format = useFormat();
  const rows: [string, number][] = [
    [t('summary.unitsCreated'), answer.units.created],
    [t('summary.unitsMoved'), answer.units.moved],
    [t('summary.unitsRenamed'), answer.units.renamed],
    [t('summary.peopleCreated'), answer.people.created],
    [t('summary.peopleUpdated'), answer.people.updated],
    [t('summary.peopleDeactivated'), answer.people.deactivated],
    [t('summary.membershipsAdded'), answer.memberships.added],
    [t('summary.membershipsRemoved'), answer.memberships.removed],
  ];
  return (
    <div className="table-wrap org-import__summary">
      <table aria-labelledby={captionId}>
        <thead>
          <tr>
            <th scope="col">{t('summary.what')}</th>
            <th scope="col" className="number">
              {t('summary.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, count]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td className="number">{format.number(count)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The row errors: line (the header is line 1), column as written in the file, and what is wrong. */
export function ImportErrors({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation('orgimport');
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="org-import-errors-heading">
      <table>
        <caption id="org-import-errors-heading">{t('errors.heading', { count: errors.length })}</caption>
        <thead>
          <tr>
            <th scope="col" className="number">
              {t('errors.line')}
            </th>
            <th scope="col">{t('errors.column')}</th>
            <th scope="col">{t('errors.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {errors.map((e, i) => (
            <tr key={`${e.line}-${e.column}-${i}`}>
              <td className="number">{e.line}</td>
              <td>{e.column ?? t('errors.wholeFile')}</td>
              <td>{t(`problem.${e.code}`, { ...e.params, defaultValue: e.message })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
