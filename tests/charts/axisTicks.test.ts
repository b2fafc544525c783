import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distinctLabelFormat, sharedNumberFormat, valueScale } from '../../src/charts/axisTicks';

const ROUND_STEP_MULTIPLES = [1, 2, 2.5, 5];

function isRoundStep(step: number): boolean {
  const mantissa = step / 10 ** Math.floor(Math.log10(step));
  return ROUND_STEP_MULTIPLES.some((multiple) => Math.abs(mantissa - multiple) < 1e-9);
}

// Figures the page draws, to the cent: a rate of 0.3 per 1,000, a village's dozen households, a province's millions of
// people, and a few negative income gains.
const figures = fc.array(
  fc.integer({ min: -5e7, max: 5e10 }).map((cents) => cents / 100),
  { minLength: 1, maxLength: 40 },
);

describe('valueScale', () => {
  it('puts ticks on one round step, evenly spaced, from at or below the lowest figure to at or above the highest, for a sweep of ranges and interval counts', () => {
    fc.assert(
      fc.property(figures, fc.integer({ min: 3, max: 8 }), (values, maxIntervals) => {
        const scale = valueScale(values, maxIntervals);
        expect(isRoundStep(scale.interval)).toBe(true);
        expect(scale.ticks.length - 1).toBeLessThanOrEqual(maxIntervals);
        expect(scale.ticks[0]).toBe(scale.min);
        expect(scale.ticks.at(-1)).toBe(scale.max);
        scale.ticks.slice(1).forEach((tick, index) => expect(tick - (scale.ticks[index] ?? 0)).toBeCloseTo(scale.interval, 6));
        expect(scale.min).toBeLessThanOrEqual(Math.min(0, ...values));
        expect(scale.max).toBeGreaterThanOrEqual(Math.max(0, ...values));
      }),
    );
  });

  it('uses the room it has: the highest figure reaches past the middle of the axis', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5e10 }).map((cents) => cents / 100),
        (highest) => {
          const scale = valueScale([highest], 4);
          expect(highest / scale.max).toBeGreaterThan(0.5);
        },
      ),
    );
  });

  it('starts at zero for positive figures and leaves headroom above the highest when asked', () => {
    expect(valueScale([1855, 3676], 4)).toEqual({ min: 0, max: 4000, interval: 1000, ticks: [0, 1000, 2000, 3000, 4000] });
    expect(valueScale([4000], 4, 0.1).max).toBeGreaterThan(4000);
  });

  it('draws an axis with nothing on it from 0 to 1 rather than dividing by zero', () => {
    expect(valueScale([0, 0], 4)).toEqual({ min: 0, max: 1, interval: 1, ticks: [0, 1] });
    expect(valueScale([], 4).ticks).toEqual([0, 1]);
  });
});

describe('sharedNumberFormat', () => {
  it('writes every tick of an axis in one unit and with one number of decimals, for a sweep of ranges', () => {
    fc.assert(
      fc.property(figures, fc.constantFrom('zh' as const, 'en' as const), (values, lang) => {
        const { ticks } = valueScale(values, 4);
        const format = sharedNumberFormat(ticks, lang);
        const written = ticks.filter((tick) => tick !== 0).map(format);
        const suffixes = new Set(written.map((label) => label.replace(/^[-−\d.,]+/, '')));
        const decimals = new Set(written.map((label) => /\.(\d+)/.exec(label)?.[1]?.length ?? 0));
        expect(suffixes.size).toBeLessThanOrEqual(1);
        expect(decimals.size).toBeLessThanOrEqual(1);
        expect(new Set(ticks.map(format)).size).toBe(ticks.length);
        // Five labels of up to seven characters fit the narrowest plot on a 375 px phone.
        for (const label of written) expect(Array.from(label).length).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('never writes 9,000 beside 1.2万', () => {
    const ticks = [0, 3000, 6000, 9000, 12000];
    expect(ticks.map(sharedNumberFormat(ticks, 'zh'))).toEqual(['0', '3,000', '6,000', '9,000', '12,000']);
    const tens = [0, 10_000, 20_000, 30_000];
    expect(tens.map(sharedNumberFormat(tens, 'zh'))).toEqual(['0', '1万', '2万', '3万']);
    expect(tens.map(sharedNumberFormat(tens, 'en'))).toEqual(['0', '10K', '20K', '30K']);
    const large = [0, 50_000, 100_000, 150_000];
    expect(large.map(sharedNumberFormat(large, 'zh'))).toEqual(['0', '5万', '10万', '15万']);
  });

  it('writes small figures in full with grouping', () => {
    const format = sharedNumberFormat([0, 2500, 5000], 'zh');
    expect([2500, 5000].map(format)).toEqual(['2,500', '5,000']);
  });
});

describe('distinctLabelFormat', () => {
  it('gives different figures different labels, in 万 where that is enough', () => {
    const values = [12_130, 11_420, 13_810];
    expect(values.map(distinctLabelFormat(values, 'zh'))).toEqual(['1.21万', '1.14万', '1.38万']);
    expect([12_000].map(distinctLabelFormat([12_000], 'zh'))).toEqual(['1.2万']);
    expect([3_676].map(distinctLabelFormat([3_676], 'zh'))).toEqual(['3,676']);
  });

  it('writes every label within half a per cent of its figure', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 10_000, max: 5e8 }), { minLength: 1, maxLength: 20 }), (values) => {
        const format = distinctLabelFormat(values, 'zh');
        for (const value of values) {
          const label = format(value).replace(/,/g, '');
          const read = label.endsWith('亿') ? Number(label.slice(0, -1)) * 1e8 : label.endsWith('万') ? Number(label.slice(0, -1)) * 1e4 : Number(label);
          expect(Math.abs(read - value) / value).toBeLessThanOrEqual(0.005);
        }
      }),
    );
  });

  it('falls back to the figures in full when two are too close for 万 with two decimals', () => {
    const values = [12_130, 12_131];
    expect(values.map(distinctLabelFormat(values, 'zh'))).toEqual(['12,130', '12,131']);
  });

  it('tells any set of different figures apart', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 5e8 }), { minLength: 1, maxLength: 20 }),
        fc.constantFrom('zh' as const, 'en' as const),
        (values, lang) => {
          const format = distinctLabelFormat(values, lang);
          expect(new Set(values.map(format)).size).toBe(values.length);
        },
      ),
    );
  });
});
