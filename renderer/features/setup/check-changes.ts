import type { CheckStatus } from '../../../electron/contract/checks.js';
import type { StepRunView } from '../../../electron/contract/setup.js';

/** The five verdicts a check can have; the run view keeps them as plain strings (the journal's). */
const CHECK_STATUSES: readonly CheckStatus[] = ['pass', 'warn', 'fail', 'skip', 'unknown'];

/** One check a step verified: its status before the step ran and after (null: not checked then). */
export interface CheckChange {
  checkId: string;
  before: CheckStatus | null;
  after: CheckStatus | null;
}

function isCheckStatus(status: string | undefined): status is CheckStatus {
  return status !== undefined && (CHECK_STATUSES as readonly string[]).includes(status);
}

/**
 * What a step changed, check by check. Only a step verified after it ran has an "after" (an
 * already-done, blocked or cancelled step has none): for those nothing is listed. Checks are
 * listed as the step recorded them before, then any only checked after; a status that is not
 * one of the five verdicts reads as "not checked". Pure.
 */
export function checkChanges(step: Pick<StepRunView, 'before' | 'after'>): CheckChange[] {
  if (Object.keys(step.after).length === 0) return [];
  const ids = [...new Set([...Object.keys(step.before), ...Object.keys(step.after)])];
  return ids.map((checkId) => {
    const before = step.before[checkId];
    const after = step.after[checkId];
    return { checkId, before: isCheckStatus(before) ? before : null, after: isCheckStatus(after) ? after : null };
  });
}
