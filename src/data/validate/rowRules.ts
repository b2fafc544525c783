import type { DatasetSpec } from '../schema';
import type { CellValue, Problem } from '../types';
import { countyNameMatches, lookupCounty } from '../adminDivisions';

type Values = Readonly<Record<string, CellValue>>;
type RawCells = Readonly<Record<string, string>>;

function numberOf(values: Values, key: string): number | null {
  const value = values[key];
  return typeof value === 'number' ? value : null;
}

/** Checks that hold across the cells of one data row: the county code is real, one-of groups are filled, parts fit their wholes. */
export function checkRow(spec: DatasetSpec, line: number, values: Values, raw: RawCells): Problem[] {
  const problems: Problem[] = [];
  const code = values['county_code'];
  if (typeof code === 'string') {
    const division = lookupCounty(code);
    if (division === null) {
      problems.push({ line, column: 'county_code', value: code, code: 'unknown_county_code', severity: 'error' });
    } else {
      const name = values['county'];
      if (typeof name === 'string' && !countyNameMatches(name, division)) {
        problems.push({
          line,
          column: 'county',
          value: name,
          code: 'county_name_mismatch',
          severity: 'warning',
          params: { code, official: division.county },
        });
      }
    }
  }

  for (const group of spec.requireOneOf ?? []) {
    const present = group.filter((key) => key in values);
    if (present.length > 0 && present.every((key) => values[key] === null)) {
      problems.push({ line, column: present[0] ?? null, value: '', code: 'missing_one_of', severity: 'error', params: { columns: group.join('/') } });
    }
  }

  for (const { part, whole, problem } of spec.partsOfWholes ?? []) {
    const partValue = numberOf(values, part);
    const wholeValue = numberOf(values, whole);
    if (partValue !== null && wholeValue !== null && partValue > wholeValue) {
      problems.push({
        line,
        column: part,
        value: raw[part] ?? String(partValue),
        code: problem ?? 'part_exceeds_whole',
        severity: 'error',
        params: { whole, wholeValue, partValue },
      });
    }
  }
  return problems;
}
