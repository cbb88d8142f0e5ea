import type { SetupRunView, StepState } from '../contract/setup.js';
import type { RunJournal } from '../engine/setup/ports.js';

const FINISHED = new Set<StepState>(['done', 'already-done']);

/**
 * A journaled run as the app shows it when no run is active in this process (a page opened
 * after a restart, before or without the resume). Only states from the file: nothing here is
 * trusted to run anything — the resume re-verifies before it acts.
 */
export function journaledRunView(journal: RunJournal): SetupRunView {
  const steps = journal.steps;
  const cursor = steps.findIndex((s) => !FINISHED.has(s.state));
  return {
    runId: journal.runId,
    profile: journal.profile,
    state: runState(journal),
    steps: steps.map((s) => ({ stepId: s.stepId, state: s.state, attempts: s.attempts, outcome: s.outcome, exitCode: s.exitCode, before: {}, after: {}, next: null })),
    cursor: cursor === -1 ? steps.length : cursor,
  };
}

function runState(journal: RunJournal): SetupRunView['state'] {
  const states = journal.steps.map((s) => s.state);
  if (states.every((s) => FINISHED.has(s))) return 'done';
  if (states.includes('reboot-pending')) return 'reboot-pending';
  if (states.includes('failed') || states.includes('blocked')) return 'failed';
  if (states.includes('cancelled')) return 'cancelled';
  // Pending, or `running`/`resumed` left by a process that ended mid-step: nothing runs now.
  return 'planned';
}
