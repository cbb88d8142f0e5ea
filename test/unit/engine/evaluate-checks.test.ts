import { describe, expect, it } from 'vitest';
import type { Facts } from '../../../electron/contract/facts.js';
import { msg } from '../../../electron/contract/messages.js';
import { evaluateChecks } from '../../../electron/engine/evaluate-checks.js';
import type { Check } from '../../../electron/engine/model.js';

const facts: Facts = { host: { platform: 'windows', simulated: true }, windows: null, windowsHost: null, wsl: null, nvidia: null, gpus: null, distro: null, network: null };

function check(id: string, status: 'pass' | 'warn' | 'fail' | 'unknown', prerequisites: string[] = [], applies = true): Check {
  return {
    id,
    category: 'wsl',
    title: msg(`t.${id}`),
    prerequisites,
    applies: () => (applies ? true : msg('na')),
    evaluate: () => ({ status, summary: msg(`s.${id}`) }),
  };
}

describe('evaluateChecks', () => {
  it('skips dependants of a failed prerequisite with the reason, transitively', () => {
    const results = evaluateChecks([check('c', 'pass', ['b']), check('b', 'pass', ['a']), check('a', 'fail')], facts);
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['c', 'skip'],
      ['b', 'skip'],
      ['a', 'fail'],
    ]);
    expect(results[1]?.summary).toEqual({ key: 'check.skip.prerequisite', params: { id: 'a' } });
  });

  it('lets warn satisfy a prerequisite, but not unknown or skip', () => {
    const results = evaluateChecks(
      [check('w', 'warn'), check('on-warn', 'pass', ['w']), check('u', 'unknown'), check('on-unknown', 'pass', ['u']), check('na', 'pass', [], false), check('on-na', 'pass', ['na'])],
      facts,
    );
    expect(Object.fromEntries(results.map((r) => [r.id, r.status]))).toEqual({
      w: 'warn',
      'on-warn': 'pass',
      u: 'unknown',
      'on-unknown': 'skip',
      na: 'skip',
      'on-na': 'skip',
    });
  });

  it('treats a missing prerequisite as not passed and reports cycles as a programming error', () => {
    expect(evaluateChecks([check('x', 'pass', ['missing'])], facts)[0]?.status).toBe('skip');
    expect(() => evaluateChecks([check('p', 'pass', ['q']), check('q', 'pass', ['p'])], facts)).toThrow(/cycle/);
  });
});
