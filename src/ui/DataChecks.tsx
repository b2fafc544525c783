import type { DatasetId } from '../data/schema';
import type { ImportResult } from '../data/importTable';
import { describeProblem } from '../i18n/columnLabel';
import { useI18n } from './I18nContext';

/** What validation said about the loaded files (warnings, subtotal checks), so nothing is silently dropped. */
export function DataChecks({ imports }: { imports: Readonly<Partial<Record<DatasetId, ImportResult>>> }) {
  const { lang, t } = useI18n();
  const problems = Object.values(imports).flatMap((result) => result.problems.map((problem) => ({ result, problem })));
  if (problems.length === 0) return null;
  return (
    <details className="data-checks" data-testid="data-checks">
      <summary>{t('footer.problems', { count: problems.length })}</summary>
      <ul>
        {problems.map(({ result, problem }) => (
          <li key={`${result.datasetId}-${problem.line}-${problem.column}-${problem.code}`} className={`problem-${problem.severity}`}>
            <span className="problem-where">
              {result.fileName} · {t('problems.line', { line: problem.line })}
            </span>{' '}
            {t(`severity.${problem.severity}`)}: {describeProblem(problem, result.datasetId, lang)}
          </li>
        ))}
      </ul>
    </details>
  );
}
