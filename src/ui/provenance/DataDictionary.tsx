import { useState } from 'react';
import { DATASETS, DATASET_IDS, type DatasetId } from '../../data/schema';
import { templateCsv } from '../../data/export/templateCsv';
import { provincesListed } from '../../data/adminDivisions';
import type { Translate } from '../../i18n/translate';
import { downloadBlob, downloadText } from '../common/download';
import { useI18n } from '../common/I18nContext';
import { ScrollRegion } from '../common/ScrollRegion';

/** The data contract, read from the same schema the validator uses, with an empty template per dataset. */
export function DataDictionary() {
  const { lang, t } = useI18n();
  // The province whose counties the .xlsx template lists; Shanxi, whose figures the page ships first.
  const [province, setProvince] = useState('140000');
  return (
    <details className="data-dictionary" data-testid="data-dictionary">
      {/* A heading of its own, so the datasets' headings below it step h2 → h3. */}
      <summary>
        <h2 className="dictionary-title">{t('dictionary.title')}</h2>
      </summary>
      <p>{t('dictionary.intro')}</p>
      <label className="template-province">
        {t('dictionary.templateProvince')}{' '}
        <select data-testid="template-province" value={province} onChange={(event) => setProvince(event.target.value)}>
          {provincesListed().map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
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
              <button type="button" className="secondary-button" data-testid={`template-${id}-xlsx`} onClick={() => downloadTemplateXlsx(id, province, t)}>
                {t('dictionary.templateXlsx')}
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

/** The workbook writer and its template are loaded only when a template is asked for. */
function downloadTemplateXlsx(datasetId: DatasetId, province: string, t: Translate): void {
  const labels = {
    dataSheet: t('template.dataSheet'),
    instructionsSheet: t('template.instructionsSheet'),
    countiesSheet: t('template.countiesSheet'),
    rules: [t('template.rule1'), t('template.rule2'), t('template.rule3'), t('template.rule4'), t('template.rule5')],
    exampleTitle: t('template.example'),
    countyHeader: [t('template.countyCode'), t('template.countyName'), t('template.prefecture')] as const,
  };
  void import('../../data/export/templateXlsx')
    .then(({ templateXlsx }) => templateXlsx(datasetId, province, labels))
    .then((blob) => downloadBlob(`${datasetId}-${t('template.fileWord')}.xlsx`, blob));
}
