import type { CommandOutcome } from '../../contract/setup.js';
import { normalizeExitCode } from '../../host/outcome/exit-code.js';

/**
 * One exit-code table per command: the only place an exit code gets its meaning. The runner
 * reports the number; the table decides. Windows reports -1 as 0xFFFFFFFF (4294967295) through
 * some APIs: both spellings are one code here.
 */
export interface ExitCodeTable {
  codes: Readonly<Record<number, CommandOutcome>>;
  /** The outcome of any code not listed. */
  otherwise: CommandOutcome;
}

export { normalizeExitCode } from '../../host/outcome/exit-code.js';

/** Looks an exit code up in a table. */
export function outcomeOfExit(table: ExitCodeTable, exitCode: number): CommandOutcome {
  return table.codes[normalizeExitCode(exitCode)] ?? table.otherwise;
}

/** A plain Linux program: 0 is success, anything else a failure. */
export const ZERO_IS_OK: ExitCodeTable = { codes: { 0: 'ok' }, otherwise: 'failed' };
