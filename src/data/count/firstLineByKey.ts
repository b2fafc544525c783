/**
 * Remembers which line first gave each key (a household's county, year and number), in typed arrays: a million
 * keys cost about 24 MB. String keys in a Map measured 300 bytes each, because a cell cut from a chunk of the
 * file keeps that chunk's memory, and number keys 140 bytes. Keys are kept as two 32-bit hashes (FNV-1a and a
 * multiply-xor variant): two different keys share both with a probability of about n² / 2⁶⁵, one file in ten
 * million at a million rows, and the second would then be reported as a repeat of the first, naming both lines.
 */
export class FirstLineByKey {
  private high = new Uint32Array(1 << 12);
  private low = new Uint32Array(1 << 12);
  /** 0 marks an empty slot: lines start at 1. */
  private lines = new Uint32Array(1 << 12);
  private size = 0;

  /**
   * The line that first gave `key` (with `salt`, a number that stands for the rest of the key, such as the
   * county's and year's dictionary numbers); or, the first time, 0, and `line` is remembered as its first.
   */
  firstLine(key: string, line: number, salt = 0): number {
    let high = Math.imul(0x811c9dc5 ^ salt, 0x01000193);
    let low = Math.imul(0x01000193 ^ salt, 0x5bd1e995);
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      high = Math.imul(high ^ code, 0x01000193);
      low = Math.imul(low ^ code, 0x5bd1e995);
    }
    high >>>= 0;
    low = (low ^ (low >>> 15)) >>> 0;
    const slot = this.find(high, low);
    const first = this.lines[slot]!;
    if (first !== 0) return first;
    this.high[slot] = high;
    this.low[slot] = low;
    this.lines[slot] = line;
    if (++this.size * 2 > this.lines.length) this.grow();
    return 0;
  }

  // Open addressing with linear probing: the slot holding the key, or the empty slot where it belongs.
  private find(high: number, low: number): number {
    const mask = this.lines.length - 1;
    let slot = (high ^ Math.imul(low, 0x9e3779b1)) & mask;
    while (this.lines[slot] !== 0 && (this.high[slot] !== high || this.low[slot] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { high, low, lines } = this;
    this.high = new Uint32Array(lines.length * 2);
    this.low = new Uint32Array(lines.length * 2);
    this.lines = new Uint32Array(lines.length * 2);
    for (let slot = 0; slot < lines.length; slot++) {
      if (lines[slot] === 0) continue;
      const target = this.find(high[slot]!, low[slot]!);
      this.high[target] = high[slot]!;
      this.low[target] = low[slot]!;
      this.lines[target] = lines[slot]!;
    }
  }
}
