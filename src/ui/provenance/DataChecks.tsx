import type { DatasetId } from '../../data/schema';
import type { ImportResult } from '../../data/finishImport';
import type { CombineProblems } from '../../data/uploads/applyUpload';
import type { Problem } from '../../data/types';
import { describeProblem } from '../../i18n/columnLabel';
import { useI18n } from '../common/I18nContext';

interface DataChecksProps {
  imports: Readonly<Partial<Record<DatasetId, ImportResult>>>;
  /** What combining appended uploads with what they were appended to found. */
  combined: CombineProblems;
}

/** What validation said about the data shown (warnings, subtotal checks), so nothing is silently dropped. */
export function DataChecks({ imports, combined }: DataChecksProps) {
  const { lang, t } = useI18n();
  const entries: { where: string; datasetId: DatasetId; problem: Problem }[] = [
    ...Object.values(imports).flatMap((result) => result.problems.map((problem) => ({ where: result.fileName, datasetId: result.datasetId, problem }))),
    ...Object.entries(combined).flatMap(([datasetId, problems]) =>
      problems.map((problem) => ({ where: t('problems.combined'), datasetId: datasetId as DatasetId, problem })),
    ),
  ];
  if (entries.length === 0) return null;
  return (
    <details className="data-checks" data-testid="data-checks">
      <summary>{t('footer.problems', { count: entries.length })}</summary>
      <ul>
        {entries.map(({ where, datasetId, problem }, index) => (
          <li key={index} className={`problem-${problem.severity}`}>
            <span className="problem-where">
              {problem.file ?? where} · {t('problems.line', { line: problem.line })}
            </span>{' '}
            {t(`severity.${problem.severity}`)}: {describeProblem(problem, datasetId, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}
