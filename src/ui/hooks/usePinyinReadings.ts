import { useEffect, useState } from 'react';
import type { NameReadings } from '../../state/countySearch';
import { loadPinyinReadings } from '../../state/pinyinReadings';

/** The pinyin readings, loaded once the reader has typed a letter (`wanted`); undefined until then. */
export function usePinyinReadings(wanted: boolean): NameReadings | undefined {
  const [readings, setReadings] = useState<NameReadings>();
  useEffect(() => {
    if (!wanted || readings !== undefined) return;
    let current = true;
    // A failed load leaves the search to names and codes, which need no dictionary.
    loadPinyinReadings().then(
      (loaded) => current && setReadings(() => loaded),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [wanted, readings]);
  return readings;
}
