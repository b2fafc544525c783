// Writes the synthetic demo dataset to data/demo/. Run: npm run generate:demo
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateDemoData } from './demoData';

const folder = fileURLToPath(new URL('../data/demo/', import.meta.url));
mkdirSync(folder, { recursive: true });
for (const [datasetId, csv] of Object.entries(generateDemoData())) {
  // A BOM so Excel and WPS open the Chinese text correctly.
  writeFileSync(`${folder}${datasetId}.csv`, `\ufeff${csv}`);
  console.log(`wrote data/demo/${datasetId}.csv`);
}
