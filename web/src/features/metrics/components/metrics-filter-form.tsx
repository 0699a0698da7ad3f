import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import {
  customPeriod,
  type CustomPeriodProblem,
  isPeriodPreset,
  PERIOD_PRESETS,
  type PeriodPreset,
} from '../lib/period';
import '@/i18n/namespaces/metrics';

export interface MetricsFilter {
  /** Empty: the whole municipality. */
  unitId: string;
  preset: PeriodPreset;
  /** `YYYY-MM-DD`, for a custom period only. */
  from: string;
  to: string;
}

export interface UnitOption {
  id: string;
  name: string;
  depth: number;
}

interface Props {
  value: MetricsFilter;
  /** The units the person may see metrics for (led units and below), in tree order. */
  units: UnitOption[];
  onApply: (filter: MetricsFilter) => void;
}

/** Which unit and which period /statistikk shows; chosen days are checked before anything is asked. */
export function MetricsFilterForm({ value, units, onApply }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<MetricsFilter>(value);
  const [problems, setProblems] = useState<{ from?: CustomPeriodProblem; to?: CustomPeriodProblem }>({});
  const custom = draft.preset === 'custom';

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (custom) {
      const checked = customPeriod(draft.from, draft.to);
      setProblems(checked.problems);
      if (!checked.period) return;
    } else setProblems({});
    onApply(custom ? draft : { ...draft, from: '', to: '' });
  }

  return (
    <form className="filters filters--metrics" onSubmit={onSubmit} noValidate aria-label={t('metrics:filterLabel')}>
      {units.length ? (
        <div className="field">
          <label htmlFor={`${id}-unit`} className="field__label">
            {t('metrics:unit')}
          </label>
          <select
            id={`${id}-unit`}
            name="enhet"
            value={draft.unitId}
            onChange={(e) => setDraft((d) => ({ ...d, unitId: e.target.value }))}
          >
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {`${'\u00a0\u00a0'.repeat(u.depth)}${u.depth ? '– ' : ''}${u.name}`}
              </option>
            ))}
            <option value="">{t('metrics:wholeMunicipality')}</option>
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-period`} className="field__label">
          {t('metrics:period')}
        </label>
        <select
          id={`${id}-period`}
          name="periode"
          value={draft.preset}
          onChange={(e) => {
            const preset = e.target.value;
            if (isPeriodPreset(preset)) setDraft((d) => ({ ...d, preset }));
          }}
        >
          {PERIOD_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {t(`metrics:presets.${preset}`)}
            </option>
          ))}
        </select>
      </div>
      {custom ? (
        <>
          <FieldShell
            label={t('metrics:from')}
            required
            error={problems.from ? t(`metrics:problems.${problems.from}`) : undefined}
          >
            {({ id: fieldId, describedBy, invalid }) => (
              <input
                id={fieldId}
                name="fra"
                type="date"
                required
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={draft.from}
                onChange={(e) => setDraft((d) => ({ ...d, from: e.target.value }))}
              />
            )}
          </FieldShell>
          <FieldShell
            label={t('metrics:to')}
            hint={t('metrics:toHint')}
            required
            error={problems.to ? t(`metrics:problems.${problems.to}`) : undefined}
          >
            {({ id: fieldId, describedBy, invalid }) => (
              <input
                id={fieldId}
                name="til"
                type="date"
                required
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                value={draft.to}
                onChange={(e) => setDraft((d) => ({ ...d, to: e.target.value }))}
              />
            )}
          </FieldShell>
        </>
      ) : null}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('metrics:show')}
        </button>
      </div>
    </form>
  );
}
