import { DATASETS, DATASET_IDS, type DatasetId } from './schema';
import { matchHeaders } from './matchHeaders';

/** Which dataset a header row belongs to, or the choices to put to the analyst when it cannot be told. */
export type DatasetDetection =
  | { kind: 'detected'; datasetId: DatasetId }
  | {
      kind: 'ambiguous';
      /** Datasets the header fits, best first (all of them when it fits none). */
      candidates: DatasetId[];
      /** For each dataset, the required columns the header lacks. */
      missing: Record<DatasetId, string[]>;
    };

// Words in a file name that say which dataset it holds, as analysts name their exports.
const NAME_HINTS: Readonly<Record<DatasetId, RegExp>> = {
  relocation: /relocat|搬迁/i,
  sites: /site|安置点/i,
  jobs: /job|就业|车间|园区/i,
  income: /income|增收/i,
  population: /popul|census|常住|普查/i,
};

/**
 * Recognises the dataset from the header: among the datasets whose required columns are all there, the one
 * that recognises the most columns (a hint in the file name breaks a tie). Headers that fit two equally well
 * (English `site,households,people` suits relocation and sites alike) or none are left to the analyst.
 */
export function detectDataset(header: readonly string[], fileName: string): DatasetDetection {
  const missing = {} as Record<DatasetId, string[]>;
  const scores = new Map<DatasetId, number>();
  for (const id of DATASET_IDS) {
    const match = matchHeaders(header, DATASETS[id]);
    missing[id] = [...match.missing];
    if (match.missing.length === 0) scores.set(id, match.indexOf.size + (NAME_HINTS[id].test(fileName) ? 0.5 : 0));
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (best && (!second || best[1] > second[1])) return { kind: 'detected', datasetId: best[0] };
  const tied = ranked.filter(([, score]) => score === best?.[1]).map(([id]) => id);
  return { kind: 'ambiguous', candidates: tied.length > 0 ? tied : [...DATASET_IDS], missing };
}
