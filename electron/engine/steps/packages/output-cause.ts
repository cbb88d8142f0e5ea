import type { CommandOutcome, NextAction } from '../../../contract/setup.js';
import { msg } from '../../../contract/messages.js';
import { CAUSES, type CauseId } from '../../../host/outcome/causes.js';
import { classifyOutput } from '../../../host/outcome/classify.js';
import type { ExplainTool } from '../../../host/outcome/rules.js';

/**
 * What apt's and pip's output says went wrong, read by the one outcome classifier
 * (electron/host/outcome: its apt and pip tables are the rules; this file holds none). These
 * programs run with `LC_ALL=C.UTF-8` (in-distro.ts), so their messages are the C-locale texts.
 *
 * The installer acts on the classifier's outcome with two differences of policy, both written in
 * causes.ts rather than here: a retryable cause marked `autoRetry: false` (a lock still held
 * after apt waited DPkg::Lock::Timeout, a hash mismatch) is `failed` with its next action — the
 * person retries; and `blocked` is `failed` (no step of ours lifts a policy).
 */

/** Causes the installer leaves to the step's verify checks: the DirectML stack installs the CPU torch wheel on purpose. */
const LEFT_TO_VERIFY: ReadonlySet<CauseId> = new Set<CauseId>(['cpu-wheel-installed']);

/** The failure cause the classifier reads in a command's output tail; null when it recognises none, or a success. */
export function causeOfOutput(tool: ExplainTool, tail: string): CauseId | null {
  const { cause } = classifyOutput({ tool, output: tail });
  return cause === null || LEFT_TO_VERIFY.has(cause) || installerOutcomeOf(cause) === null ? null : cause;
}

/** The installer's outcome of a cause; null for a success cause (the exit table's stands). */
export function installerOutcomeOf(cause: CauseId): CommandOutcome | null {
  const info = CAUSES[cause];
  switch (info.outcome) {
    case 'ok':
    case 'already':
      return null;
    case 'retryable':
      return 'autoRetry' in info ? 'failed' : 'retryable';
    case 'blocked':
      return 'failed';
    default:
      return info.outcome;
  }
}

/** A refine function for one tool: the cause's outcome, or null (keep the exit table's) when nothing is recognised. */
export function refineFor(tool: ExplainTool): (outcome: CommandOutcome, tail: string) => CommandOutcome | null {
  return (_outcome, tail) => {
    const cause = causeOfOutput(tool, tail);
    return cause === null ? null : installerOutcomeOf(cause);
  };
}

/** The next action of a cause (null for a success cause). */
export function nextActionOfCause(cause: CauseId): NextAction | null {
  const next = CAUSES[cause].next;
  return next === null ? null : ({ kind: next.kind, label: msg(next.key) } as NextAction);
}

/** A next-action function for one tool (null when the command succeeded or nothing in the tail is recognised). */
export function nextActionFor(tool: ExplainTool): (outcome: CommandOutcome, tail: string) => NextAction | null {
  return (outcome, tail) => {
    if (outcome === 'ok' || outcome === 'changed') return null;
    const cause = causeOfOutput(tool, tail);
    return cause === null ? null : nextActionOfCause(cause);
  };
}
