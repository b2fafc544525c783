import { createContext, useContext } from 'react';
import { translator, type Lang, type Translate } from '../../i18n/translate';

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'zh', t: translator('zh') });

/** The page's language and translator. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
