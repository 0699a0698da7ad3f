import type { SuggestionStatusName } from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge } from '@/components/status-badge';
import { useFormat } from '@/i18n/format';
import { ScrollableTable } from '@/components/scrollable-table';
import '@/i18n/namespaces/stories';

export interface AdoptionView {
  adoptedAt: string;
  status: SuggestionStatusName;
  title?: string | null;
  municipality: { name: string };
  unit: { name: string };
  suggestion?: { id: string; title: string } | null;
}

/** Where the story has spread: municipality, unit and how far the adopting suggestion got. */
export function AdoptionsTable({ adoptions, headingId }: { adoptions: AdoptionView[]; headingId: string }) {
  const { t } = useTranslation('stories');
  const format = useFormat();
  if (adoptions.length === 0) return <p className="empty">{t('adoptions.none')}</p>;
  return (
    <ScrollableTable labelledBy={headingId} className="table-wrap--contained">
      <table>
        <caption className="visually-hidden">{t('adoptions.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('adoptions.municipality')}</th>
            <th scope="col">{t('adoptions.unit')}</th>
            <th scope="col">{t('adoptions.status')}</th>
            <th scope="col">{t('adoptions.suggestion')}</th>
            <th scope="col">{t('adoptions.adoptedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {adoptions.map((a, i) => (
            <tr key={a.suggestion?.id ?? `${a.adoptedAt}-${i}`}>
              <td>{a.municipality.name}</td>
              <td>{a.unit.name}</td>
              <td>
                <StatusBadge status={a.status} />
              </td>
              <td>
                {a.suggestion ? (
                  <Link to={`/forslag/${a.suggestion.id}`}>{a.suggestion.title}</Link>
                ) : (
                  (a.title ?? <span className="muted">{t('adoptions.confidential')}</span>)
                )}
              </td>
              <td>
                <time dateTime={a.adoptedAt}>{format.date(a.adoptedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
