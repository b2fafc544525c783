const LF = 0x0a;
const CR = 0x0d;

/**
 * Holds back the bytes after a chunk's last line break until a later chunk brings one (or the file ends), so that
 * the decoder is given whole lines. Node's GB18030 decoder (ICU), though not fatal, can throw when a broken
 * four-byte sequence arrives cut into pieces (A6 | 36 | 30, which read whole is "�60"): found by the property
 * tests, where the import then failed with "not valid UTF-8" on a file the text reader read. A line break byte is
 * never part of a GB18030 character, so no character is cut. Each byte is copied at most twice.
 */
export class WholeLines {
  private held: Uint8Array[] = [];
  private heldLength = 0;

  take(bytes: Uint8Array): Uint8Array | null {
    // After the last LF, so that a CRLF is never cut in two; after the last CR only in a file of CR lines.
    let last = bytes.lastIndexOf(LF);
    if (last < 0) last = bytes.lastIndexOf(CR);
    if (last < 0) {
      this.hold(bytes);
      return null;
    }
    const lines = this.release(bytes.subarray(0, last + 1));
    this.hold(bytes.slice(last + 1));
    return lines;
  }

  /** What is still held, at the end of the file. */
  rest(): Uint8Array {
    return this.release(new Uint8Array(0));
  }

  private hold(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.held.push(bytes);
    this.heldLength += bytes.length;
  }

  private release(tail: Uint8Array): Uint8Array {
    if (this.heldLength === 0) return tail;
    const joined = new Uint8Array(this.heldLength + tail.length);
    let at = 0;
    for (const piece of this.held) {
      joined.set(piece, at);
      at += piece.length;
    }
    joined.set(tail, at);
    this.held = [];
    this.heldLength = 0;
    return joined;
  }
}
