import { describe, expect, it } from 'vitest';
import { importStream } from '../../src/data/importStream';
import { type ImportResult } from '../../src/data/finishImport';
import type { DatasetId } from '../../src/data/schema';
import type { Problem } from '../../src/data/types';
import { FIXTURES, fixtureBlob, fixtureBytes, fixtureText, imported, recordsOf, type FixtureName } from '../support/fixtures';
import { importWholeFile } from '../support/wholeFile';

/**
 * The upload fixtures (tests/fixtures/README.md), each imitating one Excel or WPS export, read end to end by the
 * streaming importer the page uses and by the whole-file reading. All figures are test data; expected figures are worked
 * out by hand from the fixture's own rows.
 */

async function streamed(name: FixtureName, fileName: string = FIXTURES[name].fileName): Promise<ImportResult> {
  return imported(await importStream(fixtureBlob(name), fileName));
}

function tabled(name: FixtureName, datasetId: DatasetId): ImportResult {
  return importWholeFile(datasetId, FIXTURES[name].fileName, fixtureBytes(name));
}

function sumOf(values: readonly (number | null)[]): number {
  return values.reduce<number>((total, value) => total + (value ?? 0), 0);
}

describe('fixture bytes are the export forms they imitate', () => {
  it('writes the GBK relocation file in GBK without a BOM, with CRLF line ends (代县 is B4 FA CF D8)', () => {
    const bytes = [...fixtureBytes('excelGbkRelocation')];
    expect(bytes.slice(0, 3)).not.toEqual([0xef, 0xbb, 0xbf]);
    const dai = bytes.findIndex((byte, i) => byte === 0xb4 && bytes[i + 1] === 0xfa && bytes[i + 2] === 0xcf && bytes[i + 3] === 0xd8);
    expect(dai).toBeGreaterThan(0);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes))).toThrow();
    expect(fixtureText('excelGbkRelocation').match(/\r\n/g)).toHaveLength(8);
  });

  it('writes the Unicode-text jobs file as UTF-16LE after FF FE, keeping the in-cell line break a bare LF', () => {
    const bytes = fixtureBytes('excelUnicodeJobs');
    expect([bytes[0], bytes[1]]).toEqual([0xff, 0xfe]);
    // 县 is U+53BF: BF 53 in little-endian order, right after the BOM.
    expect([bytes[2], bytes[3]]).toEqual([0xbf, 0x53]);
    expect(fixtureText('excelUnicodeJobs')).toContain('"测试数据\n单元格内换行"\r\n');
  });

  it('writes the semicolon income file and the broken file in UTF-8 after EF BB BF', () => {
    for (const name of ['utf8BomSemicolonIncome', 'brokenRelocation'] as const) {
      expect([...fixtureBytes(name).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });
});

describe('(1) Excel "CSV (逗号分隔)" in GBK: relocation by township with a 合计 row', () => {
  const NAME = 'excelGbkRelocation';

  it('is read as GB18030, comma-delimited, and recognised as relocation by its Chinese header', async () => {
    const result = await streamed(NAME);
    expect([result.datasetId, result.encoding, result.delimiter]).toEqual(['relocation', 'gb18030', ',']);
    expect(result.header).toEqual(['县级代码', '县', '年份', '乡镇', '搬迁户数', '搬迁人数（人）', '建档立卡人数（人）', '备注']);
  });

  it('reads 6 rows (5 townships and 合计; the blank ,,,,,,, row is skipped), accepts the 5 townships and rejects none', async () => {
    const result = await streamed(NAME);
    expect([result.rowsRead, result.rowsAccepted, result.rejected, result.problems]).toEqual([6, 5, [], []]);
  });

  it('decodes the Chinese text and reads the quoted "1,200" as 1200', async () => {
    const rows = recordsOf(await streamed(NAME), 'relocation');
    expect(rows.map((r) => [r.line, r.county_code, r.county, r.township, r.households, r.people, r.registered_poor_people])).toEqual([
      [2, '140923', '代县', '上馆镇', 386, 1200, 902],
      [3, '140923', '代县', '阳明堡镇', 212, 655, 480],
      [4, '140923', '代县', '峨口镇', 158, 497, 361],
      [5, '140921', '定襄县', '晋昌镇', 95, 301, 220],
      [6, '140922', '五台县', '台城镇', 143, 452, 330],
    ]);
  });

  it('checks the 合计 row on line 8 against the townships, and it agrees', async () => {
    // households 386+212+158+95+143 = 994; people 1200+655+497+301+452 = 3105; registered poor 902+480+361+220+330 = 2293.
    const result = await streamed(NAME);
    expect(result.subtotalChecks).toEqual([
      { line: 8, scope: 'all', column: 'households', stated: 994, computed: 994, agrees: true },
      { line: 8, scope: 'all', column: 'people', stated: 3105, computed: 3105, agrees: true },
      { line: 8, scope: 'all', column: 'registered_poor_people', stated: 2293, computed: 2293, agrees: true },
    ]);
  });

  it('does not add the 合计 row to the totals: the counted people are the townships’ 3105, not 6210', async () => {
    const rows = recordsOf(await streamed(NAME), 'relocation');
    const detailRowsPeople = 1200 + 655 + 497 + 301 + 452;
    expect(sumOf(rows.map((r) => r.people))).toBe(detailRowsPeople);
    expect(rows.some((r) => r.line === 8 || r.county_code === '合计')).toBe(false);
  });

  it('gives the same result through the whole-file reading (text reader, row validation)', async () => {
    expect(tabled(NAME, 'relocation')).toEqual(await streamed(NAME));
  });
});

describe('(2) Excel "Unicode 文本" (UTF-16LE, tab-separated): jobs with 产业园区 and 扶贫车间', () => {
  const NAME = 'excelUnicodeJobs';

  it('is read as UTF-16LE, tab-delimited, and recognised as jobs', async () => {
    const result = await streamed(NAME);
    expect([result.datasetId, result.encoding, result.delimiter]).toEqual(['jobs', 'utf-16le', '\t']);
    expect(result.header[0]).toBe('县级代码');
  });

  it('reads 4 rows (3 units and 合计), accepts 3, rejects none', async () => {
    const result = await streamed(NAME);
    expect([result.rowsRead, result.rowsAccepted, result.rejected, result.problems]).toEqual([4, 3, [], []]);
  });

  it('maps the Chinese unit types to their codes and keeps the note typed over two lines in its cell', async () => {
    const rows = recordsOf(await streamed(NAME), 'jobs');
    // The note on line 3 runs onto line 4, so the 定襄县 workshop starts on line 5.
    expect(rows.map((r) => [r.line, r.county, r.unit, r.unit_type, r.units, r.jobs, r.relocated_workers, r.avg_monthly_wage_yuan, r.note])).toEqual([
      [2, '代县', '测试产业园区甲', 'industrial_park', 1, 320, 210, 2800, '测试数据'],
      [3, '代县', '测试扶贫车间乙', 'township_workshop', 4, 96, 80, 1900, '测试数据\n单元格内换行'],
      [5, '定襄县', '测试扶贫车间丙', 'township_workshop', 2, 45, 30, 2100, '测试数据'],
    ]);
  });

  it('checks the 合计 row on line 6 (units 1+4+2 = 7, jobs 320+96+45 = 461, relocated workers 210+80+30 = 320) and does not add it', async () => {
    const result = await streamed(NAME);
    expect(result.subtotalChecks.map((c) => [c.line, c.column, c.stated, c.computed, c.agrees])).toEqual([
      [6, 'units', 7, 7, true],
      [6, 'jobs', 461, 461, true],
      [6, 'relocated_workers', 320, 320, true],
    ]);
    const rows = recordsOf(result, 'jobs');
    expect(sumOf(rows.map((r) => r.jobs))).toBe(320 + 96 + 45);
  });

  it('gives the same result through the whole-file reading (text reader, row validation)', async () => {
    expect(tabled(NAME, 'jobs')).toEqual(await streamed(NAME));
  });
});

describe('(3) Excel "CSV UTF-8" with a semicolon list separator: income', () => {
  const NAME = 'utf8BomSemicolonIncome';

  it('is read as UTF-8 (the BOM not left in the first header), semicolon-delimited, and recognised as income', async () => {
    const result = await streamed(NAME);
    expect([result.datasetId, result.encoding, result.delimiter]).toEqual(['income', 'utf-8', ';']);
    expect(result.header[0]).toBe('县级代码');
    expect([result.rowsRead, result.rowsAccepted, result.rejected, result.problems]).toEqual([3, 3, [], []]);
  });

  it('reads each row’s figures, keeping a quoted semicolon inside its cell', async () => {
    const rows = recordsOf(await streamed(NAME), 'income');
    expect(rows.map((r) => [r.line, r.county, r.mechanism, r.villages, r.households, r.people, r.income_gain_per_household_yuan, r.source])).toEqual([
      [2, '代县', '产业园区带贫（测试）', 12, 150, 420, 1500, '测试数据'],
      [3, '定襄县', '光伏收益分配（测试）', 9, 260, 700, 800, '测试数据'],
      [4, '五台县', '务工;车间（测试）', 5, 88, 240, 2400, '测试数据'],
    ]);
  });

  it('gives the same result through the whole-file reading (text reader, row validation)', async () => {
    expect(tabled(NAME, 'income')).toEqual(await streamed(NAME));
  });
});

describe('(4) numbers as people type them: １２３４, 1.2万, 320人, 1871元', () => {
  const NAME = 'typedNumbersIncome';

  it('is read as UTF-8 without a BOM, comma-delimited, income, every row accepted', async () => {
    const result = await streamed(NAME);
    expect([result.datasetId, result.encoding, result.delimiter]).toEqual(['income', 'utf-8', ',']);
    expect([result.rowsRead, result.rowsAccepted, result.rejected, result.problems]).toEqual([3, 3, [], []]);
  });

  it('reads full-width digits, 万, unit suffixes, "1,200元", — as unknown, and 2020年 / 2020年度 as 2020', async () => {
    const rows = recordsOf(await streamed(NAME), 'income');
    expect(rows.map((r) => [r.period.label, r.villages, r.households, r.people, r.income_gain_per_household_yuan, r.income_gain_per_capita_yuan])).toEqual([
      ['2020', 12, 456, 1234, 1871, null], // １２, ４５６, １２３４, 1871元
      ['2020', 8, 3500, 12000, 1200, null], // 3500户, 1.2万 = 12000, "1,200元", —
      ['2020', 3, 96, 320, null, 2400], // 96户, 320人, 2400元/年
    ]);
  });

  it('gives the same result through the whole-file reading (text reader, row validation)', async () => {
    expect(tabled(NAME, 'income')).toEqual(await streamed(NAME));
  });
});

describe('(5) a broken relocation file: one line per error kind', () => {
  const NAME = 'brokenRelocation';

  const error = (line: number, column: string | null, value: string, code: Problem['code'], params?: Problem['params']): Problem => ({
    line,
    column,
    value,
    code,
    severity: 'error',
    ...(params ? { params } : {}),
  });

  const EXPECTED_PROBLEMS: Problem[] = [
    error(3, 'households', '八十', 'not_a_number'),
    error(4, 'households', '-5', 'negative_number'),
    error(5, 'people', '95.5', 'fraction_in_count'),
    error(6, null, '140923,代县,2019,枣林镇,40', 'wrong_field_count', { expected: 8, found: 5 }),
    error(7, null, '多余', 'wrong_field_count', { expected: 8, found: 9 }),
    error(8, 'county_code', '149999', 'unknown_county_code'),
    error(9, 'period', '2019年底', 'malformed_period'),
    error(10, 'households', '50', 'people_fewer_than_households', { whole: 'people', wholeValue: 40, partValue: 50 }),
    error(11, 'registered_poor_people', '61', 'part_exceeds_whole', { whole: 'people', wholeValue: 60, partValue: 61 }),
    { line: 12, column: 'county', value: '五台县', code: 'county_name_mismatch', severity: 'warning', params: { code: '140921', official: '定襄县' } },
    { line: 13, column: 'county_code', value: '140923', code: 'duplicate_key', severity: 'warning', params: { first: 2 } },
  ];

  it('is read as UTF-8, comma-delimited, relocation', async () => {
    const result = await streamed(NAME);
    expect([result.datasetId, result.encoding, result.delimiter]).toEqual(['relocation', 'utf-8', ',']);
  });

  it('reads 12 rows, accepts 3 (lines 2, 12 and the duplicate 13) and rejects the 9 lines 3–11', async () => {
    const result = await streamed(NAME);
    expect([result.rowsRead, result.rowsAccepted]).toEqual([12, 3]);
    expect(result.rejected.map((row) => row.line)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it('reports each problem with its line, column, code and severity, and nothing else', async () => {
    expect((await streamed(NAME)).problems).toEqual(EXPECTED_PROBLEMS);
  });

  it('keeps each rejected line’s cells as written, short and long lines included', async () => {
    const rejected = (await streamed(NAME)).rejected;
    expect(rejected.find((row) => row.line === 6)?.cells).toEqual(['140923', '代县', '2019', '枣林镇', '40']);
    expect(rejected.find((row) => row.line === 7)?.cells).toEqual(['140923', '代县', '2019', '滩上镇', '50', '160', '100', '字段过多', '多余']);
  });

  it('counts line 2 and the warned line 12, and the duplicate of line 2 only once: 410 + 80 people', async () => {
    const rows = recordsOf(await streamed(NAME), 'relocation');
    expect(rows.map((r) => [r.line, r.county, r.prefecture, r.people])).toEqual([
      [2, '代县', '忻州市', 410],
      [12, '五台县', '忻州市', 80],
    ]);
    expect(sumOf(rows.map((r) => r.people))).toBe(490);
  });

  it('gives the same result through the whole-file reading (text reader, row validation)', async () => {
    expect(tabled(NAME, 'relocation')).toEqual(await streamed(NAME));
  });
});

describe('(6) an English header that fits relocation and sites alike', () => {
  const NAME = 'ambiguousHeader';

  it('asks which dataset it is, naming both, after reading the GBK file', async () => {
    const outcome = await importStream(fixtureBlob(NAME), 'upload.csv');
    expect(outcome).toEqual({
      kind: 'needs-dataset',
      fileName: 'upload.csv',
      encoding: 'gb18030',
      delimiter: ',',
      header: ['county_code', 'county', 'period', 'site', 'households', 'people'],
      detection: {
        kind: 'ambiguous',
        candidates: ['relocation', 'sites'],
        missing: { relocation: [], sites: [], jobs: ['unit', 'unit_type'], income: ['mechanism'], population: ['population'] },
      },
    });
  });

  it.each([
    ['sites.csv', 'sites'],
    ['安置点.csv', 'sites'],
    ['relocation.csv', 'relocation'],
    ['易地搬迁.csv', 'relocation'],
  ] as const)('takes %s as %s, the file name breaking the tie', async (fileName, datasetId) => {
    expect((await streamed(NAME, fileName)).datasetId).toBe(datasetId);
  });

  it.each(['sites', 'relocation'] as const)('imports both rows as %s once the dataset is given, as the whole-file reading does', async (datasetId) => {
    const result = imported(await importStream(fixtureBlob(NAME), 'upload.csv', { datasetId }));
    expect([result.datasetId, result.encoding, result.rowsRead, result.rowsAccepted, result.problems]).toEqual([datasetId, 'gb18030', 2, 2, []]);
    const rows = result.records as readonly { county: string; site: string | null; households: number | null; people: number | null }[];
    expect(rows.map((r) => [r.county, r.site, r.households, r.people])).toEqual([
      ['代县', '测试安置点甲', 120, 400],
      ['定襄县', '测试安置点乙', 80, 260],
    ]);
    expect(importWholeFile(datasetId, 'upload.csv', fixtureBytes(NAME))).toEqual(result);
  });
});

describe('(7) Excel "CSV (逗号分隔)" of a report sheet: a title row and a unit row above the header', () => {
  const NAME = 'excelReportTitleRows';

  it('finds the header on line 3, skipping the two rows above it with a warning each', async () => {
    const result = await streamed(NAME);
    expect([result.datasetId, result.encoding, result.header]).toEqual(['relocation', 'gb18030', ['县级代码', '县', '年份', '乡镇', '搬迁户数', '搬迁人数']]);
    expect(result.problems.map((problem) => [problem.line, problem.code, problem.severity, problem.value])).toEqual([
      [1, 'skipped_title_row', 'warning', '代县易地扶贫搬迁统计表（测试数据）'],
      [2, 'skipped_title_row', 'warning', '单位：户、人'],
    ]);
  });

  it('reads the two townships and checks the 合计 row (386+158 = 544 households, 1200+497 = 1697 people) without adding it', async () => {
    const result = await streamed(NAME);
    expect([result.rowsRead, result.rowsAccepted, result.rejected]).toEqual([3, 2, []]);
    const rows = recordsOf(result, 'relocation');
    expect(rows.map((r) => [r.line, r.township, r.households, r.people])).toEqual([
      [4, '上馆镇', 386, 1200],
      [5, '峨口镇', 158, 497],
    ]);
    expect(result.subtotalChecks.map((c) => [c.line, c.column, c.stated, c.agrees])).toEqual([
      [6, 'households', 544, true],
      [6, 'people', 1697, true],
    ]);
    expect(sumOf(rows.map((r) => r.people))).toBe(1200 + 497);
  });

  it('gives the same result through the whole-file reading (text reader, row validation)', async () => {
    expect(tabled(NAME, 'relocation')).toEqual(await streamed(NAME));
  });
});
