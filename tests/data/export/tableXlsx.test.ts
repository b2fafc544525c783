import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { columnWidth, numberFormat, tableXlsx, type WorkbookLabels } from '../../../src/data/export/tableXlsx';
import { TABLE_METADATA } from '../support/exportMetadata';

async function workbookFiles(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const META = TABLE_METADATA;
const LABELS: WorkbookLabels = {
  aboutSheet: '来源与说明',
  keys: { title: '标题', area: '范围', period: '时期', unit: '单位', source: '来源', exported: '导出日期', synthetic: '虚构数据' },
  syntheticColumn: '虚构示例数据',
  syntheticCell: '是',
};
const COLUMNS = ['县', '县级代码', '搬迁人口', '建档立卡占比 (%)'];
const ROWS = [
  ['代县', '140923', 3676, 75.4],
  ['=HYPERLINK("http://x","y")', '140924', 500, null],
];

function sheets(files: Record<string, string>): string[] {
  return Object.keys(files)
    .filter((name) => /^xl\/worksheets\/sheet\d*\.xml$/.test(name))
    .sort()
    .map((name) => files[name] ?? '');
}

describe('tableXlsx', () => {
  it('writes the figures as numbers, codes and names as text, never a formula', async () => {
    const files = await workbookFiles(await tableXlsx(COLUMNS, ROWS, META, LABELS));
    const [data = ''] = sheets(files);
    expect(data).toContain('<v>3676</v>');
    expect(data).toContain('<v>75.4</v>');
    expect(data).not.toContain('<v>140923</v>');
    expect(files['xl/sharedStrings.xml']).toContain('<t>140923</t>');
    expect(data).not.toContain('<f>');
    expect(files['xl/sharedStrings.xml']).toContain('<t>=HYPERLINK("http://x","y")</t>');
  });

  it('formats whole figures with grouping and shares with the one decimal the page shows', async () => {
    const files = await workbookFiles(await tableXlsx(COLUMNS, ROWS, META, LABELS));
    expect(files['xl/styles.xml']).toContain('formatCode="#,##0"');
    expect(files['xl/styles.xml']).toContain('formatCode="#,##0.0"');
  });

  it('freezes the header row and sizes every column', async () => {
    const files = await workbookFiles(await tableXlsx(COLUMNS, ROWS, META, LABELS));
    const [data = ''] = sheets(files);
    expect(data).toMatch(/<pane[^>]*ySplit="1"/);
    expect([...data.matchAll(/<col [^>]*width="([\d.]+)"/g)].length).toBe(COLUMNS.length);
  });

  it('holds the title, area, period, unit, every source and the export day on a second sheet', async () => {
    const files = await workbookFiles(await tableXlsx(COLUMNS, ROWS, META, LABELS));
    expect(files['xl/workbook.xml']).toMatch(/<sheet [^>]*name="各县汇总"[\s\S]*<sheet [^>]*name="来源与说明"/);
    const text = files['xl/sharedStrings.xml'] ?? '';
    for (const value of [META.title, META.area, META.period, META.unit, ...META.sources, META.exported, ...Object.values(LABELS.keys).slice(0, 6)]) {
      expect(text).toContain(value);
    }
    expect(text).not.toContain(LABELS.syntheticColumn);
  });

  it('says on every row, and on the second sheet, that synthetic figures are synthetic', async () => {
    const files = await workbookFiles(await tableXlsx(COLUMNS, ROWS, { ...META, synthetic: '虚构示例数据：仅用于演示' }, LABELS));
    const text = files['xl/sharedStrings.xml'] ?? '';
    expect(text).toContain('<t>虚构示例数据</t>');
    expect(text).toContain('虚构示例数据：仅用于演示');
    const [data = ''] = sheets(files);
    // The "是" cell on each of the two rows.
    const yes = [...text.matchAll(/<si><t>([^<]*)<\/t><\/si>/g)].findIndex((match) => match[1] === '是');
    expect([...data.matchAll(new RegExp(`<c [^>]*t="s"[^>]*><v>${yes}</v>`, 'g'))].length).toBe(ROWS.length);
  });
});

describe('numberFormat', () => {
  it('gives one decimal to a column with any fraction, grouping to whole figures, whatever the blanks and text', () => {
    expect(numberFormat([3676, null, 500])).toBe('#,##0');
    expect(numberFormat([75.4, 80, null])).toBe('#,##0.0');
  });
});

describe('columnWidth', () => {
  it('fits the longest cell, counting a Chinese character twice, between a floor and a ceiling', () => {
    expect(columnWidth(['县', 3676])).toBe(8);
    expect(columnWidth(['代县滨河移民新区安置点'])).toBe(2 * 11 + 2);
    expect(columnWidth(['长'.repeat(100)])).toBe(48);
  });
});
