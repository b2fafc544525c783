import type { DatasetSpec } from '../schema';
import type { CellValue, Problem } from '../types';
import { areaNameMatches, lookupArea } from '../adminDivisions';
import { memoiseText } from '../memoiseText';

type Values = Readonly<Record<string, CellValue>>;
type RawCells = Readonly<Record<string, string>>;

function numberOf(values: Values, key: string): number | null {
  const value = values[key];
  return typeof value === 'number' ? value : null;
}

type CountyVerdict = { kind: 'unknown' } | { kind: 'mismatch'; official: string } | { kind: 'ok' };

// Every row of a large file names one of a few hundred counties: each code and name pair is checked once.
const countyVerdict = memoiseText((codeAndName: string): CountyVerdict => {
  const [code = '', name = ''] = codeAndName.split('\u0000');
  const division = lookupArea(code);
  if (division === null) return { kind: 'unknown' };
  return name !== '' && !areaNameMatches(name, division) ? { kind: 'mismatch', official: division.name } : { kind: 'ok' };
});

/** Checks that hold across the cells of one data row: the county code is real, one-of groups are filled, parts fit their wholes. */
export function checkRow(spec: DatasetSpec, line: number, values: Values, raw: RawCells): Problem[] {
  const problems: Problem[] = [];
  const code = values['county_code'];
  if (typeof code === 'string') {
    const name = values['county'];
    const verdict = countyVerdict(`${code}\u0000${typeof name === 'string' ? name : ''}`);
    if (verdict.kind === 'unknown') {
      problems.push({ line, column: 'county_code', value: code, code: 'unknown_county_code', severity: 'error' });
    } else if (verdict.kind === 'mismatch') {
      problems.push({
        line,
        column: 'county',
        value: typeof name === 'string' ? name : '',
        code: 'county_name_mismatch',
        severity: 'warning',
        params: { code, official: verdict.official },
      });
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
