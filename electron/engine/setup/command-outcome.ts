import type { CommandOutcome } from '../../contract/setup.js';
import { outcomeOfExit } from '../steps/exit-table.js';
import type { StepCommand } from '../steps/model.js';

/** How one command ended, from whichever runner ran it (pty, captured, or the elevated broker). */
export interface CommandEnd {
  exitCode: number | null;
  /** Killed by a signal the app did not send (kill -9, OOM): never a success, whatever the code. */
  killedBySignal: boolean;
  stoppedBy: 'cancelled' | 'timeout' | 'idle-timeout' | null;
  launchError: string | null;
  tail: string;
}

/**
 * What a command's end means. The runner reports facts; the command's own exit-code table (and
 * its `refine` over the output tail) is the only place a code gets a meaning. A cancelled run is
 * `cancelled`; one that never started, ran out of time or was killed is `failed`.
 */
export function commandOutcome<P>(command: Pick<StepCommand<P>, 'exitCodes' | 'refine'>, end: CommandEnd): CommandOutcome | 'cancelled' {
  if (end.stoppedBy === 'cancelled') return 'cancelled';
  if (end.launchError !== null || end.exitCode === null) return 'failed';
  if (end.stoppedBy !== null || end.killedBySignal) return 'failed';
  const outcome = outcomeOfExit(command.exitCodes, end.exitCode);
  return command.refine?.(outcome, end.tail) ?? outcome;
}
