import type { NotCountedLine, NotCountedLog } from '../count/notCounted';
import { toCsv } from '../toCsv';

export interface NotCountedLabels {
  line: string;
  file: string;
  reason: string;
  ref: string;
  refFile: string;
}

/**
 * The lines that add to no figure, as CSV: each with its file, why, and the line that counts in its place, so the
 * analyst can find every one in the file. `describe` words a reason in the reader's language.
 */
export function notCountedCsv(log: NotCountedLog, describe: (line: NotCountedLine) => string, labels: NotCountedLabels): string {
  const rows = log.lines.map((line) => [line.line, line.file ?? '', describe(line), line.ref ?? null, line.refFile ?? line.file ?? '']);
  return `\ufeff${toCsv([labels.line, labels.file, labels.reason, labels.ref, labels.refFile], rows)}`;
}
