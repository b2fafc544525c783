import { useRef } from 'react';
import { useDisclosure } from '../hooks/useDisclosure';
import type { ChartSpec } from '../../charts/chartOption';
import { embedHeight, embedSnippet, embedUrl } from '../../state/permalink';
import { CopyButton } from '../common/CopyButton';
import { useI18n } from '../common/I18nContext';

interface EmbedCodeProps {
  /** The chart's name, as `?embed=<name>` takes it. */
  name: string;
  spec: ChartSpec;
  /** The absolute URL of the page as it now is, view included. */
  pageUrl: string;
  /** True when uploads stand in for the shipped rows this chart draws, which an embed does not show. */
  showsUploads: boolean;
}

/** A small "Embed" button under a chart that reveals the `<iframe>` code for it, with a copy button. */
export function EmbedCode({ name, spec, pageUrl, showsUploads }: EmbedCodeProps) {
  const { t } = useI18n();
  const { open, panelId, buttonProps } = useDisclosure();
  const code = useRef<HTMLTextAreaElement>(null);
  const snippet = embedSnippet({ src: embedUrl(pageUrl, name), title: spec.title, height: embedHeight(spec.height, spec.notes.length) });
  return (
    <div className="embed-code">
      <button type="button" className="link-button" data-testid="embed-button" {...buttonProps} aria-label={t('embed.buttonLabel', { chart: spec.title })}>
        {t('embed.button')}
      </button>
      {open && (
        <div id={panelId} className="embed-panel">
          <label className="embed-label">
            <span>{t('embed.code')}</span>
            <textarea ref={code} data-testid="embed-code" readOnly rows={3} value={snippet} onFocus={(event) => event.target.select()} />
          </label>
          {showsUploads && <p className="embed-note">{t('embed.uploadsNote')}</p>}
          <CopyButton text={() => snippet} label={t('embed.copy')} copiedLabel={t('embed.copied')} testId="embed-copy" field={code} />
        </div>
      )}
    </div>
  );
}
