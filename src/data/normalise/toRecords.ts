import { DATASETS, type DatasetId } from '../schema';
import type { RecordsByDataset, ValidRow } from '../types';
import { lookupArea } from '../adminDivisions';

/**
 * Gives validated rows their record shape. Validation has already checked every column against the schema,
 * so the cast only names what the schema guarantees; columns absent from the file become null (unknown). Each record also gets its prefecture and province
 * from the code list, so the page never needs the list itself.
 */
export function toRecords<Id extends DatasetId>(datasetId: Id, columns: readonly string[], rows: readonly ValidRow[], file?: string): RecordsByDataset[Id][] {
  const spec = DATASETS[datasetId];
  // A blank figure with a contract default (units: 1) takes it only on a line that names its narrowest place (a
  // unit): a line that leaves the unit blank is a total of its type, and its count is what its lines add up to.
  const narrowest = spec.levels[spec.levels.length - 1];
  const defaults = spec.columns.filter((column) => column.defaultValue !== undefined);
  // A file names a few hundred counties over hundreds of thousands of rows: each is looked up once.
  const divisions = new Map<string, ReturnType<typeof lookupArea>>();
  const divisionOf = (code: string) => {
    if (!divisions.has(code)) divisions.set(code, lookupArea(code));
    return divisions.get(code)!;
  };
  return rows.map((row) => {
    const record: Record<string, unknown> = { line: row.line };
    for (const key of columns) record[key] = row.values[key] ?? null;
    if (narrowest !== undefined && typeof row.values[narrowest] === 'string') {
      for (const column of defaults) if (record[column.key] === null) record[column.key] = column.defaultValue;
    }
    if (file !== undefined) record['file'] = file;
    if (row.extras) record['extras'] = row.extras;
    if (row.approximate) record['approximate'] = row.approximate;
    const code = row.values['county_code'];
    const division = typeof code === 'string' ? divisionOf(code) : null;
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
