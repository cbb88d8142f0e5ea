import fs from 'node:fs';
import path from 'node:path';
import { atLeastOne } from '../../../fixture-selection.js';

/** The folder of raw in-distro outputs (test/fixtures/distro). */
export const DISTRO_FIXTURES = path.resolve(import.meta.dirname, '../../../fixtures/distro');

/** One raw fixture as text. */
export function readDistroFixture(rel: string): string {
  return fs.readFileSync(path.join(DISTRO_FIXTURES, rel), 'utf8');
}

/** Every raw text fixture (not the probe documents), for fuzz seeds. */
export function allDistroTexts(): string[] {
  const out: string[] = [];
  for (const dir of fs.readdirSync(DISTRO_FIXTURES)) {
    if (dir === 'probe') continue;
    for (const f of fs.readdirSync(path.join(DISTRO_FIXTURES, dir))) if (f.endsWith('.txt')) out.push(readDistroFixture(`${dir}/${f}`));
  }
  return atLeastOne(out, 'raw text fixtures under distro/');
}
