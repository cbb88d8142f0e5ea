import { describe, expect, it } from 'vitest';
import { ACCURACY_TARGET, accuracyText, realOutputs, scoreRealOutputs } from './real-outputs.js';

/**
 * Every real output that carries an `expected.outcome`, explained with `--tool auto`. Target
 * (issue #14): at least 95 % right on outcome and cause together, and not one wrong outcome
 * among those it claims (`unknown` is allowed, and counts as not right). The figure is printed.
 */
describe('explain on the real outputs', () => {
  const samples = realOutputs();
  const score = scoreRealOutputs(samples);

  it('has every recorded sample with an outcome (57)', () => {
    expect(samples.length).toBe(57);
  });

  it(`is right on outcome and cause for at least ${ACCURACY_TARGET * 100} %`, () => {
    console.log(`explain accuracy: ${accuracyText(score)} (outcome and cause); wrong outcomes claimed: ${score.wrongOutcomes.length}${score.misses.length ? `\n  ${score.misses.join('\n  ')}` : ''}`);
    expect(score.right / score.total, score.misses.join('\n')).toBeGreaterThanOrEqual(ACCURACY_TARGET);
  });

  it('claims no wrong outcome', () => {
    expect(score.wrongOutcomes).toEqual([]);
  });

  it('every claimed cause shows its evidence lines', () => {
    for (const r of score.results) if (r.got.cause !== null && r.got.cause !== 'operation-succeeded') expect(r.got.evidence.length, r.sample.name).toBeGreaterThan(0);
  });
});
