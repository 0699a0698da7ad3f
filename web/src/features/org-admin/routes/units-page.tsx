import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage, Loading, SuccessMessage } from '@/components/feedback';
import { FieldShell } from '@/components/fields';
import { Page } from '@/components/page';
import { AdminNav } from '@/features/admin/components/admin-nav';
import { problemOf } from '@/lib/errors';
import { useAdminUnits, useCloseUnit, useCreateUnit, useUpdateUnit } from '../api/admin-units';
import { orgAdminFieldError, type AdminUnit, unitOptions } from '../components/org-admin-lib';
import '@/i18n/namespaces/orgadmin';

export function UnitsPage() {
  const { t } = useTranslation('orgadmin');
  const units = useAdminUnits();
  const [showClosed, setShowClosed] = useState(false);
  const all = units.data?.adminUnits ?? [];

  return (
    <Page title={t('units.title')} lead={t('units.lead')}>
      <AdminNav />
      <ErrorMessage error={units.error} onRetry={() => void units.refetch()} />
      {units.loading && !units.data ? <Loading /> : null}
      {units.data ? (
        <>
          <CreateUnitForm units={all} />
          <section aria-labelledby="unit-tree-heading" className="card stack">
            <h2 id="unit-tree-heading">{t('units.tree')}</h2>
            <label className="checkbox">
              <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
              {t('units.showClosed')}
            </label>
            {all.length === 0 ? <p>{t('units.none')}</p> : null}
            <UnitList units={all} parentId={null} showClosed={showClosed} />
          </section>
        </>
      ) : null}
    </Page>
  );
}

function UnitList({
  units,
  parentId,
  showClosed,
}: {
  units: AdminUnit[];
  parentId: string | null;
  showClosed: boolean;
}) {
  const children = units.filter((u) => u.parentId === parentId && (showClosed || !u.closedAt));
  if (!children.length) return null;
  return (
    <ul className="unit-tree">
      {children.map((u) => (
        <li key={u.id}>
          <UnitRow unit={u} units={units} />
          <UnitList units={units} parentId={u.id} showClosed={showClosed} />
        </li>
      ))}
    </ul>
  );
}

function UnitRow({ unit, units }: { unit: AdminUnit; units: AdminUnit[] }) {
  const { t } = useTranslation('orgadmin');
  const [mode, setMode] = useState<'view' | 'edit' | 'close'>('view');
  const [done, setDone] = useState<string | null>(null);
  return (
    <div className="unit-row">
      <div className="unit-row__head">
        <strong>{unit.name}</strong> {unit.closedAt ? <span className="tag">{t('units.closed')}</span> : null}
        <span className="unit-row__meta">
          {t('units.members', { count: unit.memberCount })} ·{' '}
          {t('units.openSuggestions', { count: unit.openSuggestionCount })}
        </span>
        {!unit.closedAt && mode === 'view' ? (
          <span className="button-row">
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('units.edit', { name: unit.name })}
              onClick={() => {
                setDone(null);
                setMode('edit');
              }}
            >
              {t('units.editShort')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              aria-label={t('units.close', { name: unit.name })}
              onClick={() => {
                setDone(null);
                setMode('close');
              }}
            >
              {t('units.closeShort')}
            </button>
          </span>
        ) : null}
      </div>
      {done ? <SuccessMessage>{done}</SuccessMessage> : null}
      {mode === 'edit' ? (
        <EditUnitForm
          unit={unit}
          units={units}
          onDone={(message) => {
            setMode('view');
            setDone(message);
          }}
        />
      ) : null}
      {mode === 'close' ? (
        <CloseUnitForm
          unit={unit}
          units={units}
          onDone={(message) => {
            setMode('view');
            setDone(message);
          }}
        />
      ) : null}
    </div>
  );
}

function CreateUnitForm({ units }: { units: AdminUnit[] }) {
  const { t } = useTranslation('orgadmin');
  const [create, { loading, error }] = useCreateUnit();
  const [name, setName] = useState('');
  const [parentId, setParentId] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [blank, setBlank] = useState(false);
  const problem = problemOf(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setCreated(null);
    setBlank(!name.trim());
    if (!name.trim()) return;
    try {
      const res = await create({ variables: { input: { name: name.trim(), parentId: parentId || null } } });
      setCreated(res.data?.createUnit.name ?? name);
      setName('');
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="card stack" aria-labelledby="create-unit-heading" noValidate>
      <h2 id="create-unit-heading">{t('units.create')}</h2>
      {problem && !problem.fields.length ? <ErrorMessage error={error} /> : null}
      {created ? <SuccessMessage>{t('units.created', { name: created })}</SuccessMessage> : null}
      <FieldShell
        label={t('units.name')}
        required
        error={blank ? t('errors.name') : orgAdminFieldError(t, problem, 'name')}
      >
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required
            maxLength={200}
          />
        )}
      </FieldShell>
      <FieldShell label={t('units.parent')} error={orgAdminFieldError(t, problem, 'parentId')}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            <option value="">{t('units.top')}</option>
            {unitOptions(units).map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </FieldShell>
      <div>
        <button type="submit" className="button" disabled={loading}>
          {t('units.add')}
        </button>
      </div>
    </form>
  );
}

function EditUnitForm({ unit, units, onDone }: { unit: AdminUnit; units: AdminUnit[]; onDone: (m: string) => void }) {
  const { t } = useTranslation('orgadmin');
  const [update, { loading, error }] = useUpdateUnit();
  const [name, setName] = useState(unit.name);
  const [parentId, setParentId] = useState(unit.parentId ?? '');
  const problem = problemOf(error);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    try {
      await update({ variables: { input: { id: unit.id, name: name.trim(), parentId: parentId || null } } });
      onDone(t('units.saved'));
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack unit-form" aria-label={t('units.edit', { name: unit.name })} noValidate>
      {problem && !problem.fields.length ? <ErrorMessage error={error} /> : null}
      <FieldShell label={t('units.name')} required error={orgAdminFieldError(t, problem, 'name')}>
        {({ id, describedBy, invalid }) => (
          <input
            id={id}
            type="text"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required
            maxLength={200}
          />
        )}
      </FieldShell>
      <FieldShell label={t('units.parent')} error={orgAdminFieldError(t, problem, 'parentId')}>
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={parentId}
            onChange={(e) => setParentId(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
          >
            <option value="">{t('units.top')}</option>
            {unitOptions(units)
              .filter((o) => o.id !== unit.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </select>
        )}
      </FieldShell>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t('units.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone('')}>
          {t('units.cancel')}
        </button>
      </div>
    </form>
  );
}

function CloseUnitForm({ unit, units, onDone }: { unit: AdminUnit; units: AdminUnit[]; onDone: (m: string) => void }) {
  const { t } = useTranslation('orgadmin');
  const [close, { loading, error }] = useCloseUnit();
  const [targetId, setTargetId] = useState('');
  const [missing, setMissing] = useState(false);
  const problem = problemOf(error);
  const idProblems = problem?.fields.filter((f) => f.field === 'id') ?? [];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setMissing(!targetId);
    if (!targetId) return;
    try {
      await close({ variables: { id: unit.id, moveOpenSuggestionsToId: targetId } });
      onDone(t('units.closedDone', { name: unit.name }));
    } catch {
      // shown through `error`
    }
  }

  return (
    <form onSubmit={onSubmit} className="stack unit-form" aria-label={t('units.close', { name: unit.name })} noValidate>
      <p>{t('units.closeLead')}</p>
      {idProblems.length ? (
        <div className="alert alert--error" role="alert">
          <p>{t('errors.closeBlocked')}</p>
        </div>
      ) : null}
      {problem && !problem.fields.length ? <ErrorMessage error={error} /> : null}
      <FieldShell
        label={t('units.moveTo')}
        required
        error={missing ? t('errors.chooseTarget') : orgAdminFieldError(t, problem, 'moveOpenSuggestionsToId')}
      >
        {({ id, describedBy, invalid }) => (
          <select
            id={id}
            value={targetId}
            onChange={(e) => setTargetId(e.target.value)}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            aria-required
          >
            <option value="">{t('units.choose')}</option>
            {unitOptions(units)
              .filter((o) => o.id !== unit.id)
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
          </select>
        )}
      </FieldShell>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t('units.confirmClose')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone('')}>
          {t('units.cancel')}
        </button>
      </div>
    </form>
  );
}
