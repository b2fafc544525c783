import { NATION_CODE } from '../data/aggregate/areaLevel';
import type { Translate } from '../i18n/translate';

/** A place as the page names it: the nation in the page's language (全国, China), any other place by its own name. */
export function placeName(code: string, name: string, t: Translate): string {
  return code === NATION_CODE ? t('area.nation') : name;
}
