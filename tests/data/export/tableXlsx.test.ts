import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { tableXlsx } from '../../../src/data/export/tableXlsx';

async function workbookFiles(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('tableXlsx', () => {
  it('writes an .xlsx workbook whose sheet holds the figures as numbers and the names as text', async () => {
    const files = await workbookFiles(await tableXlsx(['县', '搬迁人口', '就业岗位'], [['代县', 3676, null], ['=HYPERLINK("http://x","y")', 500, 12]], '各县汇总'));
    const sheetName = Object.keys(files).find((name) => /^xl\/worksheets\/sheet\d*\.xml$/.test(name)) ?? '';
    const sheet = files[sheetName] ?? '';
    const text = Object.values(files).join('\n');
    expect(sheet).toContain('<v>3676</v>');
    expect(sheet).toContain('<v>500</v>');
    expect(text).toContain('代县');
    expect(text).toContain('各县汇总');
    // Written as a text value, never as a formula element.
    expect(sheet).not.toContain('<f>');
    expect(files['xl/sharedStrings.xml']).toContain('<t>=HYPERLINK("http://x","y")</t>');
  });
});
