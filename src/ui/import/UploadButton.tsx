import { useWindowDropZone } from '../hooks/useWindowDropZone';
import { useI18n } from '../common/I18nContext';

const ACCEPT = '.csv,.tsv,.txt,.xlsx,.xls,.et,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The one upload control, plus drag-and-drop of files anywhere on the page. */
export function UploadButton({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useI18n();
  const dragging = useWindowDropZone(onFiles);

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
