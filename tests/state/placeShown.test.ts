import { describe, expect, it } from 'vitest';
import { placeShown } from '../../src/state/placeShown';
import { NATION_CODE } from '../../src/data/aggregate/areaLevel';
import { dataset, relocation } from '../data/support/records';

const COUNTIES = dataset({ relocation: [relocation({ people: 10 })] });
const NATIONAL = dataset({ relocation: [relocation({ county_code: '140000', county: '山西省', prefecture: null, people: 472_000 })] });

describe('placeShown: the place a page title names', () => {
  it('names a drilled-to area by its official name', () => {
    expect(placeShown(NATIONAL, '140900')).toBe('忻州市');
    expect(placeShown(COUNTIES, '140923')).toBe('代县');
  });

  it('names the nation where the data states figures above its counties, and nothing for a file of counties seen whole', () => {
    expect(placeShown(NATIONAL, NATION_CODE)).toBe(NATION_CODE);
    expect(placeShown(COUNTIES, NATION_CODE)).toBeNull();
  });
});
