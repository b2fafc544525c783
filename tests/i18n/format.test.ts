import { describe, expect, it } from 'vitest';
import { formatFixed, formatLarge, formatList, formatNumber, formatShare } from '../../src/i18n/format';

describe('formatNumber', () => {
  it('groups thousands the zh-CN way', () => {
    expect(formatNumber(3676, 'zh')).toBe('3,676');
    expect(formatNumber(1234567, 'zh')).toBe('1,234,567');
  });

  it('groups thousands in English too', () => {
    expect(formatNumber(3676, 'en')).toBe('3,676');
  });

  it('rounds to whole numbers unless asked for decimals', () => {
    expect(formatNumber(1871.6, 'zh')).toBe('1,872');
    expect(formatNumber(3.14159, 'en', 2)).toBe('3.14');
    expect(formatNumber(2.5, 'en', 2)).toBe('2.5');
  });
});

describe('formatFixed', () => {
  it('always writes the decimals asked for, so rates line up', () => {
    expect(formatFixed((3676 / 178870) * 1000, 'zh', 1)).toBe('20.6');
    expect(formatFixed(20, 'en', 1)).toBe('20.0');
    expect(formatFixed(1234.56, 'en', 1)).toBe('1,234.6');
  });
});

describe('formatShare', () => {
  it('writes a share as a percentage with one decimal', () => {
    expect(formatShare(0.754, 'zh')).toBe('75.4%');
    expect(formatShare(0.754, 'en')).toBe('75.4%');
    expect(formatShare(0.5, 'zh')).toBe('50.0%');
    expect(formatShare(2773 / 3676, 'zh')).toBe('75.4%');
  });
});

describe('formatList', () => {
  it('joins names with commas in English', () => {
    expect(formatList(['Dai', 'Fanshi'], 'en')).toBe('Dai, Fanshi');
    expect(formatList(['Dai', 'Fanshi', 'Wutai'], 'en')).toBe('Dai, Fanshi, Wutai');
  });

  it('gives a single name as it is', () => {
    expect(formatList(['代县'], 'zh')).toBe('代县');
    expect(formatList(['Dai'], 'en')).toBe('Dai');
  });

  it('gives nothing for no names', () => {
    expect(formatList([], 'zh')).toBe('');
  });

  it('keeps every name in Chinese', () => {
    const joined = formatList(['代县', '繁峙县', '五台县'], 'zh');
    expect(joined.startsWith('代县')).toBe(true);
    expect(joined).toContain('繁峙县');
    expect(joined.endsWith('五台县')).toBe(true);
  });

  it('separates Chinese names with 、', () => {
    expect(formatList(['代县', '繁峙县', '五台县'], 'zh')).toBe('代县、繁峙县、五台县');
  });
});

describe('formatLarge: a large count as a reader says it, never rounded', () => {
  it('writes 万 in Chinese and millions in English where the short form is the figure exactly', () => {
    expect(formatLarge(9_600_000, 'zh')).toBe('960万');
    expect(formatLarge(9_600_000, 'en')).toBe('9.6 million');
    expect(formatLarge(472_000, 'zh')).toBe('47.2万');
    expect(formatLarge(1_880_000, 'en')).toBe('1.88 million');
  });

  it('keeps a figure in full where the short form would round it, or where it is small', () => {
    expect(formatLarge(135_214, 'zh')).toBe('135,214');
    expect(formatLarge(472_000, 'en')).toBe('472,000');
    expect(formatLarge(3_676, 'zh')).toBe('3,676');
    expect(formatLarge(1_234_567, 'en')).toBe('1,234,567');
  });
});
