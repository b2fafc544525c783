import { useState } from 'react';
import type { CountingChoices, ImportResult, QuoteReading } from '../../data/finishImport';
import type { ReadingChoice } from '../../data/count/chooseReading';
import { NOT_COUNTED_REASONS, type ConflictPolicy, type NotCountedLine } from '../../data/count/notCounted';
import { notCountedCsv } from '../../data/export/notCountedCsv';
import { columnLabel } from '../../i18n/columnLabel';
import { formatNumber } from '../../i18n/format';
import { downloadText } from '../common/download';
import { useI18n } from '../common/I18nContext';
import { ChoiceSelect } from './ChoiceSelect';

// How many lines not counted the report lists; the download holds every one it kept.
const LINES_SHOWN = 50;
const READINGS: readonly ReadingChoice[] = ['auto', 'totals', 'households', 'persons'];
const POLICIES: readonly ConflictPolicy[] = ['later', 'first', 'both'];
const QUOTE_READINGS: readonly QuoteReading[] = ['as-written', 'lines'];

interface CountingReportProps {
  result: ImportResult;
  /** Reads the file again, counted another way. */
  onRecount: (choices: CountingChoices) => void;
}

/** How the file's lines were counted: the reading taken and why, the conflicts and how they were settled, and every line left out of the figures. */
export function CountingReport({ result, onRecount }: CountingReportProps) {
  const { lang, t } = useI18n();
  const [reading, setReading] = useState<ReadingChoice>(result.choices.reading);
  const [policy, setPolicy] = useState<ConflictPolicy>(result.choices.conflicts);
  const [quotes, setQuotes] = useState<QuoteReading>(result.choices.quotes);
  const changed = reading !== result.choices.reading || policy !== result.choices.conflicts || quotes !== result.choices.quotes;
  const unclosedQuote = result.problems.some((problem) => problem.code === 'unclosed_quote' || problem.code === 'unclosed_quote_as_lines');
  const { notCounted, conflicts } = result;
  const lineRef = (line: number, file: string | undefined) =>
    file !== undefined && file !== result.fileName ? t('counting.refLineInFile', { line, file }) : t('counting.refLine', { line });
  const describeLine = (line: NotCountedLine) => t(`notCounted.${line.reason}`);
  const decision = result.reading;
  const tally = NOT_COUNTED_REASONS.filter((reason) => (notCounted.tally[reason] ?? 0) > 0);

  return (
    <section className="counting-report" data-testid="import-counting" aria-labelledby="counting-title">
      <h3 id="counting-title">{t('counting.title')}</h3>
      {result.datasetId === 'relocation' && (
        <p data-testid="import-reading" data-reading={decision.reading} data-reason={decision.reason}>
          {t('counting.because', {
            reading: t(`counting.reading.${decision.reading}`),
            reason: t(`counting.reason.${decision.reason}`, { header: decision.header ?? '' }),
          })}
        </p>
      )}
      <div className="counting-choices">
        {result.datasetId === 'relocation' && (
          <ChoiceSelect
            testId="import-reading-choice"
            label={t('counting.reading')}
            value={reading}
            choices={READINGS}
            wording={(choice) => t(`counting.reading.${choice}`)}
            onChange={setReading}
          />
        )}
        <ChoiceSelect
          testId="import-conflict-policy"
          label={t('counting.policy')}
          value={policy}
          choices={POLICIES}
          wording={(choice) => t(`counting.policy.${choice}`)}
          onChange={setPolicy}
        />
        {unclosedQuote && (
          <ChoiceSelect
            testId="import-quote-reading"
            label={t('counting.quotes')}
            value={quotes}
            choices={QUOTE_READINGS}
            wording={(choice) => t(`counting.quotes.${choice}`)}
            onChange={setQuotes}
          />
        )}
        <button
          type="button"
          className="secondary-button"
          data-testid="import-recount"
          disabled={!changed}
          onClick={() => onRecount({ reading, conflicts: policy, quotes })}
        >
          {t('counting.recount')}
        </button>
      </div>

      {conflicts.length > 0 && (
        <>
          <h4>{t('counting.conflicts', { count: formatNumber(conflicts.length, lang) })}</h4>
          <ul className="counting-list">
            {conflicts.slice(0, LINES_SHOWN).map((conflict) => (
              <li
                key={`${conflict.file ?? ''}-${conflict.line}-${conflict.ref}`}
                data-testid="import-conflict"
                data-line={conflict.line}
                data-ref={conflict.ref}
              >
                {t('counting.conflict', {
                  line: conflict.line,
                  ref: lineRef(conflict.ref, conflict.refFile),
                  column: columnLabel(result.datasetId, conflict.column, lang),
                  value: conflict.value === null ? '—' : formatNumber(conflict.value, lang, 2),
                  refValue: conflict.refValue === null ? '—' : formatNumber(conflict.refValue, lang, 2),
                  kept: conflict.kept === null ? t('counting.keptBoth') : t('counting.kept', { line: conflict.kept }),
                })}
              </li>
            ))}
          </ul>
        </>
      )}

      <h4 data-testid="import-not-counted" data-count={notCounted.total}>
        {notCounted.total === 0 ? t('counting.allCounted') : t('counting.notCounted', { count: formatNumber(notCounted.total, lang) })}
      </h4>
      {tally.length > 0 && (
        <ul className="counting-tally">
          {tally.map((reason) => (
            <li key={reason} data-testid="import-not-counted-reason" data-reason={reason} data-count={notCounted.tally[reason]}>
              {t('counting.tallyItem', { reason: t(`notCounted.${reason}`), count: formatNumber(notCounted.tally[reason] ?? 0, lang) })}
            </li>
          ))}
        </ul>
      )}
      {notCounted.lines.length > 0 && (
        <ol className="counting-list" tabIndex={0} aria-label={t('counting.notCounted', { count: formatNumber(notCounted.total, lang) })}>
          {notCounted.lines.slice(0, LINES_SHOWN).map((line, index) => (
            <li key={`${line.file ?? ''}-${line.line}-${index}`} data-testid="import-not-counted-line" data-line={line.line} data-reason={line.reason}>
              {t('counting.notCountedLine', { line: line.line, reason: describeLine(line) })}
              {line.ref !== undefined && t('counting.seeLine', { ref: lineRef(line.ref, line.refFile ?? line.file) })}
            </li>
          ))}
        </ol>
      )}
      {notCounted.total > LINES_SHOWN && <p className="chart-note">{t('counting.moreLines', { count: formatNumber(notCounted.total - LINES_SHOWN, lang) })}</p>}
      {notCounted.lines.length > 0 && (
        <button
          type="button"
          className="secondary-button"
          data-testid="import-download-not-counted"
          onClick={() =>
            downloadText(
              `${result.fileName.replace(/\.[^.]+$/, '')}-not-counted.csv`,
              notCountedCsv(notCounted, describeLine, {
                line: t('report.line'),
                file: t('counting.csv.file'),
                reason: t('report.reason'),
                ref: t('counting.csv.ref'),
                refFile: t('counting.csv.refFile'),
              }),
            )
          }
        >
          {t('counting.downloadNotCounted', { count: formatNumber(notCounted.lines.length, lang) })}
        </button>
      )}
    </section>
  );
}
