import type { CountySummary } from '../data/aggregate/summarise';
import type { Translate } from '../i18n/translate';

/** The words a chart of places one step down uses for them: 各省份 and 省份, "by province" and "provinces". */
export function levelWords(summaries: readonly CountySummary[], t: Translate): { each: string; noun: string } {
  const level = summaries[0]?.level ?? 'county';
  return { each: t(`level.each.${level}`), noun: t(`level.noun.${level}`) };
}
