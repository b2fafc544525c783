import type { DatasetId } from '../../data/schema';
import type { ImportResult } from '../../data/finishImport';
import type { CombineProblems } from '../../data/uploads/applyUpload';
import type { Problem } from '../../data/types';
import { describeProblem } from '../../i18n/columnLabel';
import { useI18n } from '../common/I18nContext';
import type { ProgressProblem } from '../../data/progress/readProgress';

interface DataChecksProps {
  imports: Readonly<Partial<Record<DatasetId, ImportResult>>>;
  /** What combining appended uploads with what they were appended to found. */
  combined: CombineProblems;
  /** Lines of the progress file that could not be read. */
  progress: readonly ProgressProblem[];
}

/** What validation said about the data shown (warnings, subtotal checks), so nothing is silently dropped. */
export function DataChecks({ imports, combined, progress }: DataChecksProps) {
  const { lang, t } = useI18n();
  const entries: { where: string; datasetId: DatasetId; problem: Problem }[] = [
    ...Object.values(imports).flatMap((result) => result.problems.map((problem) => ({ where: result.fileName, datasetId: result.datasetId, problem }))),
    ...Object.entries(combined).flatMap(([datasetId, problems]) =>
      problems.map((problem) => ({ where: t('problems.combined'), datasetId: datasetId as DatasetId, problem })),
    ),
  ];
  if (entries.length === 0 && progress.length === 0) return null;
  return (
    <details className="data-checks" data-testid="data-checks">
      <summary>{t('footer.problems', { count: entries.length + progress.length })}</summary>
      <ul>
        {entries.map(({ where, datasetId, problem }, index) => (
          <li key={index} className={`problem-${problem.severity}`}>
            <span className="problem-where">
              {problem.file ?? where} · {t('problems.line', { line: problem.line })}
            </span>{' '}
            {t(`severity.${problem.severity}`)}: {describeProblem(problem, datasetId, lang)}
          </li>
        ))}
        {progress.map((problem) => (
          <li key={`progress-${problem.line}`} className="problem-error" data-testid="progress-problem">
            <span className="problem-where">progress.csv · {t('problems.line', { line: problem.line })}</span> {t('severity.error')}: {problem.column}:{' '}
            {problem.reason[lang]}
          </li>
        ))}
      </ul>
    </details>
  );
}
