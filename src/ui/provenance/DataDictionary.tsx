import { DATASETS, DATASET_IDS } from '../../data/schema';
import { templateCsv } from '../../data/export/templateCsv';
import { downloadText } from '../common/download';
import { useI18n } from '../common/I18nContext';
import { ScrollRegion } from '../common/ScrollRegion';

/** The data contract, read from the same schema the validator uses, with an empty template per dataset. */
export function DataDictionary() {
  const { lang, t } = useI18n();
  return (
    <details className="data-dictionary" data-testid="data-dictionary">
      {/* A heading of its own, so the datasets' headings below it step h2 → h3. */}
      <summary>
        <h2 className="dictionary-title">{t('dictionary.title')}</h2>
      </summary>
      <p>{t('dictionary.intro')}</p>
      {DATASET_IDS.map((id) => {
        const spec = DATASETS[id];
        return (
          <section key={id} className="dictionary-dataset">
            <div className="chart-heading">
              <h3>
                {spec.title[lang]} <code>{spec.fileName}</code>
              </h3>
              <button
                type="button"
                className="secondary-button"
                data-testid={`template-${id}-zh`}
                onClick={() => downloadText(`${id}-模板.csv`, templateCsv(id, 'zh'))}
              >
                {t('dictionary.templateZh')}
              </button>
              <button
                type="button"
                className="secondary-button"
                data-testid={`template-${id}-en`}
                onClick={() => downloadText(`${id}-template.csv`, templateCsv(id, 'en'))}
              >
                {t('dictionary.templateEn')}
              </button>
            </div>
            <ScrollRegion label={spec.title[lang]}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('dictionary.column')}</th>
                    <th scope="col">{t('dictionary.chinese')}</th>
                    <th scope="col">{t('dictionary.type')}</th>
                    <th scope="col">{t('dictionary.required')}</th>
                    <th scope="col">{t('dictionary.meaning')}</th>
                  </tr>
                </thead>
                <tbody>
                  {spec.columns.map((column) => (
                    <tr key={column.key}>
                      <td>
                        <code>{column.key}</code>
                      </td>
                      <td>{column.zh}</td>
                      <td>
                        {t(`dictionary.type.${column.type}`)}
                        {column.unit ? ` (${column.unit[lang]})` : ''}
                      </td>
                      <td>
                        {column.required
                          ? t('dictionary.yes')
                          : column.headerRequired
                            ? t('dictionary.columnOnly')
                            : spec.requireOneOf?.some((group) => group.includes(column.key))
                              ? t('dictionary.oneOf')
                              : ''}
                      </td>
                      <td>
                        {column.description[lang]}
                        {column.enumValues && `: ${column.enumValues.map((option) => `${option.code} ${option.label.zh}`).join(' | ')}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
          </section>
        );
      })}
    </details>
  );
}
