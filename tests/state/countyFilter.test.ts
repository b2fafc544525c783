import { describe, expect, it } from 'vitest';
import { areaOfView, countyFilterSummary } from '../../src/state/countyFilter';
import { translator } from '../../src/i18n/translate';

const zh = translator('zh');
const en = translator('en');
const DAI = { code: '140923', name: '代县' };
const FANSHI = { code: '140924', name: '繁峙县' };
const WUTAI = { code: '140922', name: '五台县' };

describe('what the county filter says it is set to', () => {
  it('names the only county the data has, instead of calling it all counties', () => {
    expect(countyFilterSummary([DAI], [], zh)).toBe('代县');
    expect(countyFilterSummary([DAI], [], en)).toBe('代县');
  });

  it('names the one county chosen among several', () => {
    expect(countyFilterSummary([WUTAI, DAI, FANSHI], ['140924'], zh)).toBe('繁峙县');
  });

  it('says all counties when nothing is chosen among several', () => {
    expect(countyFilterSummary([WUTAI, DAI, FANSHI], [], zh)).toBe(zh('filters.allCounties'));
    expect(countyFilterSummary([WUTAI, DAI, FANSHI], [], en)).toBe(en('filters.allCounties'));
  });

  it('counts the counties chosen when there are several', () => {
    expect(countyFilterSummary([WUTAI, DAI, FANSHI], ['140923', '140922'], zh)).toBe(zh('filters.countiesChosen', { count: 2 }));
    expect(countyFilterSummary([WUTAI, DAI, FANSHI], ['140923', '140922'], zh)).not.toBe(zh('filters.allCounties'));
  });
});

describe('the area an export names', () => {
  it('lists every county chosen, where the filter only counts them', () => {
    expect(areaOfView([WUTAI, DAI, FANSHI], ['代县', '繁峙县'], 'zh', zh)).toBe('代县、繁峙县');
  });

  it('says what the filter says when none is chosen: the only county, or all counties', () => {
    expect(areaOfView([DAI], [], 'zh', zh)).toBe('代县');
    expect(areaOfView([WUTAI, DAI], [], 'en', en)).toBe(en('filters.allCounties'));
  });
});
