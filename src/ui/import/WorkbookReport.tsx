import { useEffect, useRef, useState } from 'react';
import { DATASETS, DATASET_IDS, type DatasetId } from '../../data/schema';
import type { ImportResult } from '../../data/finishImport';
import type { ApplyMode } from '../../data/uploads/applyUpload';
import type { SheetOutcome, WorkbookOutcome } from '../../data/workbook/importWorkbook';
import { summariseImport } from '../../data/export/importSummary';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';
import { focusStepHeading } from './focusStepHeading';
import { ImportFacts } from './ImportFacts';
import { ApplyControls } from './ApplyControls';
import { ProblemList } from './ProblemList';
import { RejectedDownloads } from './RejectedDownloads';
import { ColumnMappingPanel } from './ColumnMappingPanel';
import type { ColumnMapping } from '../../data/columnMapping';

interface WorkbookReportProps {
  workbook: WorkbookOutcome;
  applyBlocked: string | null;
  onApply: (results: readonly ImportResult[], mode: ApplyMode) => void;
  onChooseSheetDataset: (sheet: string, datasetId: DatasetId) => void;
  onMapColumns: (mapping: ColumnMapping) => void;
  onClearMappings: () => void;
  onCancel: () => void;
}

type SheetReportProps = Pick<WorkbookReportProps, 'onChooseSheetDataset' | 'onMapColumns' | 'onClearMappings'> & { outcome: SheetOutcome };

function SheetReport({ outcome, onChooseSheetDataset, onMapColumns, onClearMappings }: SheetReportProps) {
  const { lang, t } = useI18n();
  const dataset = outcome.kind === 'imported' ? outcome.result.datasetId : null;
  return (
    <section className="workbook-sheet" data-testid="workbook-sheet" data-sheet={outcome.sheet} data-kind={outcome.kind} data-dataset={dataset ?? ''}>
      <h3>
        {t('workbook.sheetTitle', { sheet: outcome.sheet, dataset: dataset ? DATASETS[dataset].title[lang] : t('workbook.notImported') })}
        {outcome.hidden && <span className="chart-note"> {t('workbook.hiddenSheet')}</span>}
      </h3>
      {outcome.kind === 'imported' && (
        <>
          <ImportFacts result={outcome.result} summary={summariseImport(outcome.result)} />
          <ColumnMappingPanel result={outcome.result} onMapColumns={onMapColumns} onClearMappings={onClearMappings} />
          <ProblemList result={outcome.result} heading="h4" />
          <RejectedDownloads result={outcome.result} />
        </>
      )}
      {outcome.kind === 'empty' && <p className="chart-note">{t('workbook.emptySheet')}</p>}
      {outcome.kind === 'needs-dataset' && (
        <>
          <p className="chart-note">
            {t(outcome.detection.candidates.length === DATASET_IDS.length ? 'workbook.notATable' : 'workbook.ambiguous', {
              header: outcome.header.slice(0, 6).join('、'),
            })}
          </p>
          <label>
            {t('workbook.importAs')}{' '}
            <select
              data-testid="workbook-sheet-dataset"
              value=""
              onChange={(event) => {
                const chosen = DATASET_IDS.find((id) => id === event.target.value);
                if (chosen) onChooseSheetDataset(outcome.sheet, chosen);
              }}
            >
              <option value="">{t('workbook.leaveOut')}</option>
              {outcome.detection.candidates.map((id) => (
                <option key={id} value={id}>
                  {DATASETS[id].title[lang]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
    </section>
  );
}

/**
 * What a workbook's sheets gave, sheet by sheet, before anything on the page changes; the sheets recognised as
 * datasets are applied together, in one change, or not at all. A sheet that is no dataset's table is left out and
 * said, and the analyst may name its dataset.
 */
export function WorkbookReport({ workbook, applyBlocked, onApply, onChooseSheetDataset, onMapColumns, onClearMappings, onCancel }: WorkbookReportProps) {
  const { lang, t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => focusStepHeading(heading.current), []);
  const [mode, setMode] = useState<ApplyMode>('replace');
  const results = workbook.sheets.flatMap((outcome) => (outcome.kind === 'imported' && outcome.result.rowsAccepted > 0 ? [outcome.result] : []));
  const leftOut = workbook.sheets.filter((outcome) => outcome.kind !== 'imported').map((outcome) => outcome.sheet);
  const rows = results.reduce((sum, result) => sum + result.rowsAccepted, 0);
  const applying = results.map((result) =>
    t('workbook.applies', { sheet: result.sheet ?? '', dataset: DATASETS[result.datasetId].title[lang], rows: formatNumber(result.rowsAccepted, lang) }),
  );
  return (
    <section className="import-report" data-testid="import-report" aria-labelledby="workbook-report-title">
      <h2 id="workbook-report-title" ref={heading} tabIndex={-1}>
        {t('workbook.title', { file: workbook.fileName, sheets: workbook.sheets.length })}
      </h2>
      {workbook.sheets.map((outcome) => (
        <SheetReport
          key={outcome.sheet}
          outcome={outcome}
          onChooseSheetDataset={onChooseSheetDataset}
          onMapColumns={onMapColumns}
          onClearMappings={onClearMappings}
        />
      ))}
      <ApplyControls
        mode={mode}
        onMode={setMode}
        replaceLabel={t('workbook.replace')}
        applyLabel={t('workbook.apply', { sheets: results.length, count: formatNumber(rows, lang) })}
        disabled={results.length === 0 || applyBlocked !== null}
        onApply={() => onApply(results, mode)}
        onCancel={onCancel}
      >
        <p data-testid="workbook-summary">
          {results.length === 0 ? t('report.nothingToApply') : t('workbook.together', { sheets: applying.join(lang === 'zh' ? '；' : '; ') })}
          {leftOut.length > 0 && ` ${t('workbook.leftOut', { sheets: leftOut.join(lang === 'zh' ? '、' : ', ') })}`}
        </p>
        {applyBlocked && <p className="problem-error">{applyBlocked}</p>}
      </ApplyControls>
    </section>
  );
}
