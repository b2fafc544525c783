import { unzipSync } from 'fflate';
import { Parser } from 'saxen';
import { ImportFailure } from '../importFailure';
import { isDateFormat } from './numberFormats';
import { parseCellAddress, parseRange, type CellRange } from './cellAddress';

/** A cell as the sheet shows it: its text, and what kind of value Excel stored. */
export interface SheetCell {
  text: string;
  kind: 'text' | 'number' | 'date' | 'boolean' | 'error';
  /** A formula cell: `text` is its cached value; `uncached` when Excel saved none. */
  formula?: true;
  uncached?: true;
}

/** One worksheet: its cells by row (1-based) and column (0-based), and what the sheet hides or merges. */
export interface WorkbookSheet {
  name: string;
  hidden: boolean;
  rows: Map<number, (SheetCell | undefined)[]>;
  hiddenRows: number[];
  hiddenColumns: number[];
  merges: CellRange[];
}

const decoder = new TextDecoder('utf-8');

// Prefixed (strict OOXML, some generators) and plain element names alike.
function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

// Excel writes characters XML cannot carry (a line break's CR, control characters) as _xHHHH_.
function unescapeXlsx(text: string): string {
  return text.includes('_x') ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}

function parseXml(xml: string, handlers: { open?: (name: string, attrs: Record<string, string>, decode: (text: string) => string) => void; close?: (name: string) => void; text?: (text: string) => void }): void {
  const parser = new Parser();
  parser.on('openTag', (name, attributes, decode) => handlers.open?.(localName(name), attributes(), decode));
  parser.on('closeTag', (name) => handlers.close?.(localName(name)));
  parser.on('text', (text, decode) => handlers.text?.(decode(text)));
  parser.on('cdata', (text) => handlers.text?.(text));
  parser.on('error', (error) => {
    throw new ImportFailure('workbook_unreadable', error.message);
  });
  parser.parse(xml);
}

/** The rich-text runs of each shared string, joined; phonetic guides (rPh, furigana) are not part of the text. */
function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const strings: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  parseXml(xml, {
    open: (name) => {
      if (name === 'si') current = [];
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === 'si' && current) strings.push(unescapeXlsx(current.join('')));
      else if (name === 'rPh') phonetic--;
      else if (name === 't') inText = false;
    },
    text: (text) => {
      if (inText) current?.push(text);
    },
  });
  return strings;
}

/** For each cell style (cellXfs, by index), whether its number format shows a date. */
function readDateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const customFormats = new Map<number, string>();
  const dateStyles: boolean[] = [];
  let inCellXfs = false;
  parseXml(xml, {
    open: (name, attrs, decode) => {
      if (name === 'numFmt') customFormats.set(Number(attrs['numFmtId']), decode(attrs['formatCode'] ?? ''));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attrs['numFmtId'] ?? 0);
        dateStyles.push(isDateFormat(id, customFormats.get(id)));
      }
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return dateStyles;
}

/** Excel's day serial (1900 system, with its phantom 29 February 1900) as an ISO date. */
function serialToIsoDate(serial: number): string {
  const days = Math.floor(serial) - (serial >= 61 ? 25569 : 25568);
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

// A number as the digits Excel stored: no exponent, no binary noise beyond what was written.
function numberText(raw: string): string {
  if (/^-?\d+(\.\d+)?$/.test(raw)) return raw;
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  return value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 });
}

function readSheet(xml: string, sharedStrings: readonly string[], dateStyles: readonly boolean[], name: string, hidden: boolean): WorkbookSheet {
  const sheet: WorkbookSheet = { name, hidden, rows: new Map(), hiddenRows: [], hiddenColumns: [], merges: [] };
  let row: (SheetCell | undefined)[] = [];
  let rowNumber = 0;
  let column = -1;
  let cellType = 'n';
  let cellStyle = 0;
  let value: string[] | null = null;
  let inlineText: string[] | null = null;
  let inValue = false;
  let inInlineText = false;
  let hasFormula = false;

  const finishCell = () => {
    const raw = value?.join('') ?? (inlineText ? inlineText.join('') : null);
    let cell: SheetCell | undefined;
    if (raw === null) {
      if (hasFormula) cell = { text: '', kind: 'text', formula: true, uncached: true };
    } else if (cellType === 's') cell = { text: sharedStrings[Number(raw)] ?? '', kind: 'text' };
    else if (cellType === 'inlineStr' || cellType === 'str') cell = { text: unescapeXlsx(raw), kind: 'text' };
    else if (cellType === 'b') cell = { text: raw === '1' ? 'TRUE' : 'FALSE', kind: 'boolean' };
    else if (cellType === 'e') cell = { text: raw, kind: 'error' };
    else if (cellType === 'd') cell = { text: raw.slice(0, 10), kind: 'date' };
    else if (raw.trim() === '') cell = undefined;
    else if (dateStyles[cellStyle]) cell = { text: serialToIsoDate(Number(raw)), kind: 'date' };
    else cell = { text: numberText(raw.trim()), kind: 'number' };
    if (cell && hasFormula) cell.formula = true;
    if (cell) row[column] = cell;
  };

  parseXml(xml, {
    open: (element, attrs) => {
      switch (element) {
        case 'row':
          rowNumber = attrs['r'] ? Number(attrs['r']) : rowNumber + 1;
          row = [];
          column = -1;
          if (attrs['hidden'] === '1' || attrs['hidden'] === 'true') sheet.hiddenRows.push(rowNumber);
          break;
        case 'c':
          column = attrs['r'] ? parseCellAddress(attrs['r']).column : column + 1;
          cellType = attrs['t'] ?? 'n';
          cellStyle = Number(attrs['s'] ?? 0);
          value = null;
          inlineText = null;
          hasFormula = false;
          break;
        case 'v':
          inValue = true;
          value = [];
          break;
        case 'f':
          hasFormula = true;
          break;
        case 'is':
          inlineText = [];
          break;
        case 't':
          if (inlineText) inInlineText = true;
          break;
        case 'col':
          if (attrs['hidden'] === '1' || attrs['hidden'] === 'true') {
            for (let index = Number(attrs['min']); index <= Number(attrs['max']) && index <= 16_384; index++) sheet.hiddenColumns.push(index - 1);
          }
          break;
        case 'mergeCell':
          if (attrs['ref']) sheet.merges.push(parseRange(attrs['ref']));
          break;
      }
    },
    close: (element) => {
      if (element === 'v') inValue = false;
      else if (element === 't') inInlineText = false;
      else if (element === 'c') finishCell();
      else if (element === 'row' && row.some((cell) => cell !== undefined)) sheet.rows.set(rowNumber, row);
    },
    text: (text) => {
      if (inValue) value?.push(text);
      else if (inInlineText) inlineText?.push(text);
    },
  });
  return sheet;
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  path: string;
}

function readSheetList(workbookXml: string, relsXml: string | undefined): SheetEntry[] {
  const targets = new Map<string, string>();
  if (relsXml) {
    parseXml(relsXml, {
      open: (name, attrs) => {
        if (name === 'Relationship' && attrs['Id'] && attrs['Target']) targets.set(attrs['Id'], attrs['Target']);
      },
    });
  }
  const sheets: SheetEntry[] = [];
  parseXml(workbookXml, {
    open: (name, attrs, decode) => {
      if (name !== 'sheet') return;
      const idKey = Object.keys(attrs).find((key) => key.endsWith(':id'));
      const target = idKey ? targets.get(attrs[idKey] ?? '') : undefined;
      if (!target) return;
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
      sheets.push({ name: decode(attrs['name'] ?? ''), hidden: attrs['state'] === 'hidden' || attrs['state'] === 'veryHidden', path });
    },
  });
  return sheets;
}

/**
 * An .xlsx workbook (Excel, WPS) → its worksheets as the sheets show them: shared strings resolved, numbers as the
 * digits stored, dates (by their number format) as ISO dates, formulas by their cached value, error cells kept as
 * errors, and what each sheet hides or merges. Chart sheets and pictures are not read.
 */
export function readXlsx(bytes: Uint8Array): WorkbookSheet[] {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') || file.name.endsWith('.rels') });
  } catch (error) {
    throw new ImportFailure('workbook_unreadable', error instanceof Error ? error.message : String(error));
  }
  const text = (path: string) => {
    const file = files[path];
    return file ? decoder.decode(file) : undefined;
  };
  const workbookXml = text('xl/workbook.xml');
  // A zip that holds no workbook (a folder of files, a .docx, an .ods) is said to be a zip, not a broken workbook.
  if (!workbookXml) throw new ImportFailure('not_a_table_zip');
  const sharedStrings = readSharedStrings(text('xl/sharedStrings.xml'));
  const dateStyles = readDateStyles(text('xl/styles.xml'));
  return readSheetList(workbookXml, text('xl/_rels/workbook.xml.rels')).flatMap((entry) => {
    const xml = text(entry.path);
    return xml && entry.path.includes('worksheets/') ? [readSheet(xml, sharedStrings, dateStyles, entry.name, entry.hidden)] : [];
  });
}
