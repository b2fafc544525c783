import { describe, expect, it } from 'vitest';
import { utf8 } from '../support/encode';
import { importAs } from '../support/importAs';

describe('the preview of a household file with a repeated household', () => {
  it('shows the first accepted lines as read, the repeat included, as it does for a repeated row of totals', () => {
    const stated = importAs('relocation', 's.csv', utf8('县级代码,县,年份,乡镇,搬迁户数,搬迁人数\n140923,代县,2019,甲,1,3\n140923,代县,2019,甲,1,3\n140923,代县,2019,乙,1,3\n'));
    expect([stated.rowsAccepted, stated.preview.map((record) => record.line)]).toEqual([3, [2, 3, 4]]);

    const households = importAs('relocation', 'h.csv', utf8('县级代码,县,年份,乡镇,户编号,搬迁户数,搬迁人数\n140923,代县,2019,甲,H1,1,3\n140923,代县,2019,甲,H1,1,3\n140923,代县,2019,甲,H2,1,3\n'));
    expect([households.rowsAccepted, households.preview.map((record) => record.line)]).toEqual([3, [2, 3, 4]]);
  });
});
