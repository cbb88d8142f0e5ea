import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyOutput } from '../../../../electron/host/outcome/classify.js';

/**
 * Every real output that carries an `expected.outcome` (copies of ../shared/fixtures/real-outputs
 * under test/fixtures/explain, sources in their .meta.json), explained with `--tool auto` as a
 * person pasting it would. Target (issue #14): at least 95 % right on outcome and cause
 * together, and not one wrong outcome among those it claims (`unknown` is allowed, and counts
 * as not right).
 */

const ROOT = 'test/fixtures/explain';

interface Sample {
  name: string;
  bytes: Buffer;
  expected: { outcome: string; cause: string };
}

export function realOutputSamples(): Sample[] {
  return fs
    .readdirSync(ROOT)
    .flatMap((dir) => fs.readdirSync(path.join(ROOT, dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)))
    .sort()
    .map((rel) => {
      const meta = JSON.parse(fs.readFileSync(path.join(ROOT, rel.replace(/\.txt$/u, '.meta.json')), 'utf8')) as { expected: Sample['expected'] };
      return { name: rel, bytes: fs.readFileSync(path.join(ROOT, rel)), expected: meta.expected };
    });
}

export const TARGET = 0.95;

describe('explain on the real outputs', () => {
  const samples = realOutputSamples();
  const results = samples.map((s) => ({ s, got: classifyOutput({ tool: 'auto', output: new Uint8Array(s.bytes) }) }));
  const right = results.filter((r) => r.got.outcome === r.s.expected.outcome && r.got.cause === r.s.expected.cause);
  const wrongOutcome = results.filter((r) => r.got.outcome !== 'unknown' && r.got.outcome !== r.s.expected.outcome);
  const misses = results.filter((r) => !right.includes(r)).map((r) => `${r.s.name}: expected ${r.s.expected.outcome}/${r.s.expected.cause}, got ${r.got.outcome}/${r.got.cause ?? '-'}`);

  it('has every recorded sample with an outcome (57)', () => {
    expect(samples.length).toBe(57);
  });

  it(`is right on outcome and cause for at least ${TARGET * 100} %`, () => {
    const ratio = right.length / samples.length;
    console.log(`explain accuracy: ${right.length}/${samples.length} = ${(ratio * 100).toFixed(1)} % (outcome and cause); wrong outcomes claimed: ${wrongOutcome.length}${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(ratio, misses.join('\n')).toBeGreaterThanOrEqual(TARGET);
  });

  it('claims no wrong outcome', () => {
    expect(wrongOutcome.map((r) => r.s.name)).toEqual([]);
  });

  it('every claimed cause shows its evidence lines', () => {
    for (const r of results) if (r.got.cause !== null && r.got.cause !== 'operation-succeeded') expect(r.got.evidence.length, r.s.name).toBeGreaterThan(0);
  });
});
