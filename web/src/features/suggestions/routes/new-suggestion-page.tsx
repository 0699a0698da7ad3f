import { NotPlacedNotice } from '@/features/sso/components/not-placed-notice';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams } from 'wouter';
import { ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useColleagues } from '@/features/co-creation/api/colleagues';
import { SimilarSuggestions } from '@/features/co-creation/components/similar-suggestions';
import { useOpenFocusAreas } from '@/features/focus-areas/api/open-focus-areas';
import { useUnits } from '../api/units';
import { SubmitSuggestionForm } from '../components/submit-suggestion-form';
import '@/i18n/namespaces/suggestion';

export function NewSuggestionPage() {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const { me, roles } = useViewer();
  const isAgent = roles.has('DIGITAL_AGENT');
  const { data, loading, error, refetch } = useUnits();
  const focusAreas = useOpenFocusAreas();
  const colleagues = useColleagues({ skip: !isAgent });
  const myUnitIds = new Set((me?.memberships ?? []).flatMap((m) => (m.unit ? [m.unit.id] : [])));
  const units = data?.units ?? [];
  // From «Send inn et forslag» on /innsatsomrader: that focus area, in its unit when it has one.
  const fromArea = (focusAreas.data?.focusAreas ?? []).find((a) => a.id === params.get('innsatsomrade'));
  // Signed in through the identity provider but not yet placed in a unit by an admin: read only.
  const notPlaced = me !== null && me.memberships.length === 0;
  const defaultUnitId = fromArea?.unit?.id ?? units.find((u) => myUnitIds.has(u.id))?.id;

  return (
    <Page title={t('suggestion:submit.pageTitle')} lead={t('suggestion:submit.lead')}>
      {(loading && !data) || (focusAreas.loading && !focusAreas.data) ? <Loading /> : null}
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {notPlaced ? <NotPlacedNotice /> : null}
      {data && me && !notPlaced && !(focusAreas.loading && !focusAreas.data) ? (
        <SubmitSuggestionForm
          draftOwnerId={me.id}
          units={units}
          defaultUnitId={defaultUnitId}
          focusAreas={focusAreas.data?.focusAreas ?? []}
          defaultFocusAreaId={fromArea?.id}
          colleagues={isAgent ? (colleagues.data?.people ?? []).filter((p) => p.id !== me?.id) : undefined}
          renderSimilar={({ title, description, unitId }) => (
            // The draft is kept while typing (lib/drafts), so the way back from a similar suggestion finds it.
            <SimilarSuggestions text={`${title} ${description}`} unitId={unitId} />
          )}
          onSubmitted={(s) => {
            navigate(`/forslag/${s.id}`, { state: { submitted: true } });
          }}
        />
      ) : null}
    </Page>
  );
}
