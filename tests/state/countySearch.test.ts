import { beforeAll, describe, expect, it } from 'vitest';
import { countyMatches, type NameReadings } from '../../src/state/countySearch';
import { loadPinyinReadings } from '../../src/state/pinyinReadings';

const DAI = { code: '140923', name: '代县' };
const FANSHI = { code: '140924', name: '繁峙县' };
const XINFU = { code: '140902', name: '忻府区' };
const COUNTIES = [XINFU, DAI, FANSHI];

let readings: NameReadings;
beforeAll(async () => {
  readings = await loadPinyinReadings();
});

const found = (query: string, withReadings = true) =>
  COUNTIES.filter((county) => countyMatches(query, county, withReadings ? readings : undefined)).map((county) => county.name);

describe('countyMatches', () => {
  it('lists every county for an empty or blank search', () => {
    expect(found('')).toEqual(['忻府区', '代县', '繁峙县']);
    expect(found('   ')).toEqual(['忻府区', '代县', '繁峙县']);
  });

  it('finds a county by its code or the start of it', () => {
    expect(found('140923')).toEqual(['代县']);
    expect(found('14092')).toEqual(['代县', '繁峙县']);
    expect(found('0923')).toEqual([]);
  });

  it('finds a county by any part of its name', () => {
    expect(found('县')).toEqual(['代县', '繁峙县']);
    expect(found('忻府')).toEqual(['忻府区']);
  });

  it('finds a county by the initials of its name in pinyin, in either case', () => {
    expect(found('dx')).toEqual(['代县']);
    expect(found('XFQ')).toEqual(['忻府区']);
  });

  it('finds a county by whole syllables, syllables mixed with initials, or the syllable being typed', () => {
    expect(found('daixian')).toEqual(['代县']);
    expect(found('xinf')).toEqual(['忻府区']);
    expect(found('dai x')).toEqual(['代县']);
    expect(found('fanshixian')).toEqual(['繁峙县']);
  });

  it('reads a character with several readings in each of them, since place names often take the rarer one', () => {
    // 繁峙 is read Fánshì; the dictionary's first reading of 峙 is zhì.
    expect(found('fs')).toEqual(['繁峙县']);
    expect(found('fz')).toEqual(['繁峙县']);
  });

  it('matches from any character of the name, not only the first', () => {
    expect(found('fq')).toEqual(['忻府区']);
    expect(found('xian')).toEqual(['代县', '繁峙县']);
  });

  it('finds nothing by letters that spell no name, and nothing by pinyin before the dictionary has loaded', () => {
    expect(found('qq')).toEqual([]);
    expect(found('dx', false)).toEqual([]);
    expect(found('代', false)).toEqual(['代县']);
  });
});
