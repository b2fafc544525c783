import type { ImportResult } from '../../data/finishImport';
import { summariseImport, unlistedProblemKinds } from '../../data/export/importSummary';
import { problemCell } from '../../data/workbook/problemCell';
import { columnLabel, describeProblem } from '../../i18n/columnLabel';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../common/I18nContext';

/** Every problem of an import by line and column; a workbook's also by its cell as Excel names it (乡镇数据!D12). */
export function ProblemList({ result, heading: Heading = 'h3' }: { result: ImportResult; heading?: 'h3' | 'h4' }) {
  const { lang, t } = useI18n();
  const summary = summariseImport(result);
  if (result.problems.length === 0) return null;
  const title = t('report.problems', { errors: summary.errors, warnings: summary.warnings });
  const unlistedKinds = unlistedProblemKinds(result)
    .map(([code, count]) => `${t(`problemKind.${code}`)} ${formatNumber(count, lang)}`)
    .join(lang === 'zh' ? '，' : ', ');
  return (
    <>
      <Heading>{title}</Heading>
      {/* Focusable: a long list scrolls in its own box, which a keyboard must be able to scroll too. */}
      <ol className="problem-list" tabIndex={0} aria-label={title}>
        {result.problems.map((problem, index) => {
          const cell = problemCell(result, problem);
          return (
            <li
              key={`${problem.line}-${problem.column}-${problem.code}-${index}`}
              data-testid="import-error"
              data-line={problem.line}
              data-column={problem.column ?? ''}
              data-cell={cell ?? undefined}
              data-severity={problem.severity}
              className={`problem-${problem.severity}`}
            >
              <span className="problem-where">
                {cell && <span className="problem-cell">{cell} · </span>}
                {t('problems.line', { line: problem.line })}
                {problem.column && ` · ${columnLabel(result.datasetId, problem.column, lang)}`}
              </span>{' '}
              <strong>{t(`severity.${problem.severity}`)}</strong> {describeProblem(problem, result.datasetId, lang)}
            </li>
          );
        })}
      </ol>
      {summary.unlistedProblems > 0 && (
        <p className="chart-note">{t('report.moreProblems', { count: formatNumber(summary.unlistedProblems, lang), kinds: unlistedKinds })}</p>
      )}
    </>
  );
}
