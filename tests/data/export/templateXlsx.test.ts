import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bilingualHeader, templateXlsx, type TemplateLabels } from '../../../src/data/export/templateXlsx';
import { DATASETS, DATASET_IDS } from '../../../src/data/schema';
import { countiesListedIn } from '../../../src/data/adminDivisions';
import { readXlsx } from '../../../src/data/workbook/readXlsx';
import { sheetRows } from '../../../src/data/workbook/sheetRows';
import { importWorkbook } from '../../../src/data/workbook/importWorkbook';

const LABELS: TemplateLabels = {
  dataSheet: '填写数据',
  instructionsSheet: '填表说明',
  countiesSheet: '县级代码表',
  rules: ['每行一个地方、一个时期。', '合计行可以保留，不会重复计入。'],
  exampleTitle: '示例',
  countyHeader: ['行政区划代码', '名称', '所属地级市'],
};
const SHANXI = '140000';

async function template(datasetId: (typeof DATASET_IDS)[number]): Promise<Uint8Array> {
  return new Uint8Array(await (await templateXlsx(datasetId, SHANXI, LABELS)).arrayBuffer());
}

describe('the .xlsx template of each dataset', () => {
  it.each(DATASET_IDS)('%s: headers in Chinese and English, the instructions, and the province’s counties with codes as text', async (datasetId) => {
    const sheets = readXlsx(await template(datasetId));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['填写数据', '填表说明', '县级代码表']);
    const [data, , counties] = sheets.map((sheet) => sheetRows(sheet).rows);
    expect(data?.[0]?.cells).toEqual(DATASETS[datasetId].columns.map(bilingualHeader));
    expect(counties).toHaveLength(countiesListedIn(SHANXI) + 1);
    expect(counties?.find((row) => row.cells[0] === '140923')?.cells).toEqual(['140923', '代县', '忻州市']);
  });

  it('offers drop-down lists for the period and for each column with set choices, on the data sheet only', async () => {
    const files = unzipSync(await template('jobs'));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const lists = [...sheet.matchAll(/<dataValidation type="list"[^>]*sqref="([A-Z]+)2:\1\d+"><formula1>"([^<]*)"<\/formula1>/g)].map((match) => [match[1], match[2]?.split(',').length]);
    const columns = DATASETS.jobs.columns;
    const expected = columns.flatMap((column, index) => (column.enumValues ? [[String.fromCharCode(65 + index), column.enumValues.length]] : column.type === 'period' ? [[String.fromCharCode(65 + index), 12]] : []));
    expect(lists).toEqual(expected);
    expect(strFromU8(files['xl/worksheets/sheet2.xml']!)).not.toContain('dataValidation');
    // The code column's empty cells carry the text format (“@”), so Excel keeps a code's digits as typed.
    const styles = strFromU8(files['xl/styles.xml']!);
    const style = Number(/<c r="A2" s="(\d+)"\/>/.exec(sheet)?.[1]);
    const cellFormats = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf(?=[ >])([^>]*)>/g)].map((match) => /numFmtId="(\d+)"/.exec(match[1] ?? '')?.[1] ?? '0');
    const formatId = cellFormats[style] ?? '0';
    const code = formatId === '49' ? '@' : new RegExp(`<numFmt numFmtId="${formatId}" formatCode="([^"]*)"`).exec(styles)?.[1];
    expect(code).toBe('@');
  });

  it.each(DATASET_IDS)('%s: a template filled in by a script imports with no problem, its data sheet only', async (datasetId) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template(datasetId)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('填写数据')!;
    const columns = DATASETS[datasetId].columns;
    const row = (county: string, name: string, figure: number) =>
      columns.map((column) => {
        if (column.key === 'county_code') return county;
        if (column.key === 'county') return name;
        if (column.type === 'period') return '2019';
        if (column.enumValues) return column.enumValues[0]!.label.zh;
        if (column.type === 'count' || column.type === 'amount') return figure;
        if (column.type === 'year') return 2019;
        // A required text (an income mechanism) as an analyst names it: test data.
        return column.required ? '测试机制' : null;
      });
    sheet.addRow(row('140923', '代县', 120));
    sheet.addRow(row('140921', '定襄县', 80));
    const filled = new Uint8Array(await workbook.xlsx.writeBuffer());
    const outcomes = importWorkbook(filled, `${datasetId}.xlsx`).sheets;
    expect(outcomes.map((outcome) => [outcome.sheet, outcome.kind])).toEqual([
      ['填写数据', 'imported'],
      ['填表说明', 'needs-dataset'],
      ['县级代码表', 'needs-dataset'],
    ]);
    const data = outcomes[0];
    if (data?.kind !== 'imported') throw new Error('the data sheet was not imported');
    expect([data.result.datasetId, data.result.rowsAccepted, data.result.problems]).toEqual([datasetId, 2, []]);
  });
});
