import { useState } from 'react';
import { allowedTargets, isTerminal } from '@idehub/libs/workflow';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/feedback';
import { Page } from '@/components/page';
import { CoCreationPanel } from '@/features/co-creation/components/co-creation-panel';
import { CommentThread } from '@/features/co-creation/components/comment-thread';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { StatusBadge } from '@/components/status-badge';
import { useFormat } from '@/i18n/format';
import { problemCode } from '@/lib/errors';
import { useNavigationState } from '@/lib/navigation-state';
import { useFollowSuggestion, useUnfollowSuggestion } from '../api/follow-suggestion';
import { useSuggestion } from '../api/suggestion';
import { AssignForm } from '../components/assign-form';
import { DueInfo } from '../components/due-info';
import { MergeForm } from '../components/merge-form';
import { RatingForm } from '../components/rating-form';
import { RespondForm } from '../components/respond-form';
import { Timeline } from '../components/timeline';
import { WithdrawForm } from '../components/withdraw-form';
import '@/i18n/namespaces/promise';
import '@/i18n/namespaces/suggestion';

export function SuggestionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const justSubmitted = Boolean(useNavigationState<{ submitted: boolean }>()?.submitted);
  const result = useSuggestion(id);
  const { me } = useViewer();
  const [follow, followState] = useFollowSuggestion();
  const [unfollow, unfollowState] = useUnfollowSuggestion();
  const [sentResponseId, setSentResponseId] = useState<string | null>(null);

  if (result.loading && result.dataState !== 'complete') return <Loading />;
  const s = result.dataState === 'complete' ? result.data.suggestion : null;
  if (!s) {
    const notFound = !result.error || problemCode(result.error) === 'NOT_FOUND';
    return (
      <Page title={notFound ? t('suggestion:notFoundTitle') : t('suggestion:errorTitle')}>
        {notFound ? (
          <p>{t('errors.NOT_FOUND')}</p>
        ) : (
          <ErrorMessage error={result.error} onRetry={() => void result.refetch()} />
        )}
        <p>
          <Link to="/forslag">{t('suggestion:backToList')}</Link>
        </p>
      </Page>
    );
  }
  const followBusy = followState.loading || unfollowState.loading;
  const canWithdraw = s.submittedByMe && allowedTargets(s.status, 'SUBMITTER', 'WITHDRAW').length > 0;
  const canMerge = s.canRespond && allowedTargets(s.status, 'RESPONDER', 'MERGE').length > 0;
  // The assignee owns the answer while the case is open; reopening stays with the leaders.
  const mayAnswer = s.canRespond || (s.canAnswer && !isTerminal(s.status));
  // «Ikke nå»: the answer that parked it (the latest one to PARKED) says why, for everyone who sees it.
  const parkedBy = s.reviewOn ? [...s.responses].reverse().find((r) => r.status === 'PARKED') : undefined;

  return (
    <Page title={s.title}>
      {justSubmitted ? <SuccessMessage>{t('suggestion:submit.thanks')}</SuccessMessage> : null}
      <div className="suggestion-summary card">
        <p className="suggestion-card__meta">
          <StatusBadge status={s.status} />
          <span>{s.unit.name}</span>
          <span>{t('suggestion:submittedBy', { name: s.submitterName, date: format.date(s.submittedAt) })}</span>
          {s.supportCount ? <span>{t('suggestion.supportCount', { count: s.supportCount })}</span> : null}
          {s.confidential ? <span className="tag tag--unread">{t('suggestion.confidential')}</span> : null}
        </p>
        <p>
          <DueInfo
            responseDueAt={s.responseDueAt}
            overdue={s.overdue}
            escalatedAt={s.escalatedAt}
            owedBy={s.owedBy}
            reviewOn={s.reviewOn}
          />
        </p>
        {s.owner ? <p>{t('suggestion:owner', { name: s.owner.name })}</p> : null}
        {s.overdue ? (
          <p className="alert alert--warning">
            <span aria-hidden="true">⚠ </span>
            {t('suggestion:overdueNotice')}
          </p>
        ) : null}
        {s.escalatedAt ? (
          <p className="alert alert--info">
            <span aria-hidden="true">↑ </span>
            {s.escalatedTo.length
              ? t('suggestion:escalatedToNotice', {
                  date: format.date(s.escalatedAt),
                  names: format.list(s.escalatedTo.map((p) => p.name)),
                })
              : t('suggestion:escalatedNotice', { date: format.date(s.escalatedAt) })}
          </p>
        ) : null}
        {s.mergedInto ? (
          <p className="alert alert--info">
            {t('suggestion:mergedInto')} <Link to={`/forslag/${s.mergedInto.id}`}>{s.mergedInto.title}</Link>
          </p>
        ) : null}
        {s.alwaysFollowing ? (
          <p>{t(s.submittedByMe ? 'promise:follow.always' : 'promise:follow.alwaysMerged')}</p>
        ) : (
          <div className="button-row">
            <button
              type="button"
              className="button button--secondary"
              disabled={followBusy}
              onClick={() =>
                void (s.isFollowing ? unfollow : follow)({ variables: { id: s.id } }).catch(() => undefined)
              }
            >
              {s.isFollowing ? t('suggestion:unfollow') : t('suggestion:follow')}
            </button>
            <span role="status">{s.isFollowing ? t('suggestion:youFollow') : ''}</span>
          </div>
        )}
        <ErrorMessage error={followState.error ?? unfollowState.error} />
      </div>

      {s.reviewOn ? (
        <section className="parked-notice card" aria-labelledby="parked-heading">
          <h2 id="parked-heading">
            <span aria-hidden="true">‖ </span>
            {t('suggestion:parkedHeading', { date: format.date(s.reviewOn) })}
          </h2>
          <p>{t('suggestion:parkedIntro', { date: format.date(s.reviewOn) })}</p>
          {parkedBy ? (
            <>
              <p className="parked-notice__who">{t('suggestion:parkedWhy', { name: parkedBy.author.name })}</p>
              <blockquote className="prose parked-notice__why">{parkedBy.message}</blockquote>
            </>
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="description-heading">
        <h2 id="description-heading">{t('suggestion:description')}</h2>
        <p className="prose">{s.description}</p>
      </section>

      {/* Those who may answer get the answer form right after the history, before co-creation and comments. */}
      <Timeline
        submittedAt={s.submittedAt}
        submitterName={s.submitterName}
        responses={s.responses}
        focusResponseId={sentResponseId}
      />

      {mayAnswer ? (
        <RespondForm
          key={s.id}
          suggestion={s}
          draftOwnerId={me?.id}
          onConflict={() => void result.refetch()}
          onSent={(responseId) => setSentResponseId(responseId ?? null)}
        />
      ) : null}
      {s.canRespond ? (
        <>
          {!isTerminal(s.status) ? <AssignForm suggestionId={s.id} owner={s.owner} /> : null}
          {canMerge ? <MergeForm suggestionId={s.id} /> : null}
        </>
      ) : null}

      <CoCreationPanel suggestionId={s.id} />

      <CommentThread suggestionId={s.id} />

      {isTerminal(s.status) ? <RatingForm suggestionId={s.id} rating={s.rating} canRate={s.submittedByMe} /> : null}

      {canWithdraw ? <WithdrawForm suggestionId={s.id} /> : null}
    </Page>
  );
}
