import type { CommandOutcome } from '../../contract/setup.js';
import { WINDOWS_EXIT_CODES, type WindowsExitName } from '../../host/outcome/tables/windows-exit-codes.js';
import { normalizeExitCode, type ExitCodeTable } from './exit-table.js';

/**
 * The installer's per-command exit tables, derived from the one table of Windows exit codes,
 * which lives with the outcome classifier (host/outcome/tables/windows-exit-codes.ts): a code
 * means the same to a setup step and to `explain`.
 */
export { WINDOWS_EXIT_CODES, type WindowsExitCode, type WindowsExitName } from '../../host/outcome/tables/windows-exit-codes.js';

/**
 * A per-command table: the rows named, with their meaning from {@link WINDOWS_EXIT_CODES};
 * every other code fails. `extra` adds codes of a non-Windows program (a Linux tool run through
 * wsl.exe passes its own status through), never a different meaning for a Windows code.
 */
export function windowsExitTable(names: readonly WindowsExitName[], extra: Readonly<Record<number, CommandOutcome>> = {}): ExitCodeTable {
  const codes: Record<number, CommandOutcome> = { ...extra };
  for (const name of names) {
    const row = WINDOWS_EXIT_CODES[name];
    codes[row.code] = row.outcome;
  }
  return { codes, otherwise: 'failed' };
}

/** The outcome a Windows code has in the one table, or null when it is not listed. */
export function windowsOutcomeOf(exitCode: number): CommandOutcome | null {
  const code = normalizeExitCode(exitCode);
  const row = Object.values(WINDOWS_EXIT_CODES).find((r) => r.code === code);
  return row ? row.outcome : null;
}
