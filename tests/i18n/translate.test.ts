import { describe, expect, it } from 'vitest';
import { CATALOGUES, translator, type MessageKey } from '../../src/i18n/translate';

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();

describe('CATALOGUES', () => {
  it('gives zh and en exactly the same keys', () => {
    expect(Object.keys(CATALOGUES.en).sort()).toEqual(Object.keys(CATALOGUES.zh).sort());
  });

  it('has no empty message in either language', () => {
    for (const catalogue of [CATALOGUES.zh, CATALOGUES.en]) {
      const empty = Object.entries(catalogue)
        .filter(([, text]) => text.trim() === '')
        .map(([key]) => key);
      expect(empty).toEqual([]);
    }
  });

  it('uses the same placeholders for each key in both languages', () => {
    const differing = (Object.keys(CATALOGUES.zh) as MessageKey[])
      .filter((key) => placeholders(CATALOGUES.zh[key]).join() !== placeholders(CATALOGUES.en[key]).join())
      .map((key) => ({ key, zh: placeholders(CATALOGUES.zh[key]), en: placeholders(CATALOGUES.en[key]) }));
    expect(differing).toEqual([]);
  });
});

describe('translator', () => {
  it('looks a key up in the chosen language', () => {
    expect(translator('zh')('kpi.people')).toBe(CATALOGUES.zh['kpi.people']);
    expect(translator('en')('kpi.people')).toBe(CATALOGUES.en['kpi.people']);
    expect(translator('zh')('kpi.people')).not.toBe(translator('en')('kpi.people'));
  });

  it('fills every placeholder from params, numbers included', () => {
    const text = translator('en')('problem.wrong_field_count', { expected: 18, found: 3 });
    expect(text).toBe(CATALOGUES.en['problem.wrong_field_count'].replace('{expected}', '18').replace('{found}', '3'));
    expect(text).not.toMatch(/\{\w+\}/);
  });

  it('leaves no placeholder in any message once all its params are given', () => {
    const t = translator('zh');
    for (const key of Object.keys(CATALOGUES.zh) as MessageKey[]) {
      const params: Record<string, string> = Object.fromEntries(placeholders(CATALOGUES.zh[key]).map((name) => [name, `<${name}>`]));
      expect(t(key, params)).not.toMatch(/\{\w+\}/);
    }
  });

  it('leaves placeholders it has no value for intact', () => {
    const t = translator('zh');
    const template = CATALOGUES.zh['chart.valueWithShare'];
    expect(template).toContain('{value}');
    expect(template).toContain('{share}');
    expect(t('chart.valueWithShare', { value: 12 })).toBe(template.replace('{value}', '12'));
    expect(t('chart.valueWithShare')).toBe(template);
    expect(t('chart.valueWithShare', { other: 'x' })).toBe(template);
  });

  it('inserts values literally, even ones that look like placeholders or replacement patterns', () => {
    const t = translator('en');
    expect(t('chart.countiesWithoutFigure', { names: '{names} $& $1' })).toBe(
      CATALOGUES.en['chart.countiesWithoutFigure'].replace('{names}', () => '{names} $& $1'),
    );
  });
});
