import { useEffect, useId, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useI18n } from './I18nContext';

/** How long "copied" stays on screen. */
const SAID_FOR_MS = 2500;

interface CopyButtonProps {
  /** What to copy, read at the moment of the click. */
  text: () => string;
  label: string;
  /** Said briefly, in a status region, once the text is on the clipboard. */
  copiedLabel: string;
  testId: string;
  /** A description shown as the button's tooltip. */
  title?: string;
  /** A field already showing the text, selected instead when the clipboard cannot be used; without it, a small read-only field appears. */
  field?: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
  /** The accessible name of the read-only field that appears. */
  fieldLabel?: string;
  className?: string;
}

type Outcome = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; text: string };

/**
 * Copies text with the asynchronous clipboard API. Where that is missing or refused (an insecure page, a denied
 * permission), it selects the text in a read-only field and says how to copy it by hand.
 */
export function CopyButton({ text, label, copiedLabel, testId, title, field, fieldLabel, className = 'secondary-button' }: CopyButtonProps) {
  const { t } = useI18n();
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const ownField = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const fieldId = useId();

  useEffect(() => () => window.clearTimeout(timer.current), []);

  // Select the text once the field is on screen, so Ctrl+C copies it.
  useEffect(() => {
    if (outcome.kind !== 'manual') return;
    const target = field?.current ?? ownField.current;
    target?.focus();
    target?.select();
  }, [outcome, field]);

  const copy = async () => {
    const value = text();
    window.clearTimeout(timer.current);
    try {
      // The API is missing outside secure contexts and in some embedded browsers, whatever the types say.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      if (!clipboard) throw new Error('no clipboard');
      await clipboard.writeText(value);
      setOutcome({ kind: 'copied' });
      timer.current = window.setTimeout(() => setOutcome({ kind: 'idle' }), SAID_FOR_MS);
    } catch {
      setOutcome({ kind: 'manual', text: value });
    }
  };

  return (
    <span className="copy-button">
      <button type="button" className={className} data-testid={testId} title={title} onClick={() => void copy()}>
        {label}
      </button>
      {outcome.kind === 'manual' && !field && (
        <>
          <label htmlFor={fieldId} className="visually-hidden">
            {fieldLabel ?? label}
          </label>
          <input
            ref={ownField}
            id={fieldId}
            className="copy-field"
            data-testid={`${testId}-field`}
            readOnly
            value={outcome.text}
            onFocus={(event) => event.target.select()}
            // Gone once the reader moves on, so it never shows a link the page has since changed.
            onBlur={() => setOutcome({ kind: 'idle' })}
          />
        </>
      )}
      <span className="copy-status" role="status" data-testid={`${testId}-status`}>
        {outcome.kind === 'copied' ? copiedLabel : outcome.kind === 'manual' ? t('copy.manual') : ''}
      </span>
    </span>
  );
}
