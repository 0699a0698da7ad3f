import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/feedback';
import { useAssignSuggestion } from '../api/assign-suggestion';
import { usePeople } from '../api/people';
import '@/i18n/namespaces/suggestion';

interface Props {
  suggestionId: string;
  owner: { id: string; name: string } | null;
}

/** Leaders choose who owes the next answer: a leader or digital agent of the municipality. */
export function AssignForm({ suggestionId, owner }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const people = usePeople();
  const [assign, { loading, error }] = useAssignSuggestion();
  const [personId, setPersonId] = useState(owner?.id ?? '');
  const [saved, setSaved] = useState(false);

  const candidates = (people.data?.people ?? []).filter((p) =>
    p.memberships.some((m) => m.role === 'LEADER' || m.role === 'DIGITAL_AGENT' || m.role === 'ADMIN'),
  );

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    try {
      await assign({ variables: { input: { suggestionId, personId: personId || null } } });
      setSaved(true);
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="card stack" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('suggestion:assign.heading')}</h2>
      <p>{owner ? t('suggestion:assign.current', { name: owner.name }) : t('suggestion:assign.none')}</p>
      {people.loading && !people.data ? <Loading /> : null}
      <ErrorMessage error={people.error ?? error} />
      {saved ? <SuccessMessage>{t('suggestion:assign.saved')}</SuccessMessage> : null}
      <div className="field">
        <label htmlFor={`${id}-p`} className="field__label">
          {t('suggestion:assign.person')}
        </label>
        <select id={`${id}-p`} name="personId" value={personId} onChange={(e) => setPersonId(e.target.value)}>
          <option value="">{t('suggestion:assign.unitLeaders')}</option>
          {candidates.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="button button--secondary" disabled={loading}>
          {t('suggestion:assign.save')}
        </button>
      </div>
    </form>
  );
}
