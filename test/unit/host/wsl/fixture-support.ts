/**
 * Loads the wsl.exe fixtures and their index (source, locale and expected facts per sample).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { atLeastOne } from '../../../fixture-selection.js';

/** Folder of the wsl.exe fixtures. */
export const FIXTURE_DIR = fileURLToPath(new URL('../../../fixtures/host/wsl/', import.meta.url));

/** One index entry: a fixture file and the facts a parser must read from it. */
export interface FixtureEntry {
  fixture: string;
  command: string;
  locale: string;
  source_url: string;
  reconstructed?: boolean;
  expected: Record<string, unknown>;
}

/** All index entries. */
export function loadIndex(): FixtureEntry[] {
  return JSON.parse(readFileSync(`${FIXTURE_DIR}index.json`, 'utf8')) as FixtureEntry[];
}

/** Entries whose fixture lives under `probe/` (at least one: a loop over none would test nothing). */
export function entriesFor(probe: string): FixtureEntry[] {
  return atLeastOne(
    loadIndex().filter((e) => e.fixture.startsWith(`${probe}/`)),
    `index.json entries under ${probe}/`,
  );
}

/** The raw bytes of a fixture. */
export function fixtureBytes(rel: string): Buffer {
  return readFileSync(`${FIXTURE_DIR}${rel}`);
}

/** A fixture decoded the way the probes decode captures (`auto`). */
export function fixtureText(rel: string): string {
  return decodeToolOutput(fixtureBytes(rel), 'auto');
}

/** Test-name label for an entry. */
export function label(e: FixtureEntry): string {
  return `${e.fixture} (${e.locale})`;
}
