import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/data/finishImport';
import type { DatasetId } from '../../src/data/schema';
import type { StoredTables } from '../../src/data/store/uploadStore';
import { provenanceOf } from '../../src/state/provenance';

const imports = Object.fromEntries(
  (['relocation', 'sites', 'jobs', 'income', 'population'] as DatasetId[]).map((id) => [id, { datasetId: id, fileName: `${id}.csv` } as ImportResult]),
) as Record<DatasetId, ImportResult>;
const upload = (datasetId: DatasetId, keepsShipped: boolean) => ({ datasetId, keepsShipped, files: [], records: [] });

describe('provenanceOf', () => {
  it('calls every table of the demo synthetic until an upload replaces it', () => {
    const uploads = { jobs: upload('jobs', false) } as StoredTables;
    const provenance = provenanceOf({ synthetic: true, imports }, uploads);
    expect(provenance.synthetic).toMatchObject({ relocation: true, jobs: false, income: true });
    expect(provenance.anySynthetic).toBe(true);
    expect(Object.keys(provenance.shippedImports)).not.toContain('jobs');
    expect(provenance.shippedImports.relocation?.fileName).toBe('relocation.csv');
  });

  it('keeps a table synthetic when the upload is appended to the demo’s rows, which it still shows', () => {
    const provenance = provenanceOf({ synthetic: true, imports }, { relocation: upload('relocation', true) } as StoredTables);
    expect(provenance.synthetic.relocation).toBe(true);
    expect(provenance.shippedImports.relocation).toBeDefined();
  });

  it('says a table shows uploaded rows whether they replace the shipped ones or are added to them', () => {
    const provenance = provenanceOf({ synthetic: false, imports }, { relocation: upload('relocation', true), income: upload('income', false) } as StoredTables);
    expect(provenance.showsUploads).toMatchObject({ relocation: true, income: true, jobs: false });
  });

  it('never calls real shipped figures synthetic', () => {
    const provenance = provenanceOf({ synthetic: false, imports }, {});
    expect(Object.values(provenance.synthetic).some(Boolean)).toBe(false);
    expect(provenance.anySynthetic).toBe(false);
  });
});
