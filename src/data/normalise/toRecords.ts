import { DATASETS, type DatasetId } from '../schema';
import type { RecordsByDataset, ValidRow } from '../types';
import { lookupCounty } from '../adminDivisions';

/**
 * Gives validated rows their record shape. Validation has already checked every column against the schema,
 * so the cast only names what the schema guarantees; columns absent from the file become null (unknown). Each record also gets its prefecture and province
 * from the code list, so the page never needs the list itself.
 */
export function toRecords<Id extends DatasetId>(datasetId: Id, columns: readonly string[], rows: readonly ValidRow[]): RecordsByDataset[Id][] {
  // A column the file lacks takes the contract's default where it has one (units: 1), else stays unknown.
  const defaults = new Map(DATASETS[datasetId].columns.map((column) => [column.key, column.defaultValue ?? null]));
  return rows.map((row) => {
    const record: Record<string, unknown> = { line: row.line };
    for (const key of columns) record[key] = row.values[key] ?? defaults.get(key) ?? null;
    const code = row.values['county_code'];
    const division = typeof code === 'string' ? lookupCounty(code) : null;
    record['prefecture'] = division?.prefecture ?? null;
    record['province'] = division?.province ?? null;
    if (datasetId === 'relocation') {
      record['derived'] = [];
      // markCoveredYears names the range row that covers this one, if any.
      record['coveredBy'] = null;
      record['householdRows'] = row.householdRows ?? 0;
    }
    return record as unknown as RecordsByDataset[Id];
  });
}
