import type { SuggestionStatusName } from '@idehub/libs';
import { useTranslation } from 'react-i18next';

/** A shape per status so the status never depends on colour alone (the label is always written). */
const STATUS_ICONS: Record<SuggestionStatusName, string> = {
  SUBMITTED: '○',
  UNDER_REVIEW: '◔',
  ACCEPTED: '◑',
  IN_PROGRESS: '◕',
  PARKED: '‖',
  IMPLEMENTED: '✓',
  DECLINED: '✕',
  MERGED: '⇢',
  WITHDRAWN: '–',
};

export function StatusBadge({ status }: { status: SuggestionStatusName }) {
  const { t } = useTranslation();
  return (
    <span className={`status status--${status.toLowerCase().replace('_', '-')}`}>
      <span aria-hidden="true" className="status__icon">
        {STATUS_ICONS[status]}
      </span>
      {t(`status.${status}`)}
    </span>
  );
}
