import { useState } from 'react';
import { DATASETS, DATASET_IDS, type DatasetId } from '../../data/schema';
import type { ImportStep } from '../../state/importQueue';
import { columnLabel } from '../../i18n/columnLabel';
import { formatList } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';

/** Asked when a file's header does not say which dataset it holds: the likeliest first, with the columns each would read. */
export function DatasetQuestion({
  step,
  onChooseDataset,
  onNext,
}: {
  step: Extract<ImportStep, { kind: 'question' }>;
  onChooseDataset: (id: DatasetId) => void;
  onNext: () => void;
}) {
  const { lang, t } = useI18n();
  const { candidates, missing } = step.question.detection;
  const [choice, setChoice] = useState<DatasetId>(candidates[0] ?? 'relocation');
  const ordered = [...candidates, ...DATASET_IDS.filter((id) => !candidates.includes(id))];
  return (
    <section data-testid="import-question" aria-labelledby="import-question-title">
      <h2 id="import-question-title" tabIndex={-1}>
        {t('upload.whichDataset', { file: step.item.file.name })}
      </h2>
      <p>{t('upload.whichDatasetHelp')}</p>
      <fieldset className="dataset-choice">
        <legend className="visually-hidden">{t('report.dataset')}</legend>
        {ordered.map((id) => (
          <label key={id}>
            <input type="radio" name="dataset-choice" value={id} checked={choice === id} onChange={() => setChoice(id)} />
            <span>
              <strong>{DATASETS[id].title[lang]}</strong> ({DATASETS[id].fileName})
              <span className="missing-columns">
                {missing[id].length === 0
                  ? t('upload.fits')
                  : t('upload.missingColumns', {
                      columns: formatList(
                        missing[id].map((key) =>
                          key
                            .split('/')
                            .map((k) => columnLabel(id, k, lang))
                            .join(' / '),
                        ),
                        lang,
                      ),
                    })}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="button" className="secondary-button" data-testid="import-cancel" onClick={onNext}>
          {t('report.cancel')}
        </button>
        <button type="button" className="primary-button" data-testid="import-choose-dataset" onClick={() => onChooseDataset(choice)}>
          {t('upload.readAs')}
        </button>
      </div>
    </section>
  );
}
