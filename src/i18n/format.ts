import type { Lang } from './translate';

const LOCALES: Readonly<Record<Lang, string>> = { zh: 'zh-CN', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], options);
    cache.set(key, format);
  }
  return format;
}

/** A figure in full with the language's grouping (3,676), rounded to `digits` decimals. */
export function formatNumber(value: number, lang: Lang, digits = 0): string {
  return numberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/**
 * A large count as a reader says it, 960万 or 9.6 million, only where that is the figure exactly (472,000 is
 * 47.2万 but stays 472,000 in English; 135,214 stays in full in both): a card never rounds a stated figure.
 */
export function formatLarge(value: number, lang: Lang): string {
  const [unit, word] = lang === 'zh' ? [1e4, '万'] : [1e6, ' million'];
  // Two decimals of the unit at most (47.25万), so the short form is the figure itself.
  const exact = Number.isInteger(value) && Math.abs(value) >= unit * (lang === 'zh' ? 10 : 1) && value % (unit / 100) === 0;
  return exact ? `${formatNumber(value / unit, lang, 2)}${word}` : formatNumber(value, lang);
}

/** A rate with exactly `digits` decimals (20.6, 20.0), so a column of rates lines up and a whole number still reads as a rate. */
export function formatFixed(value: number, lang: Lang, digits: number): string {
  return numberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(value);
}

/** A share (0.754…) as the figure in per cent, to one decimal, that the page writes (75.4): for tables and their files. */
export function sharePercent(share: number): number {
  return Math.round(share * 1000) / 10;
}

/** A share as a percentage with one decimal (75.4%). */
export function formatShare(share: number, lang: Lang): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(share);
}

/** Joins source citations, which carry their own commas: with ； in Chinese, with ; in English. */
export function joinSources(sources: readonly string[], lang: Lang): string {
  return sources.join(lang === 'zh' ? '；' : '; ');
}

/** Joins names the way the language lists them (代县、繁峙县 / Dai, Fanshi). */
export function formatList(items: readonly string[], lang: Lang): string {
  // 'narrow' conjunction lists without a final 和/and: 代县、繁峙县、五台县 / Dai, Fanshi, Wutai.
  return new Intl.ListFormat(LOCALES[lang], { style: 'narrow', type: 'conjunction' }).format(items);
}

/** A moment (ISO 8601) as the reader's locale writes a date and time: 2024年5月1日 08:30, 1 May 2024, 08:30. */
export function formatDateTime(iso: string, lang: Lang): string {
  return new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
