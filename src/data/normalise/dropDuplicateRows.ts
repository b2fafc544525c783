import type { BaseRecord, Problem } from '../types';

function keyOf(record: BaseRecord, keyColumns: readonly string[]): string {
  const fields = record as unknown as Record<string, unknown>;
  const labels = keyColumns.map((key) => {
    const value = fields[key];
    return typeof value === 'string' ? value : '';
  });
  return [record.county_code, record.period.label, ...labels].join('\u0000');
}

/**
 * Keeps the first of rows that share a key (county, period and the dataset's key columns, such as township
 * and site) so a row pasted twice is not counted twice; each repeat is a `duplicate_key` warning on its line.
 */
export function dropDuplicateRows<T extends BaseRecord>(records: readonly T[], keyColumns: readonly string[]): { kept: T[]; problems: Problem[] } {
  const firstLine = new Map<string, number>();
  const kept: T[] = [];
  const problems: Problem[] = [];
  for (const record of records) {
    const key = keyOf(record, keyColumns);
    const first = firstLine.get(key);
    if (first === undefined) {
      firstLine.set(key, record.line);
      kept.push(record);
    } else {
      problems.push({ line: record.line, column: 'county_code', value: record.county_code, code: 'duplicate_key', severity: 'warning', params: { first } });
    }
  }
  return { kept, problems };
}
