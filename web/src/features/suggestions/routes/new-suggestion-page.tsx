import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useUnits } from '../api/units';
import { SubmitSuggestionForm } from '../components/submit-suggestion-form';

export function NewSuggestionPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { me } = useViewer();
  const { data, loading, error, refetch } = useUnits();
  const myUnitIds = new Set((me?.memberships ?? []).flatMap((m) => (m.unit ? [m.unit.id] : [])));
  const units = data?.units ?? [];
  const defaultUnitId = units.find((u) => myUnitIds.has(u.id))?.id;

  return (
    <Page title={t('submit.pageTitle')} lead={t('submit.lead')}>
      {loading && !data ? <Loading /> : null}
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {data ? (
        <SubmitSuggestionForm
          units={units}
          defaultUnitId={defaultUnitId}
          onSubmitted={(s) => void navigate(`/forslag/${s.id}`, { state: { submitted: true } })}
        />
      ) : null}
    </Page>
  );
}
