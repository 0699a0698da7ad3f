import { type ReactNode, useId } from 'react';

interface FieldShellProps {
  label: string;
  hint?: ReactNode;
  error?: ReactNode;
  warning?: ReactNode;
  required?: boolean;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, hint, warning and error of a form field, wired to the control with ids (WCAG 1.3.1, 3.3.1). */
export function FieldShell({ label, hint, error, warning, required, children }: FieldShellProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const warningId = `${id}-warning`;
  const describedBy =
    [hint ? hintId : null, warning ? warningId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
        {required ? (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({ id, describedBy, invalid: Boolean(error) })}
      <div aria-live="polite">
        {warning ? (
          <p id={warningId} className="field__warning">
            <span aria-hidden="true">⚠ </span>
            {warning}
          </p>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">✕ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
