/** What a file's first bytes say it is, before any is read as text. */
export type FileKind = 'text' | 'zip' | 'old-workbook' | 'pdf' | 'image' | 'binary';

function startsWith(head: Uint8Array, bytes: readonly number[], at = 0): boolean {
  return bytes.every((byte, index) => head[at + index] === byte);
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

// Text has no NUL byte, unless it is UTF-16 (Latin characters' other byte: all NULs then fall on one parity). A
// stray NUL in a damaged CSV does not make it binary: only a head one tenth NUL (eight at least) does, as executables, media and
// office files have.
function looksBinary(head: Uint8Array): boolean {
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff])) return false;
  let nul = 0;
  let nulAtOdd = 0;
  for (let index = 0; index < head.length; index++) {
    if (head[index] !== 0) continue;
    nul++;
    if (index % 2 === 1) nulAtOdd++;
  }
  const oneParity = nulAtOdd === nul || nulAtOdd === 0;
  return nul >= 8 && nul * 10 > head.length && !oneParity;
}

/**
 * The kind of file by its signature: a zip (an .xlsx workbook is one), an old Excel/WPS compound file (.xls, .et,
 * or any workbook with a password), a PDF, an image, other binary bytes, or text. Only text goes to the CSV reader.
 */
export function sniffFile(head: Uint8Array): FileKind {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'old-workbook';
  if (startsWith(head, ascii('%PDF-'))) return 'pdf';
  const image =
    startsWith(head, [0x89, 0x50, 0x4e, 0x47]) ||
    startsWith(head, [0xff, 0xd8, 0xff]) ||
    startsWith(head, ascii('GIF8')) ||
    (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) ||
    startsWith(head, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(head, [0x4d, 0x4d, 0x00, 0x2a]) ||
    (startsWith(head, ascii('ftyp'), 4) && /^(heic|heix|mif1|avif)/.test(String.fromCharCode(...head.subarray(8, 12))));
  if (image) return 'image';
  return looksBinary(head) ? 'binary' : 'text';
}

/** How many first bytes sniffFile looks at. */
export const SNIFF_BYTES = 4096;
