import iconv from 'iconv-lite';

/**
 * Test-only: turns fixture text (kept as UTF-8 in the repo) into the bytes Excel and WPS write, so the importer
 * meets real GBK and UTF-16 files without binary files in git.
 */

/** How a file's text is stored as bytes. */
export type FileEncoding = 'utf-8' | 'utf-8-bom' | 'gbk' | 'utf-16le-bom' | 'utf-16be-bom';

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;
const UTF16LE_BOM = [0xff, 0xfe] as const;
const UTF16BE_BOM = [0xfe, 0xff] as const;

function concat(prefix: readonly number[], body: Uint8Array): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(prefix.length + body.length);
  bytes.set(prefix, 0);
  bytes.set(body, prefix.length);
  return bytes;
}

/** GBK bytes, as Chinese Excel's "CSV (逗号分隔)" writes (no BOM). Throws if a character has no GBK form. */
export function gbk(text: string): Uint8Array<ArrayBuffer> {
  const encoded = iconv.encode(text, 'gbk');
  if (iconv.decode(encoded, 'gbk') !== text) throw new Error('text has characters GBK cannot encode');
  return concat([], encoded);
}

/** UTF-16LE bytes after the BOM FF FE, as Excel's "Unicode 文本 (*.txt)" writes. */
export function utf16leWithBom(text: string): Uint8Array<ArrayBuffer> {
  return concat(UTF16LE_BOM, iconv.encode(text, 'utf-16le'));
}

/** UTF-16BE bytes after the BOM FE FF. */
export function utf16beWithBom(text: string): Uint8Array<ArrayBuffer> {
  return concat(UTF16BE_BOM, iconv.encode(text, 'utf-16be'));
}

/** UTF-8 bytes with no BOM. */
export function utf8(text: string): Uint8Array<ArrayBuffer> {
  return concat([], new TextEncoder().encode(text));
}

/** UTF-8 bytes after the BOM EF BB BF, as Excel's "CSV UTF-8 (逗号分隔)" writes. */
export function utf8WithBom(text: string): Uint8Array<ArrayBuffer> {
  return concat(UTF8_BOM, new TextEncoder().encode(text));
}

export function encode(text: string, encoding: FileEncoding): Uint8Array<ArrayBuffer> {
  switch (encoding) {
    case 'utf-8':
      return utf8(text);
    case 'utf-8-bom':
      return utf8WithBom(text);
    case 'gbk':
      return gbk(text);
    case 'utf-16le-bom':
      return utf16leWithBom(text);
    case 'utf-16be-bom':
      return utf16beWithBom(text);
  }
}

/** The bytes as a Blob, the way importStream receives a dropped or chosen file. */
export function toBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
  return new Blob([bytes]);
}

/**
 * Excel's line ends: CRLF between records, while a line break typed inside a cell (Alt+Enter, which Excel
 * writes inside quotes) stays a bare LF. Turns each LF outside quotes into CRLF.
 */
export function crlf(text: string): string {
  let out = '';
  let inQuotes = false;
  for (const char of text) {
    if (char === '"') inQuotes = !inQuotes;
    out += char === '\n' && !inQuotes ? '\r\n' : char;
  }
  return out;
}

/** Wraps a Blob so a test can count the slices a reader takes from it (each chunk read is one slice). */
export function countingBlob(inner: Blob): { blob: Blob; slices: () => number } {
  let slices = 0;
  const blob = {
    size: inner.size,
    slice: (start?: number, end?: number) => {
      slices++;
      return inner.slice(start, end);
    },
  } as unknown as Blob;
  return { blob, slices: () => slices };
}
