import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { sniffFile } from '../../../src/data/workbook/sniffFile';
import { importStream } from '../../../src/data/importStream';
import { toBlob, utf16leWithBom, utf8 } from '../../support/encode';

const XLSX = new Uint8Array(readFileSync(new URL('../../fixtures/workbooks/township-report.xlsx', import.meta.url)));
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const OLE = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]);

async function failureOf(bytes: Uint8Array<ArrayBuffer>, name: string): Promise<string> {
  return importStream(toBlob(bytes), name).then(
    (outcome) => `imported as ${outcome.kind}`,
    (error: unknown) => (error as { code: string }).code,
  );
}

describe('what a file is, by its first bytes', () => {
  it.each([
    ['an .xlsx workbook (a zip)', XLSX, 'zip'],
    ['a PNG image', PNG, 'image'],
    ['a JPEG photo', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16]), 'image'],
    ['a PDF', utf8('%PDF-1.7\n%âãÏÓ'), 'pdf'],
    ['an old .xls / .et compound file', OLE, 'old-workbook'],
    ['an executable full of NUL bytes', new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0]), 'binary'],
    ['a GBK CSV', new Uint8Array([0xcf, 0xd8, 0x2c, 0x31, 0x0a]), 'text'],
    ['UTF-16 text with its BOM', utf16leWithBom('县,人数\n代县,5\n'), 'text'],
    ['a CSV with one stray NUL', utf8('county,people\n代县,5\u0000\n代县,6\n'), 'text'],
  ])('%s', (_, bytes, kind) => {
    expect(sniffFile(bytes)).toBe(kind);
  });
});

describe('a file that is not a CSV, uploaded', () => {
  it('reads a workbook renamed .csv as the workbook it is', async () => {
    const outcome = await importStream(toBlob(XLSX), '乡镇汇总.csv');
    expect(outcome.kind).toBe('workbook');
  });

  it.each([
    ['a photo of a table', PNG, '表格照片.png', 'not_a_table_image'],
    ['a PDF', utf8('%PDF-1.4\n'), '通报.pdf', 'not_a_table_pdf'],
    ['a zip of CSV files', new Uint8Array(zipSync({ 'a.csv': utf8('county,people\n') })), '数据.zip', 'not_a_table_zip'],
    ['an old Excel workbook', OLE, '统计表.xls', 'old_workbook'],
    ['a damaged workbook', XLSX.slice(0, 4000), '统计表.xlsx', 'workbook_unreadable'],
  ])('says %s is what it is, instead of asking which dataset it holds', async (_, bytes, name, code) => {
    expect(await failureOf(bytes, name)).toBe(code);
  });
});
