import { useId, useState } from 'react';
import { isTerminal } from '@idehub/libs/workflow';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ErrorMessage } from '@/components/feedback';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useFormat } from '@/i18n/format';
import '../co-creation.css';
import { useJoinSuggestion } from '../api/join-suggestion';
import { useLeaveSuggestion } from '../api/leave-suggestion';
import { useSuggestionCoCreation } from '../api/suggestion-co-creation';
import { useSupportSuggestion } from '../api/support-suggestion';
import { useUnsupportSuggestion } from '../api/unsupport-suggestion';
import '@/i18n/namespaces/cocreation';

/**
 * Co-creation on a suggestion page: support (one per person, with the count), «Bli med» with the
 * co-creators, and where the suggestion comes from (a focus area, a success story, a digital agent).
 */
export function CoCreationPanel({ suggestionId }: { suggestionId: string }) {
  const { t } = useTranslation('cocreation');
  const format = useFormat();
  const id = useId();
  const { roles } = useViewer();
  const { data, error } = useSuggestionCoCreation(suggestionId);
  const [support, supportState] = useSupportSuggestion();
  const [unsupport, unsupportState] = useUnsupportSuggestion();
  const [join, joinState] = useJoinSuggestion();
  const [leave, leaveState] = useLeaveSuggestion();
  const [said, setSaid] = useState('');

  const s = data?.suggestion;
  if (!s) return error ? <ErrorMessage error={error} /> : null;

  const open = !isTerminal(s.status);
  const supportBusy = supportState.loading || unsupportState.loading;
  const joinBusy = joinState.loading || leaveState.loading;
  const writer = roles.has('LEADER') || roles.has('DIGITAL_AGENT');
  // A merged suggestion lives on in another, a withdrawn one not at all: nothing to support here.
  const supportable = s.status !== 'MERGED' && s.status !== 'WITHDRAWN';

  function toggleSupport() {
    if (!s) return;
    const run = s.supportedByMe ? unsupport : support;
    void run({ variables: { id: s.id } })
      .then(() => setSaid(s.supportedByMe ? t('support.withdrawn') : t('support.given')))
      .catch(() => undefined);
  }

  function toggleJoin() {
    if (!s) return;
    const run = s.joinedByMe ? leave : join;
    void run({ variables: { id: s.id } })
      .then(() => setSaid(s.joinedByMe ? t('join.left') : t('join.joined')))
      .catch(() => undefined);
  }

  return (
    <section className="card co-creation" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('panel.heading')}</h2>
      {s.focusArea || s.adoptedFrom || s.registeredBy ? (
        <ul className="plain-list co-creation__origin">
          {s.focusArea ? (
            <li>
              {t('panel.answersFocusArea')} <Link to="/innsatsomrader">{s.focusArea.title}</Link>
            </li>
          ) : null}
          {s.adoptedFrom ? (
            <li>
              {t('panel.adoptsStory')} <Link to={`/historier/${s.adoptedFrom.id}`}>{s.adoptedFrom.title}</Link>
            </li>
          ) : null}
          {s.registeredBy ? (
            <li>
              {t('panel.registeredBy')} <Link to={`/personer/${s.registeredBy.id}`}>{s.registeredBy.name}</Link>
            </li>
          ) : null}
        </ul>
      ) : null}

      <div className="co-creation__row">
        <p className="co-creation__count">
          <strong>{t('support.count', { count: s.supportCount, formatted: format.number(s.supportCount) })}</strong>
        </p>
        {s.submittedByMe ? (
          <p className="muted">{t('support.ownSuggestion')}</p>
        ) : !supportable && !s.supportedByMe ? null : (
          <button type="button" className="button button--secondary" disabled={supportBusy} onClick={toggleSupport}>
            {s.supportedByMe ? t('support.withdraw') : t('support.give')}
          </button>
        )}
      </div>
      <ErrorMessage error={supportState.error ?? unsupportState.error} />

      <h3>{t('join.heading')}</h3>
      <p>{t('join.explain')}</p>
      {s.coCreators.length ? (
        <ul className="plain-list co-creators" aria-label={t('join.coCreators')}>
          {s.coCreators.map((p) => (
            <li key={p.id}>
              <Link to={`/personer/${p.id}`}>{p.name}</Link>
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty">{t('join.none')}</p>
      )}
      {!s.submittedByMe && (open || s.joinedByMe) ? (
        <button type="button" className="button button--secondary" disabled={joinBusy} onClick={toggleJoin}>
          {s.joinedByMe ? t('join.leave') : t('join.join')}
        </button>
      ) : null}
      <ErrorMessage error={joinState.error ?? leaveState.error} />
      <p role="status" className="co-creation__said">
        {said}
      </p>

      {writer && s.status === 'IMPLEMENTED' ? (
        <p>
          <Link to={`/historier/ny?forslag=${s.id}`}>{t('panel.writeStory')}</Link>
        </p>
      ) : null}
    </section>
  );
}
