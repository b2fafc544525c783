import { describe, expect, it } from 'vitest';
import { type CountingChoices } from '../../src/data/finishImport';
import { importStream } from '../../src/data/importStream';
import { PROBLEMS_KEPT } from '../../src/data/validate/problemLog';
import { rejectedLinesCsv } from '../../src/data/export/rejectedLinesCsv';
import { summariseImport, unlistedProblemKinds } from '../../src/data/export/importSummary';
import { toBlob, utf8 } from '../support/encode';
import { imported } from '../support/fixtures';
import { DATASETS, DATASET_IDS, type DatasetId } from '../../src/data/schema';
import { factIdentity } from '../../src/data/count/factIdentity';
import { periodOf } from '../../src/data/parsePeriod';
import type { Problem, ProblemCode, RelocationRecord } from '../../src/data/types';
import { NO_FILTERS, filterDataset } from '../../src/data/aggregate/filterDataset';
import { describeProblem } from '../../src/i18n/columnLabel';
import { bytes, relocation } from './support/records';
import { importShipped } from './support/daiCounty';
import { importAs } from '../support/importAs';
import { fingerprintOf, parseCsv } from '../support/wholeFile';
import { WORKBOOK_PROBLEM_CODES } from './workbook/workbookProblemCodes';

const RELOCATION_HEADER = 'county_code,county,period,township,households,people,registered_poor_people';

function relocationFile(...lines: string[]): string {
  return [RELOCATION_HEADER, ...lines].join('\n') + '\n';
}

function run<Id extends DatasetId>(datasetId: Id, csv: string, choices: CountingChoices = {}) {
  return importAs(datasetId, `${datasetId}.csv`, bytes(csv), choices);
}

function problem(line: number, column: string | null, value: string, code: ProblemCode, extra: Partial<Problem> = {}): Problem {
  return { line, column, value, code, severity: 'error', ...extra };
}

interface ProblemCase {
  code: ProblemCode;
  datasetId: DatasetId;
  csv: string;
  problem: Problem;
  /** Lines the problem rejects (none for a warning or a problem about the whole file). */
  rejected: number[];
  /** What each language's message must mention, besides differing from the other. */
  mentions: { zh: string[]; en: string[] };
  choices?: CountingChoices;
}

const CASES: ProblemCase[] = [
  {
    // A CSV saved from a sheet whose formula failed carries the error as it was shown.
    code: 'spreadsheet_error',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,A镇,10,#DIV/0!,', '140923,代县,2019,B镇,10,30,'),
    problem: problem(2, 'people', '#DIV/0!', 'spreadsheet_error'),
    rejected: [2],
    mentions: { zh: ['#DIV/0!', '公式'], en: ['#DIV/0!', 'formula'] },
  },
  {
    code: 'skipped_title_row',
    datasetId: 'relocation',
    csv: '代县易地扶贫搬迁统计表,,\ncounty_code,county,period,people\n140923,代县,2019,30\n',
    problem: problem(1, null, '代县易地扶贫搬迁统计表', 'skipped_title_row', { severity: 'warning', params: { header: 2 } }),
    rejected: [],
    mentions: { zh: ['代县易地扶贫搬迁统计表', '2'], en: ['代县易地扶贫搬迁统计表', 'line 2'] },
  },
  {
    code: 'empty_file',
    datasetId: 'relocation',
    csv: '',
    problem: problem(1, null, '', 'empty_file'),
    rejected: [],
    mentions: { zh: ['文件为空'], en: ['empty'] },
  },
  {
    code: 'missing_column',
    datasetId: 'sites',
    csv: 'county_code,county,period,households\n140923,代县,2020,5\n',
    problem: problem(1, 'site', '', 'missing_column'),
    rejected: [2],
    mentions: { zh: ['安置点'], en: ['(site)'] },
  },
  {
    code: 'unknown_column',
    datasetId: 'relocation',
    csv: 'county_code,county,period,people,备用列\n140923,代县,2019,5,x\n',
    problem: problem(1, null, '备用列', 'unknown_column', { severity: 'warning' }),
    rejected: [],
    mentions: { zh: ['备用列'], en: ['备用列'] },
  },
  {
    code: 'wrong_field_count',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,1,2,', '140923,代县,2019'),
    problem: problem(3, null, '140923,代县,2019', 'wrong_field_count', { params: { expected: 7, found: 3 } }),
    rejected: [3],
    mentions: { zh: ['7', '3'], en: ['expected 7', 'found 3'] },
  },
  {
    code: 'missing_required',
    datasetId: 'jobs',
    csv: 'county_code,county,period,unit,unit_type\n140923,代县,2020,滨河扶贫产业园区,\n',
    problem: problem(2, 'unit_type', '', 'missing_required'),
    rejected: [2],
    mentions: { zh: ['类型'], en: ['(unit_type)'] },
  },
  {
    code: 'missing_one_of',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,A镇,,,'),
    problem: problem(2, 'households', '', 'missing_one_of', { params: { columns: 'households/people/registered_poor_households/registered_poor_people' } }),
    rejected: [2],
    mentions: { zh: ['households/people/registered_poor_households/registered_poor_people'], en: ['households/people/registered_poor_households/registered_poor_people'] },
  },
  {
    code: 'not_a_number',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,1,"1,23",'),
    problem: problem(2, 'people', '1,23', 'not_a_number'),
    rejected: [2],
    mentions: { zh: ['1,23'], en: ['1,23'] },
  },
  {
    code: 'approximate_number',
    datasetId: 'income',
    csv: 'county_code,county,period,mechanism,people\n140923,代县,2020,务工,6000余人\n',
    problem: problem(2, 'people', '6000余人', 'approximate_number', { severity: 'warning', params: { number: 6000 } }),
    rejected: [],
    mentions: { zh: ['6000余人', '约数', '6000'], en: ['6000余人', 'approximate', '6000'] },
  },
  {
    code: 'negative_number',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,-5,2,'),
    problem: problem(2, 'households', '-5', 'negative_number'),
    rejected: [2],
    mentions: { zh: ['-5'], en: ['-5'] },
  },
  {
    code: 'fraction_in_count',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,1,3.5,'),
    problem: problem(2, 'people', '3.5', 'fraction_in_count'),
    rejected: [2],
    mentions: { zh: ['3.5'], en: ['3.5'] },
  },
  {
    code: 'malformed_county_code',
    datasetId: 'relocation',
    csv: relocationFile('14092,代县,2019,,1,2,'),
    problem: problem(2, 'county_code', '14092', 'malformed_county_code'),
    rejected: [2],
    mentions: { zh: ['14092'], en: ['14092'] },
  },
  {
    code: 'unknown_county_code',
    datasetId: 'relocation',
    csv: relocationFile('999999,代县,2019,,1,2,'),
    problem: problem(2, 'county_code', '999999', 'unknown_county_code'),
    rejected: [2],
    mentions: { zh: ['999999'], en: ['999999'] },
  },
  {
    code: 'county_name_mismatch',
    datasetId: 'relocation',
    csv: relocationFile('140923,代州,2019,,1,2,'),
    problem: problem(2, 'county', '代州', 'county_name_mismatch', { severity: 'warning', params: { code: '140923', official: '代县' } }),
    rejected: [],
    mentions: { zh: ['代州', '代县', '140923'], en: ['代州', '代县', '140923'] },
  },
  {
    code: 'malformed_period',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,20xx,,1,2,'),
    problem: problem(2, 'period', '20xx', 'malformed_period'),
    rejected: [2],
    mentions: { zh: ['20xx'], en: ['20xx'] },
  },
  {
    code: 'malformed_year',
    datasetId: 'sites',
    csv: 'county_code,county,period,site,opened\n140923,代县,2020,A,18\n',
    problem: problem(2, 'opened', '18', 'malformed_year'),
    rejected: [2],
    mentions: { zh: ['18'], en: ['18'] },
  },
  {
    code: 'unknown_enum_value',
    datasetId: 'jobs',
    csv: 'county_code,county,period,unit,unit_type\n140923,代县,2020,A,factory\n',
    problem: problem(2, 'unit_type', 'factory', 'unknown_enum_value'),
    rejected: [2],
    mentions: { zh: ['factory', 'township_workshop 扶贫车间'], en: ['factory', 'township_workshop 扶贫车间'] },
  },
  {
    code: 'people_fewer_than_households',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,10,5,'),
    problem: problem(2, 'households', '10', 'people_fewer_than_households', { params: { whole: 'people', wholeValue: 5, partValue: 10 } }),
    rejected: [2],
    mentions: { zh: ['10', '5'], en: ['10', '5'] },
  },
  {
    code: 'part_exceeds_whole',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,10,50,51'),
    problem: problem(2, 'registered_poor_people', '51', 'part_exceeds_whole', { params: { whole: 'people', wholeValue: 50, partValue: 51 } }),
    rejected: [2],
    mentions: { zh: ['51', '50', '建档立卡人数', '搬迁人数'], en: ['51', '50', '(registered_poor_people)', '(people)'] },
  },
  {
    code: 'subtotal_mismatch',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,A镇,10,30,', '140923,代县,2019,B镇,20,50,', ',合计,,,30,81,'),
    problem: problem(4, 'people', '81', 'subtotal_mismatch', { severity: 'warning', params: { computed: 80 } }),
    rejected: [],
    mentions: { zh: ['81', '80'], en: ['81', '80'] },
  },
  {
    code: 'detail_sum_mismatch',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,30,81,', '140923,代县,2019,A镇,10,30,', '140923,代县,2019,B镇,20,50,'),
    problem: problem(2, 'people', '81', 'detail_sum_mismatch', { severity: 'warning', params: { computed: 80, lines: '3, 4' } }),
    rejected: [],
    mentions: { zh: ['81', '80', '3, 4'], en: ['81', '80', '3, 4'] },
  },
  {
    code: 'duplicate_key',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,30,80,', '140923,代县,2019,,30,80,'),
    problem: problem(3, 'county_code', '140923', 'duplicate_key', { severity: 'warning', params: { first: 2 } }),
    rejected: [],
    mentions: { zh: ['2'], en: ['line 2'] },
  },
  {
    code: 'conflicting_figures',
    datasetId: 'relocation',
    csv: relocationFile('140923,代县,2019,,30,80,', '140923,代县,2019,,30,90,'),
    problem: problem(3, 'people', '90', 'conflicting_figures', { severity: 'warning', params: { ref: 2, refValue: 80, policy: 'later' } }),
    rejected: [],
    mentions: { zh: ['90', '80', '第 2 行'], en: ['90', '80', 'line 2'] },
  },
  {
    code: 'household_id_blank',
    datasetId: 'relocation',
    csv: 'county_code,county,period,household_id,households,people\n140923,代县,2019,H1,1,3\n140923,代县,2019,,1,4\n',
    problem: problem(3, 'household_id', '', 'household_id_blank', { severity: 'warning' }),
    rejected: [],
    mentions: { zh: ['户编号'], en: ['household number'] },
  },
  {
    code: 'household_figure_blank',
    datasetId: 'relocation',
    csv: 'county_code,county,period,household_id,households,people\n140923,代县,2019,H1,1,3\n140923,代县,2019,H2,1,\n',
    problem: problem(3, 'people', '', 'household_figure_blank', { severity: 'warning', params: { lines: 1, total: 2 } }),
    rejected: [],
    mentions: { zh: ['2 户中有 1 户', '搬迁人数'], en: ['1 of 2', '(people)'] },
  },
  {
    code: 'overlapping_totals',
    datasetId: 'relocation',
    csv: 'county_code,county,period,township,site,households,people\n140923,代县,2019,A镇,,10,30\n140923,代县,2019,,S点,4,12\n140923,代县,2019,A镇,S点,4,12\n',
    problem: problem(3, null, '', 'overlapping_totals', { severity: 'warning', params: { ref: 2 } }),
    rejected: [],
    mentions: { zh: ['第 2 行'], en: ['line 2'] },
  },
  {
    code: 'unclosed_quote',
    datasetId: 'relocation',
    // Line 3 opens a quote it never closes: lines 3 to 5 become one line, its people cell holding the rest of the file.
    csv: 'county_code,county,period,township,people\n140923,代县,2019,A镇,10\n140923,代县,2019,"B镇,20\n140923,代县,2019,C镇,30\n140923,代县,2019,D镇,40\n',
    problem: problem(3, null, '', 'unclosed_quote', { severity: 'warning', params: { lines: 3 } }),
    rejected: [3],
    mentions: { zh: ['3 行', '按行读取'], en: ['3 lines', 'read as lines'] },
  },
  {
    code: 'unclosed_quote_as_lines',
    datasetId: 'relocation',
    csv: 'county_code,county,period,township,people\n140923,代县,2019,A镇,10\n140923,代县,2019,"B镇,20\n140923,代县,2019,C镇,30\n140923,代县,2019,D镇,40\n',
    choices: { quotes: 'lines' },
    problem: problem(3, null, '', 'unclosed_quote_as_lines', { severity: 'warning', params: { lines: 3 } }),
    rejected: [],
    mentions: { zh: ['3 行', '逐行读取'], en: ['3 lines', 'line by line'] },
  },
];

describe('the import engine, given a whole file in memory (importBytes)', () => {
  describe('problems, each with its line, column and severity', () => {
    it.each(CASES)('reports $code', ({ datasetId, csv, problem: expected, rejected, choices }) => {
      const result = run(datasetId, csv, choices);
      expect(result.problems.filter((found) => found.code === expected.code)).toEqual([expected]);
      expect(result.rejected.map((row) => row.line)).toEqual(rejected);
    });

    it('has a case for every problem code', () => {
      const codes: Record<ProblemCode, true> = {
        empty_file: true,
        skipped_title_row: true,
        missing_column: true,
        unknown_column: true,
        wrong_field_count: true,
        missing_required: true,
        missing_one_of: true,
        not_a_number: true,
        approximate_number: true,
        negative_number: true,
        fraction_in_count: true,
        malformed_county_code: true,
        unknown_county_code: true,
        county_name_mismatch: true,
        malformed_period: true,
        malformed_year: true,
        unknown_enum_value: true,
        people_fewer_than_households: true,
        part_exceeds_whole: true,
        subtotal_mismatch: true,
        detail_sum_mismatch: true,
        duplicate_key: true,
        conflicting_figures: true,
        household_id_blank: true,
        household_figure_blank: true,
        overlapping_totals: true,
        unclosed_quote: true,
        unclosed_quote_as_lines: true,
        spreadsheet_error: true,
        // What only a workbook can say: each has its case in tests/data/workbook/importWorkbook.test.ts.
        merged_cells_filled: true,
        merged_figure_once: true,
        formula_uncached: true,
        hidden_row: true,
        hidden_column: true,
      };
      const onlyInWorkbooks = WORKBOOK_PROBLEM_CODES as readonly ProblemCode[];
      expect([...CASES.map((testCase) => testCase.code), ...onlyInWorkbooks].sort()).toEqual(Object.keys(codes).sort());
    });

    it('keeps a warned row: a county name mismatch is counted with the code’s prefecture and province', () => {
      const result = run('relocation', relocationFile('140923,代州,2019,,1,2,'));
      expect(result.records.map((record) => [record.line, record.county, record.prefecture, record.province, record.people])).toEqual([
        [2, '代州', '忻州市', '山西省', 2],
      ]);
      expect(result.rowsAccepted).toBe(1);
    });

    it('lists problems by line, then column, whichever stage found them', () => {
      const result = run(
        'relocation',
        relocationFile('140923,代县,2019,A镇,10,30,', '140923,代县,2019,A镇,-1,x,', ',合计,,,12,33,', '140923,代州,2020,,1,2,'),
      );
      expect(result.problems.map((found) => [found.line, found.column, found.code])).toEqual([
        [3, 'households', 'negative_number'],
        [3, 'people', 'not_a_number'],
        [4, 'households', 'subtotal_mismatch'],
        [4, 'people', 'subtotal_mismatch'],
        [5, 'county', 'county_name_mismatch'],
      ]);
    });
  });

  describe('problem messages (describeProblem)', () => {
    it.each(CASES)('words $code differently in zh and en, each naming what is wrong', ({ datasetId, csv, problem: expected, mentions, choices }) => {
      const found = run(datasetId, csv, choices).problems.find((candidate) => candidate.code === expected.code);
      expect(found).toBeDefined();
      if (!found) return;
      const zh = describeProblem(found, datasetId, 'zh');
      const en = describeProblem(found, datasetId, 'en');
      expect(zh).not.toBe(en);
      for (const message of [zh, en]) {
        expect(message).not.toMatch(/\{\w+\}/); // every placeholder filled
        if (found.value !== '' && found.code !== 'wrong_field_count' && found.code !== 'duplicate_key') expect(message).toContain(found.value);
      }
      for (const text of mentions.zh) expect(zh).toContain(text);
      for (const text of mentions.en) expect(en).toContain(text);
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
    });
  });

  describe('the pipeline', () => {
    it('reads, validates and counts a small relocation file, reporting what it did', () => {
      const csv = relocationFile('140923,代县,2019,,"1,200","3,600",', '140923,代县,2020,,abc,1,');
      const result = run('relocation', csv);
      expect(result).toEqual({
        datasetId: 'relocation',
        fileName: 'relocation.csv',
        bytes: bytes(csv).length,
        fingerprint: fingerprintOf(bytes(csv)),
        encoding: 'utf-8',
        delimiter: ',',
        header: RELOCATION_HEADER.split(','),
        rowsRead: 2,
        rowsAccepted: 1,
        // The record builder's defaults: 代县 2019, every other figure blank, nothing derived or covered.
        records: [relocation({ households: 1200, people: 3600, file: 'relocation.csv', quote: null })],
        // The accepted row as read: no household rows to add up, so the same as the record.
        preview: [relocation({ households: 1200, people: 3600, file: 'relocation.csv', quote: null })],
        rejected: [{ line: 3, cells: ['140923', '代县', '2020', '', 'abc', '1', ''], reasons: [problem(3, 'households', 'abc', 'not_a_number')] }],
        problems: [problem(3, 'households', 'abc', 'not_a_number')],
        problemTally: { errors: 1, warnings: 0, byCode: { not_a_number: 1 }, linesWithWarnings: 0 },
        subtotalChecks: [],
        reading: { reading: 'totals', reason: 'no_household_column' },
        notCounted: { lines: [], tally: {}, total: 0 },
        conflicts: [],
        choices: { reading: 'auto', conflicts: 'later', quotes: 'as-written', columnMapping: {} },
        columnMapping: [],
        unmatchedColumns: [],
        // Each recognised column by its place in the header, which a workbook's cell address is made from.
        columnIndex: Object.fromEntries(RELOCATION_HEADER.split(',').map((key, index) => [key, index])),
      });
    });

    it('reads a GBK file written by Chinese Excel', () => {
      // county_code,county,period,people \n 140923,代县,2019,5 — 代县 is B4 FA CF D8 in GBK.
      const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));
      const file = new Uint8Array([...ascii('county_code,county,period,people\n140923,'), 0xb4, 0xfa, 0xcf, 0xd8, ...ascii(',2019,5\n')]);
      const result = importAs('relocation', 'gbk.csv', file);
      expect(result.encoding).toBe('gb18030');
      expect(result.problems).toEqual([]);
      expect(result.records.map((record) => [record.county, record.people])).toEqual([['代县', 5]]);
    });

    it('reads a tab-delimited UTF-16LE file with a BOM (Excel "Unicode text")', () => {
      const text = '县级代码\t县\t年份\t搬迁人数（人）\n140923\t代县\t2019\t320人\n';
      const units = [0xfeff, ...[...text].map((char) => char.charCodeAt(0))];
      const file = new Uint8Array(units.flatMap((unit) => [unit & 0xff, unit >> 8]));
      const result = importAs('relocation', 'unicode.txt', file);
      expect([result.encoding, result.delimiter]).toEqual(['utf-16le', '\t']);
      expect(result.problems).toEqual([]);
      expect(result.records.map((record) => [record.county_code, record.people])).toEqual([['140923', 320]]);
    });

    it('reads a semicolon-delimited file', () => {
      const result = run('sites', 'county_code;county;period;site;people\n140923;代县;2020;A;"1,336"\n');
      expect(result.delimiter).toBe(';');
      expect(result.records.map((record) => [record.site, record.people])).toEqual([['A', 1336]]);
    });

    it('gives each problem the physical line of its row, after a note spanning two lines', () => {
      const result = run('relocation', 'county_code,county,period,people,note\n140923,代县,2019,5,"第一行\n第二行"\n140923,代县,2019,abc,\n');
      expect(result.problems).toEqual([problem(4, 'people', 'abc', 'not_a_number')]);
      expect(result.records.map((record) => [record.line, record.note])).toEqual([[2, '第一行\n第二行']]);
    });

    it.each([
      ['after title rows', '代县易地扶贫搬迁统计表,,\n单位：人,,\ncounty_code,county,period,people,备用列\n140923,代县,2019,5,x\n'],
      ['after blank lines', '\n\ncounty_code,county,period,people,备用列\n140923,代县,2019,5,x\n'],
    ])('reports an unknown column on the header’s own line %s (line 3, not 1)', (_where, csv) => {
      const result = run('relocation', csv);
      expect(result.problems.filter((found) => found.code === 'unknown_column')).toEqual([
        problem(3, null, '备用列', 'unknown_column', { severity: 'warning' }),
      ]);
      expect(result.records.map((record) => [record.line, record.people])).toEqual([[4, 5]]);
    });

    it('reports a missing column on the header’s own line after blank lines', () => {
      const result = run('sites', '\n\ncounty_code,county,period,households\n140923,代县,2020,5\n');
      expect(result.problems).toEqual([problem(3, 'site', '', 'missing_column')]);
      expect(result.rejected.map((row) => row.line)).toEqual([4]);
    });

    it('counts an approximate figure (6000余人, 约80) as the number it names, with a warning for each', () => {
      const result = run('relocation', relocationFile('140923,代县,2019,,约80,6000余人,'));
      expect(result.records.map((record) => [record.households, record.people])).toEqual([[80, 6000]]);
      expect(result.problems.map((found) => [found.line, found.column, found.code, found.severity])).toEqual([
        [2, 'households', 'approximate_number', 'warning'],
        [2, 'people', 'approximate_number', 'warning'],
      ]);
    });

    it('counts a blank figure as unknown, never 0', () => {
      const result = run('relocation', relocationFile('140923,代县,2019,,,5,'));
      expect(result.records.map((record) => [record.households, record.people])).toEqual([[null, 5]]);
    });

    it('gives jobs records units = 1 when the file has no units column', () => {
      const result = run('jobs', 'county_code,county,period,unit,unit_type,jobs\n140923,代县,2020,A,enterprise,10\n');
      expect(result.records.map((record) => record.units)).toEqual([1]);
    });

    it('gives a named unit with a blank units cell 1 unit, and a type’s total without a name no units it does not state', () => {
      const result = run('jobs', 'county_code,county,period,unit,unit_type,units,jobs\n140923,代县,2020,A厂,enterprise,,10\n140923,代县,2021,,family_workshop,,60\n');
      expect(result.records.map((record) => [record.unit, record.units])).toEqual([
        ['A厂', 1],
        [null, null],
      ]);
    });

    it('scales figures whose header counts in 万 (户均增收（万元）) to the contract unit', () => {
      const result = run('income', 'county_code,county,period,mechanism,受益户数,户均增收（万元）\n140923,代县,2020,A,567,0.1871\n');
      expect(result.problems).toEqual([]);
      expect(result.records.map((record) => record.income_gain_per_household_yuan)).toEqual([1871]);
    });

    it('counts a row pasted twice once, with a duplicate_key warning naming the first', () => {
      const result = run('relocation', relocationFile('140923,代县,2019,A镇,10,30,', '140923,代县,2019,B镇,20,50,', '140923,代县,2019,A镇,10,30,'));
      expect(result.records.map((record) => record.line)).toEqual([2, 3]);
      expect(result.problems).toEqual([problem(4, 'county_code', '140923', 'duplicate_key', { severity: 'warning', params: { first: 2 } })]);
    });
  });

  describe('subtotal rows', () => {
    const details = ['140923,代县,2019,A镇,10,30,', '140923,代县,2019,B镇,20,50,', '140902,忻府区,2019,C镇,5,6,'];

    it('does not add a 合计 row (county cell) to any figure and checks it against every counted row', () => {
      const result = run('relocation', relocationFile(...details, ',合计,,,35,86,'));
      expect(result.records.map((record) => record.line)).toEqual([2, 3, 4]);
      expect(result.rowsAccepted).toBe(3);
      expect(result.problems).toEqual([]);
      expect(result.subtotalChecks).toEqual([
        { line: 5, scope: 'all', column: 'households', stated: 10 + 20 + 5, computed: 35, agrees: true },
        { line: 5, scope: 'all', column: 'people', stated: 30 + 50 + 6, computed: 86, agrees: true },
      ]);
    });

    it('warns on the 合计 line when it disagrees with the rows, and still counts the rows', () => {
      const result = run('relocation', relocationFile(...details, ',合计,,,35,90,'));
      expect(result.subtotalChecks.map((check) => [check.column, check.agrees])).toEqual([
        ['households', true],
        ['people', false],
      ]);
      expect(result.problems).toEqual([problem(5, 'people', '90', 'subtotal_mismatch', { severity: 'warning', params: { computed: 86 } })]);
      expect(result.records.map((record) => record.line)).toEqual([2, 3, 4]);
    });

    it('scopes a 小计 row in the township column to its own county', () => {
      const result = run('relocation', relocationFile(...details, '140923,代县,2019,小计,30,80,'));
      expect(result.subtotalChecks).toEqual([
        { line: 5, scope: '140923', column: 'households', stated: 30, computed: 10 + 20, agrees: true },
        { line: 5, scope: '140923', column: 'people', stated: 80, computed: 30 + 50, agrees: true },
      ]);
      expect(result.records).toHaveLength(3);
    });

    it.each([
      ['Total', ',Total,,,35,86,', 'all'],
      ['Subtotal', '140923,代县,2019,Subtotal,30,80,', '140923'],
    ])('recognises the English word %s', (_word, line, scope) => {
      const result = run('relocation', relocationFile(...details, line));
      expect(result.records).toHaveLength(3);
      expect(result.subtotalChecks.map((check) => [check.scope, check.agrees])).toEqual([
        [scope, true],
        [scope, true],
      ]);
    });

    it('checks a 合计 row against the county totals that count, not the details they cover', () => {
      const result = run('relocation', relocationFile('140923,代县,2019,,30,80,', ...details, ',合计,,,35,86,'));
      expect(result.records.map((record) => record.line)).toEqual([2, 5]);
      expect(result.problems).toEqual([]);
      expect(result.subtotalChecks.every((check) => check.agrees)).toBe(true);
    });

    it('compares a 小计 in the site column of a township only with that township’s rows', () => {
      const result = run(
        'relocation',
        'county_code,county,period,township,site,people\n' +
          '140923,代县,2019,A镇,X点,600\n140923,代县,2019,A镇,Y点,400\n140923,代县,2019,A镇,小计,1000\n' +
          '140923,代县,2019,B镇,Z点,300\n140923,代县,2019,B镇,小计,300\n',
      );
      expect(result.problems).toEqual([]);
      expect(result.subtotalChecks).toEqual([
        { line: 4, scope: '140923', column: 'people', stated: 1000, computed: 1000, agrees: true },
        { line: 6, scope: '140923', column: 'people', stated: 300, computed: 300, agrees: true },
      ]);
      expect(result.records.map((record) => record.line)).toEqual([2, 3, 5]);
    });

    it('checks a sites 合计 row written in the site column', () => {
      const result = run('sites', 'county_code,county,period,site,households,people\n140923,代县,2020,A,10,30\n140923,代县,2020,B,20,50\n140923,代县,2020,合计,30,80\n');
      expect(result.records.map((record) => record.site)).toEqual(['A', 'B']);
      expect(result.subtotalChecks.map((check) => [check.scope, check.column, check.stated, check.agrees])).toEqual([
        ['140923', 'households', 30, true],
        ['140923', 'people', 80, true],
      ]);
    });

    it('does not check the units of a jobs 小计 row that leaves units blank', () => {
      const result = run('jobs', 'county_code,county,period,unit,unit_type,units,jobs\n140923,代县,2020,A,enterprise,3,10\n140923,代县,2020,B,enterprise,2,20\n140923,代县,2020,小计,enterprise,,30\n');
      expect(result.problems).toEqual([]);
      expect(result.subtotalChecks.map((check) => [check.column, check.stated, check.agrees])).toEqual([['jobs', 30, true]]);
    });
  });

  describe('county totals and details (relocation)', () => {
    it('counts the county total row, not its township details, and warns about a mismatch', () => {
      const result = run('relocation', relocationFile('140923,代县,2019,,30,81,', '140923,代县,2019,A镇,10,30,', '140923,代县,2019,B镇,20,50,'));
      expect(result.rowsAccepted).toBe(3);
      expect(result.records.map((record) => [record.line, record.households, record.people])).toEqual([[2, 30, 81]]);
    });

    const SITES_HEADER = 'county_code,county,period,township,site,households,people';

    it('counts a township total (site blank) and not its own site rows: 1000, not 2000', () => {
      const result = run('relocation', `${SITES_HEADER}\n140923,代县,2019,A镇,,,1000\n140923,代县,2019,A镇,X点,,600\n140923,代县,2019,A镇,Y点,,400\n`);
      expect(result.problems).toEqual([]);
      expect(result.records.map((record) => [record.line, record.township, record.site, record.people])).toEqual([[2, 'A镇', null, 1000]]);
    });

    it('compares a county total above a township total with the township total (1000), not with 2000', () => {
      const result = run(
        'relocation',
        `${SITES_HEADER}\n140923,代县,2019,,,,1000\n140923,代县,2019,A镇,,,1000\n140923,代县,2019,A镇,X点,,600\n140923,代县,2019,A镇,Y点,,400\n`,
      );
      expect(result.problems).toEqual([]);
      expect(result.records.map((record) => [record.line, record.people])).toEqual([[2, 1000]]);
    });

    it('leaves a blank county figure unknown when a township leaves it blank', () => {
      const result = run('relocation', `${SITES_HEADER}\n140923,代县,2019,,,,100\n140923,代县,2019,A镇,,40,60\n140923,代县,2019,B镇,,,40\n`);
      expect(result.records.map((record) => [record.households, record.people, record.derived])).toEqual([[null, 100, []]]);
    });

    it('derives households as whole-village + scattered when the people parts add up to the people', () => {
      const result = run(
        'relocation',
        'county_code,county,period,people,whole_village_households,whole_village_people,scattered_households,scattered_people\n' +
          '140923,代县,2019,80,10,30,15,50\n140923,代县,2020,81,10,30,15,50\n',
      );
      expect(result.records.map((record) => [record.period.label, record.households, record.derived])).toEqual([
        ['2019', 10 + 15, ['households']],
        ['2020', null, []],
      ]);
    });
  });

  describe('a range row beside the years it covers (relocation)', () => {
    const header = 'county_code,county,period,people';

    it('keeps 代县 2016-2020 (3676) and its years 2019 (2000) and 2020 (1676), marking the years as covered by the range', () => {
      const result = run('relocation', `${header}\n140923,代县,2016-2020,3676\n140923,代县,2019,2000\n140923,代县,2020,1676\n`);
      expect(result.problems).toEqual([]);
      expect(result.records.map((record) => [record.line, record.period.label, record.people, record.coveredBy])).toEqual([
        [2, '2016-2020', 3676, null],
        [3, '2019', 2000, factIdentity(DATASETS.relocation, result.records[0]!)],
        [4, '2020', 1676, factIdentity(DATASETS.relocation, result.records[0]!)],
      ]);
      const people = (records: readonly RelocationRecord[]) => records.reduce((total, record) => total + (record.people ?? 0), 0);
      const data = { relocation: result.records, sites: [], jobs: [], income: [], population: [] };
      expect(people(filterDataset(data, NO_FILTERS).relocation)).toBe(3676);
      expect(people(filterDataset(data, { counties: [], period: periodOf(2019, 2020) }).relocation)).toBe(2000 + 1676);
    });

    it('warns on the range line when the years that fill it add up differently', () => {
      const result = run('relocation', `${header}\n140923,代县,2019-2020,3676\n140923,代县,2019,2000\n140923,代县,2020,1000\n`);
      expect(result.problems).toEqual([
        problem(2, 'people', '3676', 'detail_sum_mismatch', { severity: 'warning', params: { computed: 3000, lines: '3, 4' } }),
      ]);
    });

    it('does not hold years that leave part of the range out against it', () => {
      const result = run('relocation', `${header}\n140923,代县,2016-2020,3676\n140923,代县,2019,2000\n140923,代县,2020,1000\n`);
      expect(result.problems).toEqual([]);
    });

    it('checks a 合计 row against the range, not the range plus its years', () => {
      const result = run('relocation', `${header}\n140923,代县,2016-2020,3676\n140923,代县,2019,2000\n140923,代县,2020,1676\n,合计,,3676\n`);
      expect(result.problems).toEqual([]);
      expect(result.subtotalChecks.map((check) => [check.computed, check.agrees])).toEqual([[3676, true]]);
    });
  });

  describe('Dai County, the reported figures (data/dai-county)', () => {
    it('imports relocation.csv with the figures the file states and households derived as 1422 + 433', () => {
      const result = importShipped('dai-county', 'relocation');
      expect([result.encoding, result.delimiter, result.rowsRead, result.rejected, result.problems]).toEqual(['utf-8', ',', 1, [], []]);
      expect(result.records).toHaveLength(1);
      const record = result.records[0];
      expect(record && { ...record, source: null, note: null }).toEqual({
        line: 2,
        county_code: '140923',
        county: '代县',
        period: periodOf(2016, 2020),
        file: 'relocation.csv',
        township: null,
        village: null,
        site: null,
        household_id: null,
        householdRows: 0,
        households: 1422 + 433,
        people: 3676,
        registered_poor_households: null,
        registered_poor_people: 2773,
        synchronous_households: 615,
        synchronous_people: 903,
        whole_village_households: 1422,
        whole_village_people: 2286,
        scattered_households: 433,
        scattered_people: 1390,
        villages: 79,
        source: null,
        quote: null,
        note: null,
        prefecture: '忻州市',
        province: '山西省',
        derived: ['households'],
        coveredBy: null,
      });
      expect(record?.source).toContain('新华网');
      expect(record?.note).toContain('十三五');
    });

    it('imports sites.csv: 代县滨河移民新区, 1336 households, 4647 people, 540 mu, opened 2018', () => {
      const result = importShipped('dai-county', 'sites');
      expect(result.problems).toEqual([]);
      expect(result.records.map((record) => [record.site, record.period.label, record.households, record.people, record.area_mu, record.opened])).toEqual([
        ['代县滨河移民新区', '2020', 1336, 4647, 540, 2018],
      ]);
    });

    it('imports jobs.csv: a park, 11 workshops, 18 enterprises and 1062 family workshops, with no jobs figure stated', () => {
      const result = importShipped('dai-county', 'jobs');
      expect(result.problems).toEqual([]);
      expect(result.records.map((record) => [record.line, record.unit_type, record.units, record.jobs, record.area_mu])).toEqual([
        [2, 'industrial_park', 1, null, 300],
        [3, 'township_workshop', 11, null, null],
        [4, 'enterprise', 18, null, null],
        [5, 'family_workshop', 1062, null, null],
      ]);
    });

    it('imports income.csv: 69 villages, 567 households, 1217 people, 1871 yuan per household; 6000 people, 18000 yuan per person', () => {
      const result = importShipped('dai-county', 'income');
      expect(result.problems).toEqual([]);
      expect(
        result.records.map((record) => [
          record.villages,
          record.households,
          record.people,
          record.income_gain_per_household_yuan,
          record.income_gain_per_capita_yuan,
        ]),
      ).toEqual([
        [69, 567, 1217, 1871, null],
        [null, null, 6000, null, 18000],
      ]);
    });
  });

  describe('the synthetic demo files (data/demo)', () => {
    it.each(DATASET_IDS)('imports demo %s.csv without a problem, every subtotal agreeing', (datasetId) => {
      const result = importShipped('demo', datasetId);
      expect(result.problems).toEqual([]);
      expect(result.rejected).toEqual([]);
      expect(result.rowsAccepted).toBeGreaterThan(0);
      expect(result.subtotalChecks.filter((check) => !check.agrees)).toEqual([]);
    });
  });

  describe('a file wrong on every line (3,000 lines)', () => {
    const LINES = 3000;
    // Every line's people cell is not a number: 3,000 errors, one per line, on lines 2 to 3001.
    const csv = `county_code,county,period,people\n${Array.from({ length: LINES }, (_, i) => `140923,代县,2019,x${i}`).join('\n')}\n`;
    const result = run('relocation', csv);

    it(`lists the first ${PROBLEMS_KEPT} problems in full, in line order, and counts all 3,000`, () => {
      expect(PROBLEMS_KEPT).toBe(1000);
      expect(result.problems).toHaveLength(1000);
      expect(result.problems.map((found) => found.line)).toEqual(Array.from({ length: 1000 }, (_, i) => i + 2));
      expect(result.problemTally).toEqual({ errors: LINES, warnings: 0, byCode: { not_a_number: LINES }, linesWithWarnings: 0 });
      expect(summariseImport(result)).toMatchObject({ rowsRead: LINES, rowsAccepted: 0, rowsRejected: LINES, errors: LINES, warnings: 0 });
    });

    it('rejects every line, each with its own reason, also past the problems listed', () => {
      expect(result.rejected).toHaveLength(LINES);
      result.rejected.forEach((row, i) => {
        expect(row.line).toBe(i + 2);
        expect(row.reasons).toEqual([problem(i + 2, 'people', `x${i}`, 'not_a_number')]);
      });
    });

    it('writes all 3,000 lines to the rejected-lines download, each with its reason', () => {
      const download = rejectedLinesCsv(result, (found) => `${found.code}:${found.value}`, { line: 'line', reason: 'reason' });
      const table = parseCsv(download.slice(1));
      expect(table.header).toEqual(['line', 'county_code', 'county', 'period', 'people', 'reason']);
      expect(table.rows.map((row) => row.cells)).toEqual(Array.from({ length: LINES }, (_, i) => [String(i + 2), '140923', '代县', '2019', `x${i}`, `not_a_number:x${i}`]));
    });

    it('names the kinds of problem beyond those listed, with how many', () => {
      expect(unlistedProblemKinds(result)).toEqual([['not_a_number', LINES - 1000]]);
    });

    it.each([64, undefined])('gives the same streamed in chunks of %s bytes', async (chunkBytes) => {
      const bytes = utf8(csv);
      expect(imported(await importStream(toBlob(bytes), 'relocation.csv', { chunkBytes }))).toEqual(result);
    });
  });

  describe('problems found after validation, in a file with more problems than are listed', () => {
    // Line 3 repeats line 2 (a duplicate_key warning, found after validating); lines 4 to 1503 each have an error.
    const csv = `county_code,county,period,people\n140923,代县,2019,5\n140923,代县,2019,5\n${Array.from({ length: 1500 }, () => '140923,代县,2019,x').join('\n')}\n`;
    const result = run('relocation', csv);

    it('lists the earliest problems whichever stage found them: the repeat on line 3 first, then the errors from line 4', () => {
      expect(result.problems).toHaveLength(1000);
      expect(result.problems[0]).toMatchObject({ line: 3, code: 'duplicate_key', severity: 'warning' });
      expect(result.problems.slice(1).map((found) => found.line)).toEqual(Array.from({ length: 999 }, (_, i) => i + 4));
      expect(result.problemTally).toEqual({ errors: 1500, warnings: 1, byCode: { not_a_number: 1500, duplicate_key: 1 }, linesWithWarnings: 1 });
    });

    it('names the kinds beyond those listed: only errors, the warning being listed', () => {
      expect(unlistedProblemKinds(result)).toEqual([['not_a_number', 501]]);
    });
  });
});
