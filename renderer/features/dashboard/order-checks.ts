import type { CheckResult, CheckStatus } from '../../../electron/contract/checks.js';

/** What needs the user first: failures, then warnings, unknowns, passes, and skips last. */
const SEVERITY: Record<CheckStatus, number> = { fail: 0, warn: 1, unknown: 2, pass: 3, skip: 4 };

/** The checks of a group, most urgent first; the engine's order is kept within one status. */
export function orderBySeverity(checks: readonly CheckResult[]): CheckResult[] {
  return checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => SEVERITY[a.check.status] - SEVERITY[b.check.status] || a.index - b.index)
    .map((x) => x.check);
}

/** How many checks of each status a group holds, for its header. */
export function countByStatus(checks: readonly CheckResult[]): Partial<Record<CheckStatus, number>> {
  const counts: Partial<Record<CheckStatus, number>> = {};
  for (const c of checks) counts[c.status] = (counts[c.status] ?? 0) + 1;
  return counts;
}

/**
 * What stops this PC: the failing checks, in the engine's order (root causes first: a check
 * whose prerequisite failed is a skip, not a second failure).
 */
export function blockersOf(checks: readonly CheckResult[]): CheckResult[] {
  return checks.filter((c) => c.status === 'fail');
}
