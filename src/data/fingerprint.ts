/**
 * A file's fingerprint, taken over every byte as the chunks are read: two 32-bit hashes and the size, so the same
 * file applied twice is recognised (an append would count its households twice) whatever its name, and a file with
 * one figure corrected is not. About 1.5 ms a megabyte here; the bytes are read anyway.
 */
export class BytesFingerprint {
  private first = 0x811c9dc5;
  private second = 0x9747b28c;
  private bytesSeen = 0;

  update(bytes: Uint8Array): void {
    let first = this.first;
    let second = this.second;
    for (let index = 0; index < bytes.length; index++) {
      const byte = bytes[index]!;
      first = Math.imul(first ^ byte, 0x01000193);
      second = Math.imul(second ^ byte, 0x5bd1e995) ^ (second >>> 13);
    }
    this.first = first;
    this.second = second;
    this.bytesSeen += bytes.length;
  }

  /** How many bytes have been taken. */
  get size(): number {
    return this.bytesSeen;
  }

  digest(): string {
    const hex = (value: number) => (value >>> 0).toString(16).padStart(8, '0');
    return `${this.bytesSeen.toString(36)}-${hex(this.first)}${hex(this.second)}`;
  }
}
