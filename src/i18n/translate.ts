import { zh, type MessageKey } from './zh';
import { en } from './en';

export type Lang = 'zh' | 'en';
export type { MessageKey };

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { zh, en };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Returns the translator for a language: looks the key up and fills each `{name}` from params. */
// `{count, plural, one {# line} other {# lines}}`: English needs "1 error" beside "2 errors"; Chinese has no plural.
const PLURAL = /\{(\w+), plural, one \{([^{}]*)\} other \{([^{}]*)\}\}/g;

/** The figure a parameter stands for, whether given as a number or as the page wrote it (1,234). */
function figureOf(value: string | number): number {
  return typeof value === 'number' ? value : Number(value.replace(/[^\d.-]/g, ''));
}

/** Returns the translator for a language: looks the key up, picks each plural form, and fills each `{name}` from params. */
export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  const plurals = new Intl.PluralRules(lang === 'zh' ? 'zh-CN' : 'en-GB');
  return (key, params) =>
    catalogue[key]
      .replace(PLURAL, (whole, name: string, one: string, other: string) => {
        const value = params?.[name];
        // Without a figure (a unit as an axis's or a column's name) the general form: "people", "sites".
        if (value === undefined) return other.includes('#') ? whole : other;
        return (plurals.select(figureOf(value)) === 'one' ? one : other).replace(/#/g, String(value));
      })
      .replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
