// Rewrites the column tables in data/README.md from the schema. Run: npm run generate:dictionary
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withDictionary } from './dataDictionary';

const path = fileURLToPath(new URL('../data/README.md', import.meta.url));
writeFileSync(path, withDictionary(readFileSync(path, 'utf8')));
console.log('wrote data/README.md');
