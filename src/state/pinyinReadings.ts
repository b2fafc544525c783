import type { NameReadings } from './countySearch';

/**
 * Loads the pinyin dictionary (pinyin-pro, 142 kB compressed) only when a reader first types letters into the
 * county search: no one else pays for it on the first load.
 */
export async function loadPinyinReadings(): Promise<NameReadings> {
  const { pinyin } = await import('pinyin-pro');
  const cache = new Map<string, string[][]>();
  return (name) => {
    let readings = cache.get(name);
    if (readings === undefined) {
      readings = Array.from(name, (character) => [...new Set(pinyin(character, { multiple: true, toneType: 'none', type: 'array' }))]);
      cache.set(name, readings);
    }
    return readings;
  };
}
