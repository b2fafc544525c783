/**
 * The readings of each character of a name, in pinyin without tones (代县 → [['dai'], ['xian']]): every reading of a
 * character that has several, since a place name often takes the rarer one (繁峙 is Fánshì, not Fánzhì).
 */
export type NameReadings = (name: string) => readonly (readonly string[])[];

/** Whether the letters, from the character at `start` on, spell the name by initials, syllables or both (fsx, fanshi, fanshix). */
function spells(readings: readonly (readonly string[])[], letters: string, start: number): boolean {
  const from = (character: number, at: number): boolean => {
    if (at === letters.length) return true;
    const options = readings[character];
    if (options === undefined) return false;
    return options.some((syllable) => {
      const rest = letters.slice(at);
      // The last letters typed may be the start of a syllable still being typed (dai → dai, daix → dai + x…).
      if (syllable.startsWith(rest)) return true;
      if (rest.startsWith(syllable) && from(character + 1, at + syllable.length)) return true;
      return syllable[0] === rest[0] && from(character + 1, at + 1);
    });
  };
  return from(start, 0);
}

/**
 * Whether a county answers what was typed in the county list's search: its code (140923, or its start), its name or
 * part of it (代), or its name in pinyin by initials or syllables from any character on (dx, daixian, fs). Pinyin
 * needs `readings`; until they have loaded, letters match only a name written in letters.
 */
export function countyMatches(query: string, county: { code: string; name: string }, readings?: NameReadings): boolean {
  const typed = query.trim().toLowerCase().replace(/\s+/g, '');
  if (typed === '') return true;
  if (/^\d+$/.test(typed)) return county.code.startsWith(typed);
  if (county.name.toLowerCase().includes(typed)) return true;
  if (!/^[a-z]+$/.test(typed) || readings === undefined) return false;
  const nameReadings = readings(county.name);
  return nameReadings.some((_, start) => spells(nameReadings, typed, start));
}
