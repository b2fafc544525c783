import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataDictionaryMarkdown, withDictionary } from '../../scripts/dataDictionary';
import { DATASETS, DATASET_IDS } from '../../src/data/schema';

const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');

describe('dataDictionaryMarkdown', () => {
  it('lists every column of every dataset with its canonical and Chinese header', () => {
    const markdown = dataDictionaryMarkdown();
    for (const id of DATASET_IDS) {
      for (const column of DATASETS[id].columns) expect(markdown).toContain(`| \`${column.key}\` | ${column.zh} |`);
    }
  });
});

describe('data/README.md', () => {
  it('holds the dictionary as the schema generates it (run npm run generate:dictionary after changing the schema)', () => {
    expect(withDictionary(readme)).toBe(readme);
  });
});
