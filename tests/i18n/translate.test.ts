import { describe, expect, it } from 'vitest';
import { CATALOGUES, translator, type MessageKey } from '../../src/i18n/translate';

// A parameter is `{name}`, or `{name, plural, one {…} other {…}}` where English picks a form by the figure.
const PLURAL_BLOCK = /\{(\w+), plural, one \{[^{}]*\} other \{[^{}]*\}\}/g;
const placeholders = (text: string): string[] => {
  const plural = [...text.matchAll(PLURAL_BLOCK)].map((match) => match[1] ?? '');
  const simple = [...text.replace(PLURAL_BLOCK, '').matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  return [...new Set([...plural, ...simple])].sort();
};

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

  it('uses the same placeholders for each key in both languages, but for a figure English needs only to choose a plural', () => {
    const pluralOnly = (text: string) => {
      const simple = placeholders(text.replace(PLURAL_BLOCK, ''));
      // A block that writes no # only picks a word by the figure: Chinese, with no plural, needs no such figure.
      return [...text.matchAll(PLURAL_BLOCK)]
        .filter((match) => !match[0].includes('#'))
        .map((match) => match[1] ?? '')
        .filter((name) => !simple.includes(name));
    };
    const english = (key: MessageKey) => {
      const chinese = placeholders(CATALOGUES.zh[key]);
      const dropped = pluralOnly(CATALOGUES.en[key]).filter((name) => !chinese.includes(name));
      return placeholders(CATALOGUES.en[key]).filter((name) => !dropped.includes(name));
    };
    const differing = (Object.keys(CATALOGUES.zh) as MessageKey[])
      .filter((key) => placeholders(CATALOGUES.zh[key]).join() !== english(key).join())
      .map((key) => ({ key, zh: placeholders(CATALOGUES.zh[key]), en: english(key) }));
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

describe('plural forms', () => {
  const en = translator('en');

  it('says 1 error and 2 errors, 1 warning and 0 warnings', () => {
    expect(en('report.problems', { errors: 1, warnings: 0 })).toBe('Problems: 1 error, 0 warnings');
    expect(en('report.problems', { errors: 2, warnings: 1 })).toBe('Problems: 2 errors, 1 warning');
  });

  it('reads the figure from a parameter the page has already written with grouping', () => {
    expect(en('report.apply', { count: '1,234' })).toBe('Apply (1,234 rows)');
    expect(en('report.apply', { count: '1' })).toBe('Apply (1 row)');
  });

  it('names a unit in the singular for one, and in its general form where no figure is given', () => {
    expect([en('unit.sites', { count: 1 }), en('unit.sites', { count: 28 }), en('unit.sites')]).toEqual(['site', 'sites', 'sites']);
    expect(en('unit.people')).toBe('people');
  });

  it('leaves Chinese, which has no plural, as written', () => {
    expect(translator('zh')('report.problems', { errors: 1, warnings: 2 })).toBe(
      CATALOGUES.zh['report.problems'].replace('{errors}', '1').replace('{warnings}', '2'),
    );
  });

  it('writes no English message with a number before a plural noun left to chance', () => {
    const loose = Object.entries(CATALOGUES.en).filter(([, text]) => /\{\w+\} (rows|lines|records|errors|warnings|problems|households|files)\b/.test(text));
    expect(loose).toEqual([]);
  });
});
