import { describe, expect, it } from 'vitest';
import { importStream, type ImportProgress } from '../../src/data/importStream';
import type { DatasetId } from '../../src/data/schema';
import { countingBlob, gbk, toBlob, utf16beWithBom, utf8, utf8WithBom } from '../support/encode';
import { FIXTURES, FIXTURE_NAMES, fixtureBlob, fixtureBytes, imported, recordsOf, type FixtureName } from '../support/fixtures';
import { importWholeFile } from '../support/wholeFile';

/** Chunk sizes that cut lines, quoted cells and multi-byte characters in many places; undefined is the 1 MiB default. */
const CHUNK_SIZES = [1, 3, 7, 64, undefined] as const;

/** Where each chunk importStream reads begins: after the BOM, every `chunk` bytes. */
function chunkStarts(size: number, skip: number, chunk: number): number[] {
  const starts: number[] = [];
  for (let offset = skip + chunk; offset < size; offset += chunk) starts.push(offset);
  return starts;
}

/** True when some chunk begins on a UTF-8 continuation byte, i.e. a character is split between two chunks. */
function splitsUtf8Character(bytes: Uint8Array, skip: number, chunk: number): boolean {
  return chunkStarts(bytes.length, skip, chunk).some((offset) => ((bytes[offset] ?? 0) & 0xc0) === 0x80);
}

function datasetOf(name: FixtureName): DatasetId {
  return FIXTURES[name].datasetId ?? 'sites';
}

describe('importStream gives the same ImportResult as the whole-file reading', () => {
  const cases = FIXTURE_NAMES.flatMap((name) => CHUNK_SIZES.map((chunkBytes) => ({ name, chunkBytes, label: chunkBytes ?? 'default' })));

  it.each(cases)('for fixture $name read in chunks of $label bytes', async ({ name, chunkBytes }) => {
    const datasetId = datasetOf(name);
    // The ambiguous fixture needs its dataset said; the others are recognised from the header.
    const options = FIXTURES[name].datasetId === null ? { datasetId, chunkBytes } : { chunkBytes };
    const outcome = await importStream(fixtureBlob(name), FIXTURES[name].fileName, options);
    expect(outcome).toEqual({ kind: 'imported', result: importWholeFile(datasetId, FIXTURES[name].fileName, fixtureBytes(name)) });
  });

  it('is fed chunk boundaries inside Chinese characters by the 3- and 7-byte cases (a precondition of the cases above)', () => {
    const bytes = fixtureBytes('brokenRelocation');
    expect(splitsUtf8Character(bytes, 3, 3)).toBe(true);
    expect(splitsUtf8Character(bytes, 3, 7)).toBe(true);
    // UTF-16: an odd chunk size splits a code unit.
    expect(chunkStarts(fixtureBytes('excelUnicodeJobs').length, 2, 7).some((offset) => (offset - 2) % 2 === 1)).toBe(true);
  });

  describe('a quoted cell with a line break, and a Chinese character, cut by a chunk boundary', () => {
    const CSV = 'county_code,county,period,people,note\n140923,代县,2019,5,"第一行\n第二行"\n140923,代县,2019,abc,\n';
    const bytes = utf8(CSV);
    const open = bytes.indexOf(0x22);
    const close = bytes.lastIndexOf(0x22);

    it.each([3, 7, 64])('in chunks of %i bytes: a boundary falls inside the quoted cell and inside a character', (chunk) => {
      expect(chunkStarts(bytes.length, 0, chunk).some((offset) => offset > open && offset <= close)).toBe(true);
      expect(splitsUtf8Character(bytes, 0, chunk)).toBe(true);
    });

    it.each([1, 3, 7, 64])('in chunks of %i bytes: keeps the cell whole, numbers the next row line 4, as the whole-file reading does', async (chunkBytes) => {
      const result = imported(await importStream(toBlob(bytes), 'relocation.csv', { chunkBytes }));
      expect(result).toEqual(importWholeFile('relocation', 'relocation.csv', bytes));
      expect(result.records.map((record) => [record.line, record.county, record.note])).toEqual([[2, '代县', '第一行\n第二行']]);
      expect(result.problems.map((problem) => [problem.line, problem.column, problem.code])).toEqual([[4, 'people', 'not_a_number']]);
    });
  });

  describe('title rows above the header, decided while the file is still streaming', () => {
    // A title and a unit row, the header on line 3, then 15 township rows: more than the rows the header is searched
    // in, so the stream must decide before it has read the whole file.
    const rows = Array.from({ length: 15 }, (_, i) => `140923,代县,2019,测试乡镇${i + 1},${10 + i},${30 + i}`);
    const TEXT = ['代县易地扶贫搬迁统计表（测试数据）,,,,,', '单位：户、人,,,,,', '县级代码,县,年份,乡镇,搬迁户数,搬迁人数', ...rows].join('\r\n') + '\r\n';

    it.each([1, 7, 64, undefined])('gives the whole-file reading’s result in chunks of %s bytes', async (chunkBytes) => {
      const bytes = gbk(TEXT);
      const result = imported(await importStream(toBlob(bytes), 'report.csv', { chunkBytes }));
      expect(result).toEqual(importWholeFile('relocation', 'report.csv', bytes));
      expect([result.rowsRead, result.rowsAccepted, result.records[0]?.line]).toEqual([15, 15, 4]);
      expect(result.problems.map((problem) => [problem.line, problem.code])).toEqual([
        [1, 'skipped_title_row'],
        [2, 'skipped_title_row'],
      ]);
    });
  });

  it('reads a UTF-16BE file with a BOM as the whole-file reading does', async () => {
    const bytes = utf16beWithBom('县级代码,县,年份,搬迁人数\r\n140923,代县,2019,320人\r\n');
    const result = imported(await importStream(toBlob(bytes), 'be.csv', { chunkBytes: 5 }));
    expect(result).toEqual(importWholeFile('relocation', 'be.csv', bytes));
    expect([result.encoding, result.records.map((record) => record.county)]).toEqual(['utf-16be', ['代县']]);
  });
});

describe('progress', () => {
  it('reports bytesRead rising with each chunk to totalBytes, and rows read never falling', async () => {
    const blob = fixtureBlob('brokenRelocation');
    const seen: ImportProgress[] = [];
    const result = imported(await importStream(blob, 'x.csv', { chunkBytes: 64, onProgress: (progress) => seen.push(progress) }));
    // The 3-byte BOM is skipped; then one report per 64-byte chunk.
    expect(seen).toHaveLength(Math.ceil((blob.size - 3) / 64));
    expect(seen.every((progress) => progress.totalBytes === blob.size)).toBe(true);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.bytesRead).toBeGreaterThan(seen[i - 1]!.bytesRead);
      expect(seen[i]!.rowsRead).toBeGreaterThanOrEqual(seen[i - 1]!.rowsRead);
    }
    expect(seen.at(-1)?.bytesRead).toBe(blob.size);
    expect(seen.at(-1)!.rowsRead).toBeGreaterThan(0);
    expect(seen.at(-1)!.rowsRead).toBeLessThanOrEqual(result.rowsRead);
  });

  it('reports once, at the whole size, for a file smaller than the default chunk', async () => {
    const blob = fixtureBlob('typedNumbersIncome');
    const seen: ImportProgress[] = [];
    await importStream(blob, 'x.csv', { onProgress: (progress) => seen.push(progress) });
    expect(seen.map((progress) => [progress.bytesRead, progress.totalBytes])).toEqual([[blob.size, blob.size]]);
  });

  it('never reports bytesRead falling when a GBK file turns out not to be UTF-8 after some ASCII chunks', async () => {
    const bytes = gbk('county_code,county,period,township,households,people,registered_poor_people,note\n140923,代县,2019,上馆镇,1,2,,\n');
    const seen: number[] = [];
    await importStream(toBlob(bytes), 'x.csv', { chunkBytes: 16, onProgress: (progress) => seen.push(progress.bytesRead) });
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThanOrEqual(seen[i - 1]!);
  });
});

describe('encoding across chunks', () => {
  // 80 ASCII bytes of header, so the first 64-byte chunk is valid UTF-8 and the GBK bytes come later.
  const HEADER = 'county_code,county,period,township,households,people,registered_poor_people,note';
  const TEXT = `${HEADER}\r\n140923,代县,2019,上馆镇,386,"1,200",902,测试数据\r\n140921,定襄县,2019,晋昌镇,95,301,220,测试数据\r\n`;

  it('reads a GBK file without BOM as gb18030 when the first chunk is pure ASCII and a later one is not', async () => {
    const bytes = gbk(TEXT);
    expect(bytes.subarray(0, 64).every((byte) => byte < 0x80)).toBe(true);
    expect(bytes.subarray(64).some((byte) => byte >= 0x80)).toBe(true);
    const result = imported(await importStream(toBlob(bytes), 'x.csv', { chunkBytes: 64 }));
    expect([result.datasetId, result.encoding, result.problems]).toEqual(['relocation', 'gb18030', []]);
    expect(recordsOf(result, 'relocation').map((record) => [record.county, record.township, record.people, record.note])).toEqual([
      ['代县', '上馆镇', 1200, '测试数据'],
      ['定襄县', '晋昌镇', 301, '测试数据'],
    ]);
    expect(result).toEqual(importWholeFile('relocation', 'x.csv', bytes));
  });

  it('reads the same text saved as UTF-8 as utf-8, with the same records', async () => {
    const fromGbk = imported(await importStream(toBlob(gbk(TEXT)), 'x.csv', { chunkBytes: 64 }));
    const fromUtf8 = imported(await importStream(toBlob(utf8(TEXT)), 'x.csv', { chunkBytes: 64 }));
    expect(fromUtf8.encoding).toBe('utf-8');
    expect(fromUtf8.records).toEqual(fromGbk.records);
  });
});

describe('a header that does not say which dataset', () => {
  it.each(CHUNK_SIZES.map((chunkBytes) => ({ chunkBytes, label: chunkBytes ?? 'default' })))(
    'asks, naming relocation and sites, with the header and delimiter, in chunks of $label bytes',
    async ({ chunkBytes }) => {
      const outcome = await importStream(fixtureBlob('ambiguousHeader'), 'upload.csv', { chunkBytes });
      expect(outcome.kind).toBe('needs-dataset');
      if (outcome.kind !== 'needs-dataset') return;
      expect([outcome.fileName, outcome.delimiter, outcome.header, outcome.detection.candidates]).toEqual([
        'upload.csv',
        ',',
        ['county_code', 'county', 'period', 'site', 'households', 'people'],
        ['relocation', 'sites'],
      ]);
    },
  );

  it('names the GBK file’s encoding (gb18030) in the question whatever the chunk size', async () => {
    for (const chunkBytes of CHUNK_SIZES) {
      const outcome = await importStream(fixtureBlob('ambiguousHeader'), 'upload.csv', { chunkBytes });
      expect(outcome.kind === 'needs-dataset' && outcome.encoding).toBe('gb18030');
    }
  });

  it('imports as the dataset the analyst chose, once it is given', async () => {
    const result = imported(await importStream(fixtureBlob('ambiguousHeader'), 'upload.csv', { datasetId: 'relocation', chunkBytes: 7 }));
    expect([result.datasetId, result.rowsAccepted, result.problems]).toEqual(['relocation', 2, []]);
  });

  it('asks with every dataset when the header fits none', async () => {
    const outcome = await importStream(toBlob(utf8('地区,数量\n代县,5\n')), 'data.csv');
    expect(outcome.kind === 'needs-dataset' && outcome.detection.candidates).toEqual(['relocation', 'sites', 'jobs', 'income', 'population']);
  });
});

describe('files with nothing to count', () => {
  const EMPTY_FILE = { line: 1, column: null, value: '', code: 'empty_file', severity: 'error' };

  it('imports an empty Blob as an empty relocation import with an empty_file problem, as the whole-file reading does', async () => {
    const result = imported(await importStream(new Blob([]), 'empty.csv'));
    expect([result.datasetId, result.bytes, result.encoding, result.header, result.rowsRead, result.records, result.rejected]).toEqual([
      'relocation',
      0,
      'utf-8',
      [],
      0,
      [],
      [],
    ]);
    expect(result.problems).toContainEqual(EMPTY_FILE);
    expect(result).toEqual(importWholeFile('relocation', 'empty.csv', new Uint8Array()));
  });

  it('says empty_file for a file holding only a BOM and blank lines (an empty sheet saved as CSV UTF-8)', async () => {
    const bytes = utf8WithBom(',,,\r\n\r\n');
    const result = imported(await importStream(toBlob(bytes), 'empty.csv', { datasetId: 'sites' }));
    // 3 BOM bytes + ',,,\r\n' (5) + '\r\n' (2) = 10 bytes.
    expect([result.datasetId, result.bytes, result.encoding, result.rowsRead]).toEqual(['sites', 10, 'utf-8', 0]);
    expect(result.problems).toContainEqual(EMPTY_FILE);
    expect(result).toEqual(importWholeFile('sites', 'empty.csv', bytes));
  });

  it.each([1, 7, 1 << 20])('rejects every row, with missing_column problems on line 1, when required columns are missing (chunks of %i bytes)', async (chunkBytes) => {
    const bytes = utf8('county_code,county,period,households,people\n140923,代县,2020,10,30\n140921,定襄县,2020,5,12\n');
    const result = imported(await importStream(toBlob(bytes), 'x.csv', { datasetId: 'sites', chunkBytes }));
    expect(result.problems).toEqual([{ line: 1, column: 'site', value: '', code: 'missing_column', severity: 'error' }]);
    expect(result.rejected).toEqual([
      { line: 2, cells: ['140923', '代县', '2020', '10', '30'], reasons: [] },
      { line: 3, cells: ['140921', '定襄县', '2020', '5', '12'], reasons: [] },
    ]);
    expect([result.rowsRead, result.rowsAccepted, result.records]).toEqual([2, 0, []]);
    expect(result).toEqual(importWholeFile('sites', 'x.csv', bytes));
  });

  it('names every missing column of the chosen dataset when the header fits none', async () => {
    const result = imported(await importStream(toBlob(utf8('地区,数量\n代县,5\n')), 'data.csv', { datasetId: 'relocation' }));
    expect(result.problems.map((problem) => [problem.line, problem.column, problem.code, problem.severity])).toEqual([
      [1, null, 'unknown_column', 'warning'],
      [1, null, 'unknown_column', 'warning'],
      [1, 'county', 'missing_column', 'error'],
      [1, 'county_code', 'missing_column', 'error'],
      [1, 'households/people/registered_poor_households/registered_poor_people', 'missing_column', 'error'],
      [1, 'period', 'missing_column', 'error'],
    ]);
    expect(result.rejected.map((row) => row.line)).toEqual([2]);
  });
});

describe('read failures', () => {
  it('passes on an error reading the file instead of taking it for a decoding failure', async () => {
    const failing = {
      size: 10,
      slice: () => ({ arrayBuffer: () => Promise.reject(new Error('read failed')) }),
    } as unknown as Blob;
    await expect(importStream(failing, 'x.csv')).rejects.toThrow('read failed');
  });
});

describe('one encoding policy with decodeBytes', () => {
  const TEXT = '县级代码,县,年份,乡镇,搬迁户数,搬迁人数\r\n140923,代县,2019,上馆镇,386,"1,200"\r\n';

  it.each([1, 7, 64, undefined])('reads GBK bytes after a UTF-8 BOM as gb18030, as the whole-file reading does (chunks of %s bytes)', async (chunkBytes) => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...gbk(TEXT)]);
    const result = imported(await importStream(toBlob(bytes), 'bom-gbk.csv', { chunkBytes }));
    expect(result).toEqual(importWholeFile('relocation', 'bom-gbk.csv', bytes));
    expect([result.encoding, result.header[0], recordsOf(result, 'relocation').map((record) => [record.county, record.township, record.people])]).toEqual([
      'gb18030',
      '县级代码',
      [['代县', '上馆镇', 1200]],
    ]);
  });
});

describe('a TSV whose first line says nothing of the delimiter', () => {
  const HEADER = '县级代码\t县\t年份\t乡镇\t搬迁户数\t搬迁人数';
  const ROWS = ['140923\t代县\t2019\t上馆镇\t386\t1200', '140921\t定襄县\t2019\t晋昌镇\t95\t301'];

  it.each([1, 7, 64, undefined])('is read as tab-separated below a title line without tabs (chunks of %s bytes)', async (chunkBytes) => {
    const bytes = utf16beWithBom(['代县易地扶贫搬迁统计表（测试数据）', HEADER, ...ROWS].join('\r\n') + '\r\n');
    const result = imported(await importStream(toBlob(bytes), 'report.txt', { chunkBytes }));
    expect(result).toEqual(importWholeFile('relocation', 'report.txt', bytes));
    expect([result.delimiter, result.rowsAccepted, result.problems.map((problem) => [problem.line, problem.code])]).toEqual(['\t', 2, [[1, 'skipped_title_row']]]);
  });

  it.each([1, 7, 64, undefined])('is read as tab-separated below a blank first line (chunks of %s bytes)', async (chunkBytes) => {
    const bytes = utf8(['', HEADER, ...ROWS].join('\n') + '\n');
    const result = imported(await importStream(toBlob(bytes), 'blank-first.txt', { chunkBytes }));
    expect(result).toEqual(importWholeFile('relocation', 'blank-first.txt', bytes));
    expect([result.delimiter, result.header, recordsOf(result, 'relocation').map((record) => record.line)]).toEqual(['\t', HEADER.split('\t'), [3, 4]]);
  });
});

describe('errors', () => {
  /** A Blob whose reading fails with `reason`: anything at all, as a browser or a bug may reject with. */
  function failingBlob(reason: unknown): Blob {
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- rejecting with non-errors is the point
    return { size: 10, slice: () => ({ arrayBuffer: () => Promise.reject(reason) }) } as unknown as Blob;
  }

  it.each([
    ['an Error with an empty message', new Error('')],
    ['an Error with a blank message', new TypeError('  ')],
    ['no value', undefined],
    ['an object', {}],
  ])('never rejects with an empty message: a read failing with %s', async (_name, reason) => {
    const error: unknown = await importStream(failingBlob(reason), 'x.csv').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message.trim()).not.toBe('');
  });

  it('keeps a message that says something, as the detail of a failure the page words in its own language', async () => {
    await expect(importStream(failingBlob('disk gone'), 'x.csv')).rejects.toMatchObject({ name: 'ImportFailure', code: 'failed', detail: 'disk gone' });
  });

  it('says a file the browser stopped being able to read (cut off, moved) is unreadable, with the browser’s own words', async () => {
    const cutOff = new DOMException('The requested file could not be read.', 'NotReadableError');
    await expect(importStream(failingBlob(cutOff), 'x.csv')).rejects.toMatchObject({ code: 'unreadable', detail: 'The requested file could not be read.' });
  });
});

describe('an abort signal', () => {
  const CSV = utf8(`county_code,county,period,people\n${'140923,代县,2019,5\n'.repeat(20)}`);

  it('stops before the next chunk once aborted, rejecting with the signal’s AbortError', async () => {
    const { blob, slices } = countingBlob(toBlob(CSV));
    const controller = new AbortController();
    const outcome = importStream(blob, 'x.csv', { chunkBytes: 16, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(outcome).rejects.toMatchObject({ name: 'AbortError' });
    // The 3 bytes looked at for a BOM, then the first chunk; nothing after the abort.
    expect(slices()).toBe(2);
  });

  it('reads nothing when aborted before it starts', async () => {
    const { blob, slices } = countingBlob(toBlob(CSV));
    await expect(importStream(blob, 'x.csv', { signal: AbortSignal.abort() })).rejects.toMatchObject({ name: 'AbortError' });
    expect(slices()).toBe(0);
  });

  it('rejects with its own reason when it has one', async () => {
    const reason = new Error('analyst cancelled');
    await expect(importStream(toBlob(CSV), 'x.csv', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
  });

  it('changes nothing while it is not aborted', async () => {
    const result = imported(await importStream(toBlob(CSV), 'x.csv', { chunkBytes: 16, signal: new AbortController().signal }));
    expect(result).toEqual(importWholeFile('relocation', 'x.csv', CSV));
  });
});

describe('a quote opened and never closed', () => {
  const csv = 'county_code,county,period,township,people\r\n140923,代县,2019,A镇,10\r\n140923,代县,2019,"B镇,20\r\n140923,代县,2019,C镇,30\r\n';

  it.each([
    [1, 'as-written'],
    [7, 'as-written'],
    [7, 'lines'],
    [64, 'lines'],
  ] as const)('gives the whole-file reading’s result in chunks of %i bytes, read %s', async (chunkBytes, quotes) => {
    const file = utf8(csv);
    const streamed = imported(await importStream(toBlob(file), 'cut.csv', { chunkBytes, quotes }));
    expect(streamed).toEqual(importWholeFile('relocation', 'cut.csv', file, { quotes }));
    // Read as lines, the quote is text ("B镇) and lines 3 and 4 count; as written, line 4 is inside line 3, which is rejected.
    expect(streamed.records.map((record) => ('people' in record ? record.people : null))).toEqual(quotes === 'lines' ? [10, 20, 30] : [10]);
  });
});
