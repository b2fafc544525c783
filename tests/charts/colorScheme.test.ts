import { describe, expect, it } from 'vitest';
import { PALETTE } from '../../src/charts/chartOption';
import { forColorScheme } from '../../src/charts/colorScheme';
import { BUILDER_CASES } from './builderCases';
import { context } from './factories';

const LIGHT_INK = [PALETTE.text, PALETTE.axis, PALETTE.grid];

function strings(value: unknown, key = ''): { key: string; value: string }[] {
  if (typeof value === 'string') return [{ key, value }];
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, key));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([name, item]) => strings(item, name));
  return [];
}

describe('forColorScheme', () => {
  const drawn = BUILDER_CASES.map(({ name, drawn: build }) => ({ name, option: build(context('zh')).option })).filter(
    (entry): entry is { name: string; option: NonNullable<typeof entry.option> } => entry.option !== null,
  );

  it('draws the light option as built', () => {
    for (const { option } of drawn) expect(forColorScheme(option, 'light')).toBe(option);
  });

  it('leaves no light-scheme ink in any chart drawn dark, and no white border on the dark card', () => {
    for (const { name, option } of drawn) {
      const left = strings(forColorScheme(option, 'dark')).filter(
        ({ key, value }) => LIGHT_INK.includes(value as (typeof LIGHT_INK)[number]) || (key === 'borderColor' && /^#fff(fff)?$/i.test(value)),
      );
      expect({ name, left }).toEqual({ name, left: [] });
    }
  });

  it('keeps every data colour, the white ink on bars, the figures and the formatters', () => {
    for (const { option } of drawn) {
      const dark = forColorScheme(option, 'dark');
      // The figures: a data item's value, or the item itself where it is a bare number.
      const figures = (items: unknown) =>
        Array.isArray(items) ? items.map((item: unknown) => (typeof item === 'object' && item !== null && 'value' in item ? item.value : item)) : items;
      const data = (series: unknown) => (Array.isArray(series) ? series.map((item: { data?: unknown }) => figures(item.data)) : []);
      expect(data(dark.series)).toEqual(data(option.series));
    }
    const composition = drawn.find(({ name }) => name === 'relocation-composition');
    const ink = (option: unknown) => strings(option).filter(({ key, value }) => key === 'color' && value === '#ffffff').length;
    if (!composition) throw new Error('the composition chart drew nothing');
    expect(ink(composition.option)).toBeGreaterThan(0);
    expect(ink(forColorScheme(composition.option, 'dark'))).toBe(ink(composition.option));
    const withFormatter = drawn.find(({ option }) => typeof (option.tooltip as { formatter?: unknown } | undefined)?.formatter === 'function');
    if (!withFormatter) throw new Error('no chart with a tooltip formatter');
    expect((forColorScheme(withFormatter.option, 'dark').tooltip as { formatter: unknown }).formatter).toBe(
      (withFormatter.option.tooltip as { formatter: unknown }).formatter,
    );
  });
});
