import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseInventory, type WindowsInventory } from '../../../../electron/host/powershell/parse-inventory.js';
import { decodeToolOutput } from '../../../../electron/host/text/decode.js';
import { atLeastOne } from '../../../fixture-selection.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** Root of the PowerShell fixtures. */
export const POWERSHELL_FIXTURES_DIR = path.resolve(here, '../../../fixtures/host/powershell');

/** The `.meta.json` every fixture carries. */
export interface FixtureMeta {
  source: string;
  tool: string;
  toolVersion: string;
  locale: string;
  encoding: 'utf-8' | 'utf-16le';
  reconstructed: boolean;
  notes: string;
}

/** One fixture: path relative to test/fixtures, raw bytes and meta. */
export interface PowerShellFixture {
  /** Relative to test/fixtures (what makeFakeSystemRoot's stdoutFile takes). */
  fixturePath: string;
  name: string;
  bytes: Buffer;
  meta: FixtureMeta;
}

function metaPathOf(file: string): string {
  return file.replace(/\.(json|txt)$/u, '.meta.json');
}

/** Every fixture under `sub` (e.g. `inventory`), sorted by name. */
export function loadPowerShellFixtures(sub: string): PowerShellFixture[] {
  const dir = path.join(POWERSHELL_FIXTURES_DIR, sub);
  const fixtures = fs
    .readdirSync(dir)
    .filter((f) => !f.endsWith('.meta.json'))
    .sort()
    .map((f) => ({
      fixturePath: `host/powershell/${sub}/${f}`,
      name: f.replace(/\.(json|txt)$/u, ''),
      bytes: fs.readFileSync(path.join(dir, f)),
      meta: JSON.parse(fs.readFileSync(path.join(dir, metaPathOf(f)), 'utf8')) as FixtureMeta,
    }));
  return atLeastOne(fixtures, `PowerShell fixtures in ${sub}/`);
}

/** The inventory fixture `name` (without extension), decoded and parsed like a capture. */
export function inventoryFixture(name: string): WindowsInventory {
  const f = loadPowerShellFixtures('inventory').find((x) => x.name === name);
  if (f === undefined) throw new Error(`no inventory fixture ${name}`);
  return parseInventory(decodeToolOutput(f.bytes, 'utf-8'));
}
