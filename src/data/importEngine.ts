import { DATASETS } from './schema';
import { textDecoderFor, type Encoding } from './decode';
import { CsvRowReader, type RawRow } from './parseCsv';
import { createRowValidator } from './validate/validateTable';
import { beginTable, HEADER_SEARCH_ROWS, type TableStart } from './beginTable';
import { finishImport } from './finishImport';
import { BytesFingerprint } from './fingerprint';
import { HouseholdRowFold } from './count/foldHouseholdRows';
import { ImportFailure } from './importFailure';
import { WholeLines } from './wholeLines';
import type { ImportOutcome, StreamOptions } from './importOutcome';

/** Thrown when strict UTF-8 meets a byte it cannot decode, so the file is read again in the plan's fallback. */
export class NotUtf8 extends ImportFailure {
  constructor() {
    super('not_utf8');
  }
}

/**
 * The one import engine: a file's bytes, pushed piece by piece in their order (from a Blob in the worker, from memory
 * in the tests), become rows, validated rows and counted records. Rows wait until enough have come to find the header
 * below any title rows; then validation starts and takes every line as it arrives, plain lines straight from their
 * bytes. `push` returns the question to the analyst when the header does not say the dataset; reading stops there.
 */
export class ImportEngine {
  private readonly decoder: TextDecoder;
  // UTF-8 and GB18030 are read in whole lines, which the reader can split on their bytes; UTF-16 as text.
  private readonly lines: WholeLines | null;
  private readonly reader: CsvRowReader;
  private readonly fold = new HouseholdRowFold();
  private readonly fingerprint = new BytesFingerprint();
  private started: Extract<TableStart, { kind: 'validating' }> | null = null;
  private waiting: RawRow[] = [];

  constructor(
    private readonly fileName: string,
    private readonly encoding: Encoding,
    bom: Uint8Array,
    private readonly options: StreamOptions,
  ) {
    this.decoder = textDecoderFor(encoding);
    this.lines = encoding === 'utf-8' || encoding === 'gb18030' ? new WholeLines() : null;
    this.reader = new CsvRowReader(null, options.quotes === 'lines');
    if (this.lines) this.reader.readsBytes(textDecoderFor(encoding));
    this.fingerprint.update(bom);
  }

  /** Rows validated so far. */
  get rowsRead(): number {
    return this.started?.validator.result.rowsRead ?? 0;
  }

  /** The next bytes of the file. */
  push(bytes: Uint8Array): ImportOutcome | null {
    this.fingerprint.update(bytes);
    return this.take(this.rowsOf(bytes), false);
  }

  /** The end of the file: the import's outcome. */
  end(): ImportOutcome {
    const { reader, lines } = this;
    const question = this.take([...reader.push(lines ? this.decode(lines.rest()) + this.decode() : this.decode()), ...reader.end()], true);
    if (question) return question;
    const started = this.started;
    const meta = {
      fileName: this.fileName,
      bytes: this.fingerprint.size,
      fingerprint: this.fingerprint.digest(),
      encoding: this.encoding,
      delimiter: reader.delimiter ?? ',',
      header: started?.header ?? [],
      columnMapping: started?.mapped ?? [],
      unmatchedColumns: started?.unmatched ?? [],
    };
    const { reading, conflicts, quotes, columnMapping } = this.options;
    const choices = { reading, conflicts, quotes, columnMapping };
    if (started) {
      const context = { meta, fold: this.fold, reading: started.reading, choices, unclosedQuote: reader.unclosedQuote };
      return { kind: 'imported', result: finishImport(started.datasetId, started.validator, context) };
    }
    // An empty file has no header: it is still the named dataset's (empty) import, with the problem said.
    const datasetId = this.options.datasetId ?? 'relocation';
    return { kind: 'imported', result: finishImport(datasetId, createRowValidator(DATASETS[datasetId], []), { meta, choices }) };
  }

  // Every piece decoded goes through the one stream decoder, so that a character is never cut. Only strict UTF-8
  // throws by design; an error from another decoder is not a reason to read the file as GB18030.
  private decode(bytes?: Uint8Array): string {
    try {
      return bytes ? this.decoder.decode(bytes, { stream: true }) : this.decoder.decode();
    } catch (error) {
      if (this.encoding === 'utf-8') throw new NotUtf8();
      throw error;
    }
  }

  private rowsOf(bytes: Uint8Array): RawRow[] {
    if (!this.lines) return this.reader.push(this.decode(bytes));
    const whole = this.lines.take(bytes);
    if (!whole) return [];
    const started = this.started;
    try {
      // Once validation has started, lines go to it straight from the bytes, with no row made for a plain one.
      return this.reader.pushBytes(whole, (piece) => this.decode(piece), started ? (line) => started.validator.addScanned(line) : undefined);
    } catch (error) {
      // A cell strict UTF-8 cannot decode is the file's bytes saying it is not UTF-8, as the text decoder would say.
      if (this.encoding === 'utf-8' && error instanceof TypeError) throw new NotUtf8();
      throw error;
    }
  }

  private take(rows: RawRow[], last: boolean): ImportOutcome | null {
    if (this.started) {
      this.started.validator.add(rows);
      return null;
    }
    const { reader } = this;
    if (!reader.header) return null;
    this.waiting.push(...rows);
    if (this.waiting.length <= HEADER_SEARCH_ROWS && !last) return null;
    const header = { line: reader.headerLine, cells: reader.header };
    const start = beginTable(header, this.waiting, this.options.datasetId ?? null, this.fileName, this.fold, this.options.reading, this.options.columnMapping);
    this.waiting = [];
    if (start.kind === 'question') {
      const { fileName, encoding } = this;
      return { kind: 'needs-dataset', fileName, encoding, delimiter: reader.delimiter ?? ',', header: start.header, detection: start.detection };
    }
    this.started = start;
    return null;
  }
}
