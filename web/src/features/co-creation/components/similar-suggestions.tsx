import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { StatusBadge } from '@/components/status-badge';
import { useFormat } from '@/i18n/format';
import { SIMILAR_MIN_TEXT, useSimilarSuggestions } from '../api/similar-suggestions';
import { useSupportSuggestion } from '../api/support-suggestion';
import { useDebouncedValue } from '../lib/use-debounced-value';
import '../co-creation.css';
import '@/i18n/namespaces/cocreation';

/** How long typing must pause before asking (ms). */
export const SIMILAR_DEBOUNCE_MS = 400;

/**
 * Open suggestions of the municipality like the one being typed, so people support instead of
 * duplicating. Asks once typing pauses; the list itself is not a live region, only its count.
 */
export function SimilarSuggestions({ text, unitId, onOpen }: { text: string; unitId?: string; onOpen?: () => void }) {
  const { t } = useTranslation('cocreation');
  const format = useFormat();
  const id = useId();
  const settled = useDebouncedValue(text.trim(), SIMILAR_DEBOUNCE_MS);
  const { data, previousData } = useSimilarSuggestions(settled, unitId || undefined);
  const [support, supportState] = useSupportSuggestion();
  const [supportedTitle, setSupportedTitle] = useState<string | null>(null);

  const enough = [...settled].length >= SIMILAR_MIN_TEXT;
  const matches = enough ? ((data ?? previousData)?.similarSuggestions ?? []) : [];

  return (
    <div className="similar">
      <p role="status" className="similar__status">
        {matches.length ? t('similar.found', { count: matches.length, formatted: format.number(matches.length) }) : ''}
      </p>
      {matches.length ? (
        <section aria-labelledby={`${id}-h`}>
          <h2 id={`${id}-h`} className="similar__heading">
            {t('similar.heading')}
          </h2>
          <p className="similar__lead">{t('similar.lead')}</p>
          <ul className="plain-list similar__list">
            {matches.map(({ suggestion: s }) => (
              <li key={s.id} className="similar__item">
                {/* Same tab (a new tab confuses many on a phone); the form keeps its draft in lib/drafts. */}
                <Link to={`/forslag/${s.id}`} onClick={onOpen}>
                  {s.title}
                </Link>
                <span className="similar__meta">
                  <StatusBadge status={s.status} /> {s.unit.name}
                  {s.supportCount
                    ? ` · ${t('support.count', { count: s.supportCount, formatted: format.number(s.supportCount) })}`
                    : ''}
                </span>
                {s.submittedByMe ? (
                  <span className="muted">{t('similar.yours')}</span>
                ) : s.supportedByMe ? (
                  <span className="muted">{t('similar.alreadySupported')}</span>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={supportState.loading}
                    onClick={() =>
                      void support({ variables: { id: s.id } })
                        .then(() => setSupportedTitle(s.title))
                        .catch(() => undefined)
                    }
                  >
                    {t('similar.supportInstead')}
                    <span className="visually-hidden">: {s.title}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {supportedTitle ? (
        <div role="status" className="alert alert--success">
          {t('similar.supported', { title: supportedTitle })}
        </div>
      ) : null}
    </div>
  );
}
