import { useEffect, useState } from 'react';
import { useI18n } from './I18nContext';

const ACCEPT = '.csv,.tsv,.txt,text/csv,text/tab-separated-values,text/plain';

/** The one upload control, plus drag-and-drop of files anywhere on the page. */
export function UploadButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!hasFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);

  return (
    <>
      <label className="upload-button">
        <input
          type="file"
          className="visually-hidden"
          data-testid="upload-input"
          accept={ACCEPT}
          multiple
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so choosing the same file again (after fixing it) still counts as a change.
            event.target.value = '';
            if (files.length > 0) onFiles(files);
          }}
        />
        {t('upload.button')}
      </label>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          {t('upload.drop')}
        </div>
      )}
    </>
  );
}
