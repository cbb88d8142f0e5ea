import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INVENTORY_LIMITS } from '../../../../electron/host/powershell/inventory-schemas.js';
import { MAX_EXCERPT_CHARS } from '../../../../electron/host/powershell/json-text.js';
import { INVENTORY_SECTIONS, parseInventory, type WindowsInventory } from '../../../../electron/host/powershell/parse-inventory.js';
import { gpusFactsFrom } from '../../../../electron/engine/facts/gpus-facts.js';
import { hostStateFrom } from '../../../../electron/engine/facts/host-state.js';
import { windowsFactsFrom } from '../../../../electron/engine/facts/windows-facts.js';
import { loadPowerShellFixtures } from './load-fixtures.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
// A run costs up to about 3 ms here (parse, bounds, three builders); FUZZ_RUNS=100000 must not
// hit the 30 s default.
const TIMEOUT = Math.max(30_000, RUNS * 6);
const fixtures = loadPowerShellFixtures('inventory').map((f) => f.bytes.toString('utf8'));

/** Parses, checks the bounds, and runs every builder on the result. */
function check(text: string): WindowsInventory {
  const inv = parseInventory(text);
  expect(inv.issues.length).toBeLessThanOrEqual(INVENTORY_SECTIONS.length);
  for (const i of inv.issues) expect(i.message.length).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
  expect(inv.features?.length ?? 0).toBeLessThanOrEqual(INVENTORY_LIMITS.features);
  expect(inv.services?.length ?? 0).toBeLessThanOrEqual(INVENTORY_LIMITS.services);
  expect(inv.lxss?.distros.length ?? 0).toBeLessThanOrEqual(INVENTORY_LIMITS.distros);
  expect(inv.gpus?.controllers.length ?? 0).toBeLessThanOrEqual(INVENTORY_LIMITS.controllers);
  expect(inv.gpus?.displayClass.length ?? 0).toBeLessThanOrEqual(INVENTORY_LIMITS.displayClass);
  expect(inv.wslconfig?.content?.length ?? 0).toBeLessThanOrEqual(INVENTORY_LIMITS.wslconfigChars);
  const facts = windowsFactsFrom(inv);
  expect(['x64', 'arm64', 'x86', null]).toContain(facts.arch);
  gpusFactsFrom(inv);
  hostStateFrom(inv);
  return inv;
}

/** A section value: anything JSON, or an object with the script's keys holding anything JSON. */
const sectionValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.dictionary(
    fc.constantFrom('Name', 'InstallState', 'State', 'Architecture', 'BuildNumber', 'Controllers', 'DisplayClass', 'Distros', 'error', 'value', 'Count', 'QwMemorySize', 'MemorySize', 'PNPDeviceID', 'DriverKey', 'Elevated', 'Value', 'IsSet', 'Source', 'Raw'),
    fc.jsonValue({ maxDepth: 3 }),
  ),
);
const inventoryArb = fc.dictionary(fc.constantFrom(...INVENTORY_SECTIONS), sectionValue);

type Op = { op: 'truncate'; at: number } | { op: 'insert'; at: number; text: string } | { op: 'flip'; at: number } | { op: 'prefix'; text: string };
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), text: fc.string({ maxLength: 40 }) }),
  fc.record({ op: fc.constant('flip' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('prefix' as const), text: fc.string({ maxLength: 80 }) }),
);

function mutate(text: string, ops: Op[]): string {
  let t = text;
  for (const o of ops) {
    const at = t.length === 0 ? 0 : ('at' in o ? o.at : 0) % t.length;
    if (o.op === 'truncate') t = t.slice(0, at);
    else if (o.op === 'insert') t = t.slice(0, at) + o.text + t.slice(at);
    else if (o.op === 'flip') t = t.slice(0, at) + String.fromCharCode(t.charCodeAt(at) ^ 0x20) + t.slice(at + 1);
    else t = o.text + '\n' + t;
  }
  return t;
}

describe('parseInventory fuzz', () => {
  it('never throws on random text', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => void check(s)), { numRuns: RUNS });
  });

  it('never throws on random JSON', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void check(JSON.stringify(v) ?? '')), { numRuns: RUNS });
  });

  it('never throws on inventories whose sections hold random values', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(inventoryArb, (inv) => void check(JSON.stringify(inv))), { numRuns: RUNS });
  });

  it('never throws on mutated fixtures, and an untouched fixture survives a prefix of host text', { timeout: TIMEOUT }, () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(opArb, { maxLength: 6 }), (text, ops) => void check(mutate(text, ops))),
      { numRuns: RUNS },
    );
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.string({ maxLength: 80 }).filter((s) => !s.includes('{')), (text, prefix) => {
        expect(check(`${prefix}\r\n${text}`).os).not.toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});
