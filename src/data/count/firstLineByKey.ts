/**
 * Remembers which line first gave each key (a household's county, year and number), in typed arrays: a million
 * keys cost about 24 MB. String keys in a Map measured 300 bytes each, because a cell cut from a chunk of the
 * file keeps that chunk's memory, and number keys 140 bytes. Keys are kept as two 32-bit hashes (FNV-1a and a
 * multiply-xor variant): two different keys share both with a probability of about n² / 2⁶⁵, one file in ten
 * million at a million rows, and the second would then be reported as a repeat of the first, naming both lines.
 */
export class FirstLineByKey {
  // Three numbers a slot, side by side (high hash, low hash, first line), so that a probe touches one cache line.
  private slots = new Uint32Array(3 << 12);
  private capacity = 1 << 12;
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
    const at = this.find(high, low) * 3;
    const first = this.slots[at + 2]!;
    if (first !== 0) return first;
    this.slots[at] = high;
    this.slots[at + 1] = low;
    this.slots[at + 2] = line;
    if (++this.size * 2 > this.capacity) this.grow();
    return 0;
  }

  // Open addressing with linear probing: the slot holding the key, or the empty slot where it belongs (0 lines mark it).
  private find(high: number, low: number): number {
    const mask = this.capacity - 1;
    const slots = this.slots;
    let slot = (high ^ Math.imul(low, 0x9e3779b1)) & mask;
    while (slots[slot * 3 + 2] !== 0 && (slots[slot * 3] !== high || slots[slot * 3 + 1] !== low)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Uint32Array(this.capacity * 3);
    for (let at = 0; at < old.length; at += 3) {
      if (old[at + 2] === 0) continue;
      const target = this.find(old[at]!, old[at + 1]!) * 3;
      this.slots[target] = old[at]!;
      this.slots[target + 1] = old[at + 1]!;
      this.slots[target + 2] = old[at + 2]!;
    }
  }
}
