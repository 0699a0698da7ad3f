import { useId } from 'react';
import type { SuggestionStatusName } from '@idehub/libs';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorMessage } from '@/components/feedback';
import { StatusBadge } from '@/components/status-badge';
import { useFormat } from '@/i18n/format';
import { useCloseFocusArea } from '../api/close-focus-area';
import { type FocusAreaPhase } from '../lib/focus-area-rules';
import '@/i18n/namespaces/cocreation';

export interface FocusAreaView {
  id: string;
  title: string;
  question: string;
  opensAt: string;
  endsAt: string;
  closedAt?: string | null;
  isOpen: boolean;
  canClose: boolean;
  suggestionCount: number;
  createdBy: { id: string; name: string };
  unit?: { name: string } | null;
  suggestions: {
    id: string;
    title: string;
    status: SuggestionStatusName;
    supportCount: number;
    unit: { name: string };
  }[];
}

const PHASE_ICONS: Record<FocusAreaPhase, string> = { OPEN: '●', UPCOMING: '◌', ENDED: '■' };

export function FocusAreaCard({ area, phase }: { area: FocusAreaView; phase: FocusAreaPhase }) {
  const { t } = useTranslation('cocreation');
  const format = useFormat();
  const id = useId();
  const [close, { loading, error }] = useCloseFocusArea();

  return (
    <article className="focus-area" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="focus-area__title">
        {area.title}
      </h3>
      <p className="focus-area__meta">
        <span className={`tag focus-area__phase focus-area__phase--${phase.toLowerCase()}`}>
          <span aria-hidden="true">{PHASE_ICONS[phase]} </span>
          {phase === 'OPEN'
            ? t('focusAreas.openUntil', { date: format.date(area.endsAt) })
            : phase === 'UPCOMING'
              ? t('focusAreas.opensOn', { date: format.date(area.opensAt) })
              : t('focusAreas.endedOn', { date: format.date(area.endsAt) })}
        </span>
        <span>{area.unit ? t('focusAreas.forUnit', { unit: area.unit.name }) : t('focusAreas.wholeMunicipality')}</span>
        <span>
          {t('focusAreas.by')} <Link to={`/personer/${area.createdBy.id}`}>{area.createdBy.name}</Link>
        </span>
      </p>
      <blockquote className="focus-area__question">{area.question}</blockquote>
      <div className="button-row">
        {phase === 'OPEN' ? (
          <Link className="button" to={`/forslag/ny?innsatsomrade=${area.id}`}>
            {t('focusAreas.submitFor')}
            <span className="visually-hidden"> {area.title}</span>
          </Link>
        ) : null}
      </div>
      <h4>
        {t('focusAreas.suggestions', { count: area.suggestionCount, formatted: format.number(area.suggestionCount) })}
      </h4>
      {area.suggestions.length === 0 ? (
        <p className="empty">{t('focusAreas.noSuggestions')}</p>
      ) : (
        <ul className="plain-list focus-area__suggestions">
          {area.suggestions.map((s) => (
            <li key={s.id}>
              <Link to={`/forslag/${s.id}`}>{s.title}</Link> <StatusBadge status={s.status} />{' '}
              <span className="muted">
                {s.unit.name}
                {s.supportCount
                  ? ` · ${t('support.count', { count: s.supportCount, formatted: format.number(s.supportCount) })}`
                  : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      {area.canClose && phase !== 'ENDED' ? (
        <details className="focus-area__close">
          <summary>{t('focusAreas.close')}</summary>
          <p>{t('focusAreas.closeExplain')}</p>
          <ErrorMessage error={error} />
          <button
            type="button"
            className="button button--secondary"
            disabled={loading}
            onClick={() => void close({ variables: { id: area.id } }).catch(() => undefined)}
          >
            {t('focusAreas.closeConfirm', { title: area.title })}
          </button>
        </details>
      ) : null}
    </article>
  );
}
