import { useTranslation } from 'react-i18next';
import { EmptyState, ErrorMessage, Loading } from '@/components/feedback';
import { Page } from '@/components/page';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { useFocusAreaUnits } from '../api/focus-area-units';
import { useFocusAreas } from '../api/focus-areas';
import { FocusAreaCard } from '../components/focus-area-card';
import { FocusAreaForm } from '../components/focus-area-form';
import { type FocusAreaPhase, focusAreaPhase, selfAndDescendants } from '../lib/focus-area-rules';
import '../focus-areas.css';
import '@/i18n/namespaces/cocreation';

const PHASES: FocusAreaPhase[] = ['OPEN', 'UPCOMING', 'ENDED'];

/** `/innsatsomrader`: the municipality's focus areas with the suggestions answering them; leaders publish and close. */
export function FocusAreasPage() {
  const { t } = useTranslation('cocreation');
  const { me, roles } = useViewer();
  const isAdmin = roles.has('ADMIN');
  const ledUnitIds = (me?.memberships ?? []).flatMap((m) => (m.role === 'LEADER' && m.unit ? [m.unit.id] : []));
  const mayCreate = isAdmin || ledUnitIds.length > 0;
  const { data, loading, error, refetch } = useFocusAreas();
  const units = useFocusAreaUnits({ skip: !mayCreate });

  const allUnits = units.data?.units ?? [];
  const allowed = isAdmin ? new Set(allUnits.map((u) => u.id)) : selfAndDescendants(ledUnitIds, allUnits);
  const unitOptions = allUnits.filter((u) => allowed.has(u.id));
  const areas = data?.focusAreas ?? [];
  const now = new Date();

  return (
    <Page title={t('focusAreas.title')} lead={t('focusAreas.lead')}>
      {mayCreate && units.data ? (
        <details className="card">
          <summary>{t('focusAreas.create')}</summary>
          <FocusAreaForm units={unitOptions} wholeMunicipality={isAdmin} />
        </details>
      ) : null}
      {error ? <ErrorMessage error={error} onRetry={() => void refetch()} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && areas.length === 0 ? <EmptyState>{t('focusAreas.empty')}</EmptyState> : null}
      {PHASES.map((phase) => {
        const inPhase = areas.filter((a) => focusAreaPhase(a, now) === phase);
        if (inPhase.length === 0) return null;
        return (
          <section key={phase} aria-labelledby={`focus-areas-${phase}`}>
            <h2 id={`focus-areas-${phase}`}>{t(`focusAreas.phase.${phase}`)}</h2>
            {inPhase.map((area) => (
              <FocusAreaCard key={area.id} area={area} phase={phase} />
            ))}
          </section>
        );
      })}
    </Page>
  );
}
