import { useEffect } from 'react';
import type { Lang } from '../../i18n/translate';

/** The document's title and language follow the page's, so a screen reader reads it, and a tab names it, in that language. */
export function usePageLanguage(lang: Lang, title: string): void {
  useEffect(() => {
    document.title = title;
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang, title]);
}
