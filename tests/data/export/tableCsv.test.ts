import { describe, expect, it } from 'vitest';
import { tableCsv } from '../../../src/data/export/tableCsv';

describe('tableCsv', () => {
  it('starts with a BOM, keeps figures as numbers, leaves unknown blank and neutralises formula-like text', () => {
    expect(tableCsv(['县', '人数'], [['代县', 3676], ['=1+1', null], ['五台县', -5]])).toBe('\ufeff县,人数\r\n代县,3676\r\n\'=1+1,\r\n五台县,-5\r\n');
  });
});
