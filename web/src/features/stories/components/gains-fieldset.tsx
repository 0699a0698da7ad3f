import { useEffect, useId, useRef, useState } from 'react';
import { GAIN_CATEGORIES, type GainCategory } from '@idehub/libs/suggestion-rules';
import { GAIN_DESCRIPTION_MAX, GAIN_UNIT_EXAMPLES, GAIN_UNIT_MAX, STORY_GAINS_MAX } from '@idehub/libs/story-rules';
import { useTranslation } from 'react-i18next';
import { FieldShell } from '@/components/fields';
import { emptyGain, type GainDraft, type StoryErrors } from '../lib/story-draft';
import '@/i18n/namespaces/stories';

interface Props {
  gains: GainDraft[];
  onChange: (gains: GainDraft[]) => void;
  errorFor: (path: string) => string | undefined;
  warnings: StoryErrors;
}

/**
 * Structured gains: a category, a description, and optionally a number with its unit of measure.
 * Each gain is its own group («Gevinst 2»), so a screen reader knows which one a field belongs to.
 */
export function GainsFieldset({ gains, onChange, errorFor, warnings }: Props) {
  const { t } = useTranslation('stories');
  const id = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const groupRef = useRef<HTMLFieldSetElement>(null);
  const [focusTarget, setFocusTarget] = useState<number | 'add' | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // After adding, the keyboard starts at the new gain; after removing, at the add button.
  useEffect(() => {
    if (focusTarget === null) return;
    if (focusTarget === 'add') addRef.current?.focus();
    else groupRef.current?.querySelector<HTMLElement>(`[name="gains.${focusTarget}.category"]`)?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  function update(index: number, patch: Partial<GainDraft>) {
    onChange(gains.map((g, i) => (i === index ? { ...g, ...patch } : g)));
  }

  function add() {
    const gain = emptyGain();
    onChange([...gains, gain]);
    setAnnouncement(t('editor.gainAdded', { number: gains.length + 1 }));
    setFocusTarget(gains.length);
  }

  function remove(index: number) {
    onChange(gains.filter((_, i) => i !== index));
    setAnnouncement(t('editor.gainRemoved', { number: index + 1 }));
    setFocusTarget('add');
  }

  return (
    <fieldset ref={groupRef} className="gains-fieldset" aria-describedby={`${id}-hint`}>
      <legend>{t('editor.gains')}</legend>
      <p id={`${id}-hint`} className="field__hint">
        {t('editor.gainsHint')}
      </p>
      {errorFor('gains') ? (
        <p className="field__error">
          <span aria-hidden="true">✕ </span>
          {errorFor('gains')}
        </p>
      ) : null}
      <datalist id={`${id}-units`}>
        {GAIN_UNIT_EXAMPLES.map((unit) => (
          <option key={unit} value={unit} />
        ))}
      </datalist>
      <ol className="gain-drafts">
        {gains.map((gain, i) => (
          <li key={gain.key}>
            <fieldset className="gain-draft">
              <legend>{t('editor.gainNumber', { number: i + 1 })}</legend>
              <FieldShell label={t('editor.gainCategory')} required error={errorFor(`gains.${i}.category`)}>
                {({ id: fid, describedBy, invalid }) => (
                  <select
                    id={fid}
                    name={`gains.${i}.category`}
                    aria-describedby={describedBy}
                    aria-invalid={invalid || undefined}
                    value={gain.category}
                    onChange={(e) => update(i, { category: e.target.value as GainCategory | '' })}
                  >
                    <option value="">{t('editor.chooseCategory')}</option>
                    {GAIN_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`gainCategory.${c}`)}
                      </option>
                    ))}
                  </select>
                )}
              </FieldShell>
              <FieldShell
                label={t('editor.gainDescription')}
                hint={t('editor.gainDescriptionHint')}
                required
                warning={warnings[`gains.${i}.description`]}
                error={errorFor(`gains.${i}.description`)}
              >
                {({ id: fid, describedBy, invalid }) => (
                  <input
                    id={fid}
                    name={`gains.${i}.description`}
                    type="text"
                    maxLength={GAIN_DESCRIPTION_MAX}
                    aria-describedby={describedBy}
                    aria-invalid={invalid || undefined}
                    value={gain.description}
                    onChange={(e) => update(i, { description: e.target.value })}
                  />
                )}
              </FieldShell>
              <div className="gain-draft__measure">
                <FieldShell
                  label={t('editor.gainValue')}
                  hint={t('editor.gainValueHint')}
                  error={errorFor(`gains.${i}.value`)}
                >
                  {({ id: fid, describedBy, invalid }) => (
                    <input
                      id={fid}
                      name={`gains.${i}.value`}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      aria-describedby={describedBy}
                      aria-invalid={invalid || undefined}
                      value={gain.value}
                      onChange={(e) => update(i, { value: e.target.value })}
                    />
                  )}
                </FieldShell>
                <FieldShell
                  label={t('editor.gainUnit')}
                  hint={t('editor.gainUnitHint')}
                  warning={warnings[`gains.${i}.unit`]}
                  error={errorFor(`gains.${i}.unit`)}
                >
                  {({ id: fid, describedBy, invalid }) => (
                    <input
                      id={fid}
                      name={`gains.${i}.unit`}
                      type="text"
                      list={`${id}-units`}
                      maxLength={GAIN_UNIT_MAX}
                      autoComplete="off"
                      aria-describedby={describedBy}
                      aria-invalid={invalid || undefined}
                      value={gain.unit}
                      onChange={(e) => update(i, { unit: e.target.value })}
                    />
                  )}
                </FieldShell>
              </div>
              <button type="button" className="button button--secondary" onClick={() => remove(i)}>
                {t('editor.removeGain', { number: i + 1 })}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {gains.length === 0 ? <p className="empty">{t('editor.noGains')}</p> : null}
      <button
        ref={addRef}
        type="button"
        className="button button--secondary"
        onClick={add}
        disabled={gains.length >= STORY_GAINS_MAX}
      >
        {t('editor.addGain')}
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </fieldset>
  );
}
