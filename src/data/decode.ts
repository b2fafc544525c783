export type Encoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** How a file's bytes are to be read: the encoding to try, the BOM bytes to skip, and what to try if it fails. */
export interface EncodingPlan {
  encoding: Encoding;
  /** Bytes of BOM at the start, not part of the text. */
  bomLength: number;
  /** The encoding to read the file in again when `encoding` (strict UTF-8) meets bytes it cannot decode. */
  fallback: Encoding | null;
}

function hasPrefix(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * The one encoding policy, the way Excel and WPS write CSV: a UTF-16 BOM
 * names UTF-16; otherwise, with or without a UTF-8 BOM, strict UTF-8 is tried first and GB18030 (a superset of
 * GBK, Chinese Excel's default) is the fallback. A UTF-8 BOM is skipped either way: WPS and some converters put
 * one before GBK bytes. Only the first 3 bytes are looked at.
 */
export function encodingPlan(head: Uint8Array): EncodingPlan {
  if (hasPrefix(head, [0xff, 0xfe])) return { encoding: 'utf-16le', bomLength: 2, fallback: null };
  if (hasPrefix(head, [0xfe, 0xff])) return { encoding: 'utf-16be', bomLength: 2, fallback: null };
  return { encoding: 'utf-8', bomLength: hasPrefix(head, [0xef, 0xbb, 0xbf]) ? 3 : 0, fallback: 'gb18030' };
}

/** The decoder for an encoding of the plan: strict (throwing) for UTF-8, so the fallback can be taken; the BOM is left to the plan. */
export function textDecoderFor(encoding: Encoding): TextDecoder {
  return new TextDecoder(encoding, { fatal: encoding === 'utf-8', ignoreBOM: true });
}
