import { DATASETS } from '../data/schema';
import type { Dataset } from '../data/types';
import { sourcesOf } from '../data/aggregate/sourcesOf';
import { useI18n } from './I18nContext';

export function SourcesList({ data }: { data: Dataset }) {
  const { lang, t } = useI18n();
  const sources = sourcesOf(data);
  if (sources.length === 0) return null;
  return (
    <section className="sources" aria-labelledby="sources-title" data-testid="sources">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <ol>
        {sources.map(({ source, datasets }) => (
          <li key={source}>
            <cite>{source}</cite>
            <span className="source-datasets"> — {t('sources.datasets', { datasets: datasets.map((id) => DATASETS[id].title[lang]).join(lang === 'zh' ? '、' : ', ') })}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
