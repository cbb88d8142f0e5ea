/**
 * `npm run schemas`: rewrites the generated JSON Schemas under docs/schemas/ from their zod
 * schemas. Run it after changing a zod schema listed in test/tools/json-schemas.ts and commit
 * the result; the unit test compares the checked-in files with this output byte for byte.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_SCHEMAS, renderJsonSchema } from './json-schemas.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

for (const entry of GENERATED_SCHEMAS) {
  const target = path.join(root, ...entry.file.split('/'));
  const text = renderJsonSchema(entry);
  const old = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  if (old === text) {
    console.log(`unchanged  ${entry.file}`);
    continue;
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  console.log(`${old === null ? 'created' : 'updated'}    ${entry.file}`);
}
