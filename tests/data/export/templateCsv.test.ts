import { describe, expect, it } from 'vitest';
import { templateCsv } from '../../../src/data/export/templateCsv';
import { importStream } from '../../../src/data/importStream';
import { DATASETS, DATASET_IDS } from '../../../src/data/schema';
import { toBlob, utf8 } from '../../support/encode';
import { imported } from '../../support/fixtures';
import { parseCsv } from '../../support/wholeFile';

const CASES = DATASET_IDS.flatMap((datasetId) => (['zh', 'en'] as const).map((headers) => ({ datasetId, headers })));

describe('templateCsv', () => {
  it.each(CASES)('$datasetId ($headers): a BOM, then the header row ended by CRLF, and no data row', ({ datasetId, headers }) => {
    const csv = templateCsv(datasetId, headers);
    const names = DATASETS[datasetId].columns.map((column) => (headers === 'zh' ? column.zh : column.key));
    expect(csv.startsWith(`\ufeff${names.join(',')}\r\n`)).toBe(true);
    expect(parseCsv(csv.slice(1)).rows).toEqual([]);
  });

  it('ends right after the header’s CRLF, with no blank line', () => {
    for (const { datasetId, headers } of CASES) expect(templateCsv(datasetId, headers).split('\r\n')).toHaveLength(2);
  });

  it.each(DATASET_IDS)('%s: the Chinese headers are the schema’s', (datasetId) => {
    const table = parseCsv(templateCsv(datasetId, 'zh').slice(1));
    expect(table.header).toEqual(DATASETS[datasetId].columns.map((column) => column.zh));
    expect(table.rows).toEqual([]);
  });

  it.each(DATASET_IDS)('%s: the English headers are the schema’s keys', (datasetId) => {
    const table = parseCsv(templateCsv(datasetId, 'en').slice(1));
    expect(table.header).toEqual(DATASETS[datasetId].columns.map((column) => column.key));
    expect(table.rows).toEqual([]);
  });

  it('writes income’s Chinese header exactly, units in full-width brackets and all', () => {
    expect(templateCsv('income', 'zh').split('\r\n')[0]).toBe('\ufeff县级代码,县,年份,乡镇,带贫机制,覆盖村数,受益户数,受益人数,户均增收（元/年）,人均增收（元/年）,来源,原文,备注');
  });

  it.each(CASES)('$datasetId ($headers): an upload of the template is recognised as its own dataset without a problem', async ({ datasetId, headers }) => {
    // The BOM is part of the text, so the bytes begin EF BB BF as Excel would save them.
    const result = imported(await importStream(toBlob(utf8(templateCsv(datasetId, headers))), 'template.csv'));
    expect([result.datasetId, result.encoding, result.rowsRead, result.problems]).toEqual([datasetId, 'utf-8', 0, []]);
  });
});
