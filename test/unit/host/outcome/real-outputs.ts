/**
 * The real outputs that carry an `expected.outcome` (copies of ../shared/fixtures/real-outputs
 * under test/fixtures/explain, sources in their .meta.json) and how the classifier scores on
 * them, for the accuracy test and `npm run bench`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { classifyOutput, type Explanation } from '../../../../electron/host/outcome/classify.js';

export const REAL_OUTPUTS = 'test/fixtures/explain';

/** Issue #14: at least 95 % right on outcome and cause together. */
export const ACCURACY_TARGET = 0.95;

export interface RealOutput {
  name: string;
  bytes: Buffer;
  expected: { outcome: string; cause: string };
}

export function realOutputs(): RealOutput[] {
  return fs
    .readdirSync(REAL_OUTPUTS)
    .flatMap((dir) => fs.readdirSync(path.join(REAL_OUTPUTS, dir)).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f)))
    .sort()
    .map((rel) => {
      const meta = JSON.parse(fs.readFileSync(path.join(REAL_OUTPUTS, rel.replace(/\.txt$/u, '.meta.json')), 'utf8')) as { expected: RealOutput['expected'] };
      return { name: rel, bytes: fs.readFileSync(path.join(REAL_OUTPUTS, rel)), expected: meta.expected };
    });
}

export interface Score {
  total: number;
  right: number;
  /** Outcomes claimed (not `unknown`) that differ from the expected one. */
  wrongOutcomes: string[];
  /** One line per sample not right on outcome and cause. */
  misses: string[];
  results: { sample: RealOutput; got: Explanation }[];
}

/** Explains every sample with `--tool auto`, as a person pasting it would. */
export function scoreRealOutputs(samples: readonly RealOutput[] = realOutputs()): Score {
  const results = samples.map((sample) => ({ sample, got: classifyOutput({ tool: 'auto', output: new Uint8Array(sample.bytes) }) }));
  const isRight = (r: (typeof results)[number]) => r.got.outcome === r.sample.expected.outcome && r.got.cause === r.sample.expected.cause;
  return {
    total: samples.length,
    right: results.filter(isRight).length,
    wrongOutcomes: results.filter((r) => r.got.outcome !== 'unknown' && r.got.outcome !== r.sample.expected.outcome).map((r) => r.sample.name),
    misses: results.filter((r) => !isRight(r)).map((r) => `${r.sample.name}: expected ${r.sample.expected.outcome}/${r.sample.expected.cause}, got ${r.got.outcome}/${r.got.cause ?? '-'}`),
    results,
  };
}

export function accuracyText(s: Score): string {
  return `${s.right}/${s.total} = ${((s.right / Math.max(1, s.total)) * 100).toFixed(1)} %`;
}
