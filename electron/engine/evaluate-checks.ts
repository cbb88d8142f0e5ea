import type { CheckResult, CheckStatus } from '../contract/checks.js';
import type { Facts } from '../contract/facts.js';
import { msg } from '../contract/messages.js';
import type { Check } from './model.js';

/** Whether a dependant can build on a check with this status: it passed or warned. */
export function isUsable(status: CheckStatus | undefined): boolean {
  return status === 'pass' || status === 'warn';
}

/**
 * Judges every check against the facts, in dependency order. A check whose prerequisite did not
 * pass or warn is `skip` with the reason, so one root cause shows as one red row, not eight.
 * Pure; checks listed before their prerequisites still work (order is resolved here).
 */
export function evaluateChecks(checks: readonly Check[], facts: Facts): CheckResult[] {
  const byId = new Map(checks.map((c) => [c.id, c]));
  const done = new Map<string, CheckResult>();
  const visiting = new Set<string>();

  const visit = (check: Check): CheckResult => {
    const cached = done.get(check.id);
    if (cached) return cached;
    if (visiting.has(check.id)) throw new Error(`check prerequisite cycle at ${check.id}`);
    visiting.add(check.id);
    const result = judge(check);
    visiting.delete(check.id);
    done.set(check.id, result);
    return result;
  };

  const judge = (check: Check): CheckResult => {
    const base = { id: check.id, category: check.category, title: check.title, evidence: [] };
    const applies = check.applies(facts);
    if (applies !== true) return { ...base, status: 'skip', summary: applies };
    for (const pre of check.prerequisitesFor?.(facts) ?? check.prerequisites) {
      const dep = byId.get(pre);
      const depResult = dep ? visit(dep) : undefined;
      if (!depResult || !isUsable(depResult.status)) {
        return { ...base, status: 'skip', summary: msg('check.skip.prerequisite', { id: pre }) };
      }
    }
    const verdict = check.evaluate(facts);
    return { ...base, ...verdict, evidence: verdict.evidence ?? [] };
  };

  return checks.map(visit);
}
