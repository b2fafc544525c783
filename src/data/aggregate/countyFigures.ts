import { DATASETS, DATASET_IDS, type DatasetId } from '../schema';
import type { BaseRecord, Dataset, Period } from '../types';

/** One figure of one record, with where it comes from: a line of the county detail panel. */
export interface CountyFigure {
  datasetId: DatasetId;
  /** What the record is about: its township, site, unit or mechanism; null for a county total. */
  subject: string | null;
  column: string;
  value: number;
  period: Period;
  source: string | null;
  /** The source's own words for the figure, where the line quotes them. */
  quote: string | null;
  note: string | null;
  line: number;
  derived: boolean;
}

const NUMERIC = new Set(['count', 'amount', 'year']);

function subjectOf(record: Record<string, unknown>, datasetId: DatasetId): string | null {
  const labels = DATASETS[datasetId].labelColumns.map((key) => record[key]).filter((value): value is string => typeof value === 'string');
  return labels.length > 0 ? labels.join(' · ') : null;
}

/** Every figure the data holds for one county, dataset by dataset, record by record, in file order. */
export function countyFigures(data: Dataset, countyCode: string): CountyFigure[] {
  const figures: CountyFigure[] = [];
  for (const datasetId of DATASET_IDS) {
    const records = (data[datasetId] as readonly BaseRecord[]).filter((record) => record.county_code === countyCode);
    for (const record of records) {
      const fields = record as unknown as Record<string, unknown>;
      const derived = Array.isArray(fields['derived']) ? (fields['derived'] as string[]) : [];
      for (const column of DATASETS[datasetId].columns) {
        const value = fields[column.key];
        if (!NUMERIC.has(column.type) || typeof value !== 'number') continue;
        figures.push({
          datasetId,
          subject: subjectOf(fields, datasetId),
          column: column.key,
          value,
          period: record.period,
          source: record.source,
          quote: record.quote ?? null,
          note: record.note,
          line: record.line,
          derived: derived.includes(column.key),
        });
      }
    }
  }
  return figures;
}
