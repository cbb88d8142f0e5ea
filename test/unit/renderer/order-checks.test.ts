import { describe, expect, it } from 'vitest';
import type { CheckResult, CheckStatus } from '../../../electron/contract/checks.js';
import { countByStatus, orderBySeverity } from '../../../renderer/features/dashboard/order-checks.js';

const check = (id: string, status: CheckStatus): CheckResult => ({ id, category: 'preflight', status, title: { key: id }, summary: { key: id }, evidence: [] });

describe('dashboard ordering', () => {
  it('puts failures first and skips last, keeping the engine order within a status', () => {
    const ordered = orderBySeverity([check('a', 'pass'), check('b', 'skip'), check('c', 'fail'), check('d', 'warn'), check('e', 'fail'), check('f', 'unknown')]);
    expect(ordered.map((c) => c.id)).toEqual(['c', 'e', 'd', 'f', 'a', 'b']);
  });
  it('counts each status', () => {
    expect(countByStatus([check('a', 'pass'), check('b', 'pass'), check('c', 'fail')])).toEqual({ pass: 2, fail: 1 });
  });
});
