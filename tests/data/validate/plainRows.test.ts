import { describe, expect, it } from 'vitest';
import { DATASETS, DATASET_IDS, type DatasetId } from '../../../src/data/schema';
import { createRowValidator } from '../../../src/data/validate/validateTable';
import { HouseholdRowFold } from '../../../src/data/count/foldHouseholdRows';
import { householdCsvPieces } from '../../../scripts/bench/householdCsv';
import { generateDemoData } from '../../../scripts/demoData';
import { seededRandom } from '../../../scripts/seededRandom';
import { parseCsv } from '../../support/wholeFile';

// Ways a cell goes wrong or merely looks different in real exports; each must leave the plain path.
const VARIANTS: readonly ((cell: string) => string)[] = [
  (cell) => ` ${cell}`,
  (cell) => `${cell}\u3000`,
  (cell) => `${cell}\u00a0`,
  () => '',
  () => '合计',
  () => '小计',
  (cell) => (/^\d+$/.test(cell) ? `${cell}人` : cell),
  (cell) => (/^\d+$/.test(cell) ? `${Number(cell).toLocaleString('en')}.0` : cell),
  (cell) => (/^\d+$/.test(cell) ? `约${cell}` : cell),
  (cell) => (/^\d+$/.test(cell) ? `${cell}.5` : cell),
  (cell) => (/^\d+$/.test(cell) ? `-${cell}` : cell),
  (cell) => (/^\d+$/.test(cell) ? `${Number(cell) + 900}` : cell),
  (cell) => (/^\d+$/.test(cell) ? `１２` : cell),
  (cell) => (/^\d{6}$/.test(cell) ? `${cell}000` : cell),
  () => '999999',
  () => '五台县',
  () => '2019年',
  () => '十三五',
  () => '1800',
  () => 'abc',
];

/** Rows of a CSV with, in some rows, one or two cells changed by a variant; the same for the same seed. */
function perturbed(text: string, seed: number): string {
  const random = seededRandom(seed);
  const [header, ...rows] = text.replace(/^\ufeff/, '').split(/\r?\n/);
  const changed = rows.map((row) => {
    if (row === '' || random() < 0.5) return row;
    const cells = row.split(',');
    for (let n = 0; n < 1 + Math.floor(random() * 2); n++) {
      const at = Math.floor(random() * cells.length);
      cells[at] = VARIANTS[Math.floor(random() * VARIANTS.length)]!(cells[at] ?? '');
    }
    if (random() < 0.03) cells.push(random() < 0.5 ? '' : 'extra');
    if (random() < 0.03) cells.pop();
    return cells.join(',');
  });
  return [header, ...changed].join('\n');
}

function validateBothWays(datasetId: DatasetId, text: string) {
  const table = parseCsv(text);
  return [true, false].map((plainPath) => {
    const fold = new HouseholdRowFold();
    const validator = createRowValidator(DATASETS[datasetId], table.header, table.headerLine, fold, { plainPath });
    validator.add(table.rows);
    const rest = fold.add(validator.result.accepted);
    return { ...validator.result, accepted: rest, households: fold.rows(), repeats: fold.problems, taken: fold.rowsTaken };
  });
}

describe('the plain path through validation changes nothing but speed', () => {
  const demo = generateDemoData();
  const households = [...householdCsvPieces(1500, 7)].join('');

  it.each([0, 1, 2, 3, 4, 5])('accepts, rejects and reports exactly as the full reading does, for household rows changed every which way (seed %i)', (seed) => {
    const [plain, full] = validateBothWays('relocation', perturbed(households, seed));
    expect(plain).toEqual(full);
    // The cases reach both paths: some rows plain, some not.
    expect(full!.rejected.length).toBeGreaterThan(50);
    expect(full!.taken).toBeGreaterThan(500);
  });

  it.each(DATASET_IDS)('does the same for the %s rows of the demo data, changed every which way', (datasetId) => {
    for (const seed of [11, 12, 13]) {
      const [plain, full] = validateBothWays(datasetId, perturbed(demo[datasetId], seed));
      expect(plain).toEqual(full);
    }
  });
});
