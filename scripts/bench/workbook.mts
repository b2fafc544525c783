/**
 * The workbook benchmark (npx tsx scripts/bench/workbook.mts): one synthetic relocation table (Shanxi's county
 * codes, source “虚构基准 synthetic”) written as an .xlsx (write-excel-file) and as the same rows in CSV, each
 * imported in Node through the app's own engine. Prints times and the workbook/CSV ratio within one run; figures,
 * never pass/fail. BENCH_ROWS (20000,100000) chooses the sizes.
 */
import writeExcelFile from 'write-excel-file/node';
import { importBytes } from '../../src/data/importStream';
import { importWorkbook } from '../../src/data/workbook/importWorkbook';

const SIZES = (process.env['BENCH_ROWS'] ?? '20000,100000').split(',').map(Number);
const HEADER = ['county_code', 'county', 'period', 'township', 'households', 'people', 'source'];
const COUNTIES = [
  ['140923', '代县'],
  ['140921', '定襄县'],
  ['140922', '五台县'],
] as const;

function rows(count: number): (string | number)[][] {
  return Array.from({ length: count }, (_, index) => {
    const [code, county] = COUNTIES[index % COUNTIES.length]!;
    return [code, county, 2016 + (index % 5), `测试乡镇${index}`, 10 + (index % 7), 30 + (index % 11), '虚构基准 synthetic'];
  });
}

function timed<T>(run: () => T): { ms: number; value: T } {
  const start = performance.now();
  const value = run();
  return { ms: performance.now() - start, value };
}

console.log('rows      xlsx MB  csv MB  workbook ms  csv ms  ratio');
for (const size of SIZES) {
  const data = rows(size);
  const sheet = [HEADER.map((value) => ({ value })), ...data.map((row) => row.map((value) => ({ value, type: typeof value === 'number' ? Number : String })))];
  const xlsx = new Uint8Array(await writeExcelFile(sheet as never).toBuffer());
  const csv = new TextEncoder().encode([HEADER.join(','), ...data.map((row) => row.join(','))].join('\n') + '\n');
  // One warm-up each, then the measured run.
  importWorkbook(xlsx, 'bench.xlsx');
  importBytes(csv, 'bench.csv', { datasetId: 'relocation' });
  const workbook = timed(() => importWorkbook(xlsx, 'bench.xlsx'));
  const text = timed(() => importBytes(csv, 'bench.csv', { datasetId: 'relocation' }));
  const sheetResult = workbook.value.sheets[0];
  const same = sheetResult?.kind === 'imported' && text.value.kind === 'imported' && sheetResult.result.records.length === text.value.result.records.length;
  console.log(
    `${String(size).padEnd(9)} ${(xlsx.length / 1e6).toFixed(2).padStart(7)}  ${(csv.length / 1e6).toFixed(2).padStart(6)}  ${workbook.ms.toFixed(0).padStart(11)}  ${text.ms.toFixed(0).padStart(6)}  ${(workbook.ms / text.ms).toFixed(1).padStart(5)}${same ? '' : '  (records differ!)'}`,
  );
}
