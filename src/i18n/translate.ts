import { zh, type MessageKey } from './zh';
import { en } from './en';

export type Lang = 'zh' | 'en';
export type { MessageKey };

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { zh, en };

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

/** Returns the translator for a language: looks the key up and fills each `{name}` from params. */
export function translator(lang: Lang): Translate {
  const catalogue = CATALOGUES[lang];
  return (key, params) => catalogue[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
}
