import { DATASETS, DATASET_IDS, type DatasetId } from '../../data/schema';
import { useI18n } from '../common/I18nContext';

/** The sources behind what is shown, each with the datasets it supports. */
export function SourcesList({ sources }: { sources: Readonly<Record<DatasetId, readonly string[]>> }) {
  const { lang, t } = useI18n();
  const datasetsOf = new Map<string, DatasetId[]>();
  for (const id of DATASET_IDS) for (const source of sources[id]) datasetsOf.set(source, [...(datasetsOf.get(source) ?? []), id]);
  if (datasetsOf.size === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-title" data-testid="sources">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <ol>
        {[...datasetsOf].map(([source, datasets]) => (
          <li key={source}>
            <cite>{source}</cite>
            <span className="source-datasets">
              {' '}
              — {t('sources.datasets', { datasets: datasets.map((id) => DATASETS[id].title[lang]).join(lang === 'zh' ? '、' : ', ') })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
