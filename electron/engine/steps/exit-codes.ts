import type { RunOutcome } from '../../contract/run.js';

/**
 * Exit codes of Windows installers (msiexec and tools that pass its code through).
 * Source: learn.microsoft.com "MsiExec.exe and InstMsi.exe error messages"; reliability.md §2.1.
 */
export const INSTALLER_EXIT = {
  success: 0,
  /** ERROR_SUCCESS_REBOOT_REQUIRED: installed, takes effect after a restart. */
  rebootRequired: 3010,
  /** ERROR_SUCCESS_REBOOT_INITIATED: installed and a restart was started. */
  rebootInitiated: 1641,
} as const;

/** Maps an installer-style exit code to an outcome; anything not known to be success is a failure. */
export function classifyInstallerExit(exitCode: number): RunOutcome {
  if (exitCode === INSTALLER_EXIT.success) return 'ok';
  if (exitCode === INSTALLER_EXIT.rebootRequired || exitCode === INSTALLER_EXIT.rebootInitiated) return 'reboot-required';
  return 'failed';
}
