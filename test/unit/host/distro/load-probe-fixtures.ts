import fs from 'node:fs';
import path from 'node:path';
import { atLeastOne } from '../../../fixture-selection.js';

/** The collector documents stored under test/fixtures/probe, as text, by file name. */
export function loadProbeFixtures(): { name: string; text: string }[] {
  const dir = path.resolve(import.meta.dirname, '../../../fixtures/probe');
  const docs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.meta.json'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(dir, name), 'utf8') }));
  return atLeastOne(docs, 'collector documents under probe/');
}
