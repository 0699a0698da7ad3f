import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { IMPORT_COLUMN_HEADERS } from '@idehub/libs/organisation-import';
import { Page } from '@/components/page';
import { useFormat } from '@/i18n/format';
import { FieldShell } from '@/components/fields';
import { useViewer } from '@/features/auth/hooks/use-viewer';
import { AdminNav } from '@/features/admin/components/admin-nav';
import {
  type ImportAnswer,
  ImportRequestError,
  SAMPLE_URL,
  type UploadPhase,
  uploadOrganisationFile,
} from '../api/organisation-import';
import { ImportErrors, ImportSummary } from '../components/import-summary';
import '../org-import.css';
import '@/i18n/namespaces/orgimport';

type Step =
  | { kind: 'choose' }
  | { kind: 'busy'; action: 'check' | 'apply'; phase: UploadPhase }
  | { kind: 'checked'; answer: ImportAnswer }
  | { kind: 'applied'; answer: ImportAnswer }
  | { kind: 'failed'; code: string; message: string };

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const isAllZero = (a: ImportAnswer) =>
  [...Object.values(a.units), ...Object.values(a.people), ...Object.values(a.memberships)].every((n) => n === 0);

/** /admin/import: choose a file → dry run → summary and row errors → «Importer» → result. */
export function OrgImportPage() {
  const { t } = useTranslation('orgimport');
  const { me, isAdmin } = useViewer();
  const client = useApolloClient();
  const format = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const [deactivateMissing, setDeactivateMissing] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const abort = useRef<(() => void) | null>(null);
  const deactivateId = useId();

  // Focus moves to the outcome once it is there, so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (step.kind === 'checked' || step.kind === 'applied' || step.kind === 'failed') resultHeading.current?.focus();
  }, [step.kind]);
  useEffect(() => () => abort.current?.(), []);

  function run(action: 'check' | 'apply') {
    if (!file) {
      setFileError(t('form.fileMissing'));
      return;
    }
    setFileError(null);
    const upload = uploadOrganisationFile(file, { dryRun: action === 'check', deactivateMissing }, (phase) =>
      setStep({ kind: 'busy', action, phase }),
    );
    abort.current = upload.abort;
    upload.result.then(
      (answer) => {
        setStep({ kind: answer.applied ? 'applied' : 'checked', answer });
        // Units, people and roles changed under every cached list: drop them (not `me`, which keeps
        // this page mounted) so the next page reads them afresh.
        if (answer.applied)
          client.cache.modify({
            id: 'ROOT_QUERY',
            fields: (value, { fieldName, DELETE }) => (fieldName === 'me' ? value : DELETE),
          });
      },
      (error: unknown) => {
        const e = error instanceof ImportRequestError ? error : new ImportRequestError('UNKNOWN', String(error), 0);
        if (e.code === 'ABORTED') setStep({ kind: 'choose' });
        else setStep({ kind: 'failed', code: e.code, message: e.message });
      },
    );
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run('check');
  }

  if (me && !isAdmin) {
    return (
      <Page title={t('title')}>
        <p role="alert" className="alert alert--error">
          {t('adminsOnly')}
        </p>
      </Page>
    );
  }

  const busy = step.kind === 'busy';
  return (
    <Page title={t('title')} lead={t('lead')}>
      <AdminNav />
      <section aria-labelledby="org-import-columns" className="card org-import__intro">
        <h2 id="org-import-columns">{t('columns.heading')}</h2>
        <p>{t('columns.intro')}</p>
        <dl className="org-import__columns">
          {(['employeeId', 'name', 'email', 'unit', 'role'] as const).map((c) => (
            <div key={c}>
              <dt>
                <code>{IMPORT_COLUMN_HEADERS[c][0]}</code> / <code>{IMPORT_COLUMN_HEADERS[c][1]}</code>
              </dt>
              <dd>{t(`columns.${c}`)}</dd>
            </div>
          ))}
        </dl>
        <p>
          <a href={SAMPLE_URL} download>
            {t('columns.sample')}
          </a>
        </p>
      </section>

      <form onSubmit={onSubmit} noValidate className="org-import__form" aria-labelledby="org-import-form-heading">
        <h2 id="org-import-form-heading">{t('form.heading')}</h2>
        <FieldShell label={t('form.file')} hint={t('form.fileHint')} error={fileError} required>
          {({ id, describedBy, invalid }) => (
            <input
              id={id}
              type="file"
              accept={ACCEPT}
              aria-describedby={describedBy}
              aria-invalid={invalid || undefined}
              aria-required="true"
              disabled={busy}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
                setStep({ kind: 'choose' });
              }}
            />
          )}
        </FieldShell>
        <div className="checkbox">
          <input
            id={deactivateId}
            type="checkbox"
            checked={deactivateMissing}
            disabled={busy}
            aria-describedby={`${deactivateId}-hint`}
            onChange={(e) => {
              setDeactivateMissing(e.target.checked);
              if (step.kind === 'checked') setStep({ kind: 'choose' });
            }}
          />
          <div>
            <label htmlFor={deactivateId}>{t('form.deactivateMissing')}</label>
            <p id={`${deactivateId}-hint`} className="field__hint">
              {t('form.deactivateMissingHint')}
            </p>
          </div>
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={busy}>
            {t('form.check')}
          </button>
        </div>
      </form>

      <div aria-live="polite" className="org-import__progress">
        {step.kind === 'busy' ? (
          <Progress action={step.action} phase={step.phase} onCancel={() => abort.current?.()} />
        ) : null}
      </div>

      {step.kind === 'failed' ? (
        <section aria-labelledby="org-import-result" className="alert alert--error">
          <h2 id="org-import-result" tabIndex={-1} ref={resultHeading}>
            {t('failed.heading')}
          </h2>
          <p>{t(`failed.${step.code}`, { defaultValue: t('failed.UNKNOWN') })}</p>
        </section>
      ) : null}

      {step.kind === 'checked' ? (
        <section aria-labelledby="org-import-result" className="org-import__result">
          <h2 id="org-import-result" tabIndex={-1} ref={resultHeading}>
            {t('checked.heading')}
          </h2>
          {step.answer.errors.length ? (
            <>
              <div className="alert alert--error">
                <p>{t('checked.hasErrors', { count: step.answer.errors.length })}</p>
              </div>
              <ImportErrors errors={step.answer.errors} />
              <h3 id="org-import-summary-caption">{t('checked.validPart')}</h3>
              <ImportSummary answer={step.answer} captionId="org-import-summary-caption" />
            </>
          ) : (
            <>
              <p className="alert alert--info">
                {isAllZero(step.answer)
                  ? t('checked.nothingToDo')
                  : t('checked.ready', { rows: format.number(step.answer.rows) })}
              </p>
              <h3 id="org-import-summary-caption">{t('checked.summary')}</h3>
              <ImportSummary answer={step.answer} captionId="org-import-summary-caption" />
              {isAllZero(step.answer) ? null : (
                <div className="button-row">
                  <button type="button" className="button" onClick={() => run('apply')}>
                    {t('checked.apply')}
                  </button>
                </div>
              )}
            </>
          )}
        </section>
      ) : null}

      {step.kind === 'applied' ? (
        <section aria-labelledby="org-import-result" className="org-import__result">
          <h2 id="org-import-result" tabIndex={-1} ref={resultHeading}>
            {t('applied.heading')}
          </h2>
          <p className="alert alert--success">{t('applied.done', { rows: format.number(step.answer.rows) })}</p>
          <h3 id="org-import-summary-caption">{t('applied.summary')}</h3>
          <ImportSummary answer={step.answer} captionId="org-import-summary-caption" />
        </section>
      ) : null}
    </Page>
  );
}

function Progress({ action, phase, onCancel }: { action: 'check' | 'apply'; phase: UploadPhase; onCancel(): void }) {
  const { t } = useTranslation('orgimport');
  const label =
    phase.kind === 'uploading'
      ? t('progress.uploading', {
          percent: phase.fraction === null ? '…' : `${Math.round(phase.fraction * 100)} %`,
        })
      : t(action === 'check' ? 'progress.checking' : 'progress.importing');
  return (
    <div role="status" className="org-import__status">
      <p>
        <span className="spinner" aria-hidden="true" /> {label}
      </p>
      <progress
        max={1}
        value={phase.kind === 'uploading' && phase.fraction !== null ? phase.fraction : undefined}
        aria-label={label}
      />
      {phase.kind === 'uploading' ? (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('progress.cancel')}
        </button>
      ) : null}
    </div>
  );
}
