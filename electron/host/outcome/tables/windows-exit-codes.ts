import type { CommandOutcome } from '../../../contract/setup.js';
import type { CauseId } from '../causes.js';
import { normalizeExitCode } from '../exit-code.js';

/**
 * The one table of Windows exit codes the setup steps meet (dism.exe, the WSL MSI behind
 * `wsl --update`, wsl.exe itself). Every per-command table is derived from it with
 * {@link windowsExitTable}, so a code means the same thing in every step; anything not listed
 * is `failed` and shows its number (reliability.md §2.1: "an unknown code is always failed").
 *
 * `changed` is not decided here: a step only runs when its verify checks failed, so `ok` after
 * running it already means "changed"; the machine's verify-after proves it.
 */
export interface WindowsExitCode {
  /** Signed 32-bit value (`normalizeExitCode`): 0xFFFFFFFF is -1, HRESULTs are negative. */
  code: number;
  symbol: string;
  outcome: CommandOutcome;
  /** Where the meaning comes from. */
  source: string;
  /**
   * The cause `explain` gives when the code is all there is to go by (no line of output
   * decided): only codes that say what happened by themselves have one.
   */
  cause?: CauseId;
}

/** HRESULTs as wsl.exe prints them (`0x800700b7`), as signed exit codes. */
function hresult(hex: number): number {
  return normalizeExitCode(hex);
}

export const WINDOWS_EXIT_CODES = {
  /** ERROR_SUCCESS. Source: winerror.h; reliability.md §2.1. */
  success: { code: 0, symbol: 'ERROR_SUCCESS', outcome: 'ok', source: 'winerror.h', cause: 'operation-succeeded' },
  /**
   * ERROR_INVALID_FUNCTION ("Incorrect function."): what old inbox wsl.exe printed for a
   * `--set-version` it could not do (real-outputs/wsl-set-version/02) and bash.exe's failure
   * status (domain.md §2.2). A failure, never retried.
   */
  invalidFunction: { code: 1, symbol: 'ERROR_INVALID_FUNCTION', outcome: 'failed', source: 'winerror.h; domain.md §2.2' },
  /** ERROR_INSTALL_USEREXIT: the person cancelled the installer (or its UAC prompt). Not retried on its own. Source: MsiExec error list; reliability.md §2.1. */
  userCancelled: { code: 1602, symbol: 'ERROR_INSTALL_USEREXIT', outcome: 'failed', source: 'learn.microsoft.com MsiExec.exe error messages; reliability.md §2.1' },
  /** ERROR_INSTALL_FAILURE: fatal error during installation (the MSI log says why). Source: as above. */
  installFailure: { code: 1603, symbol: 'ERROR_INSTALL_FAILURE', outcome: 'failed', source: 'learn.microsoft.com MsiExec.exe error messages; reliability.md §2.1' },
  /** ERROR_INSTALL_ALREADY_RUNNING: another installation is in progress; Intune retries it by default. Source: as above. */
  installAlreadyRunning: { code: 1618, symbol: 'ERROR_INSTALL_ALREADY_RUNNING', outcome: 'retryable', source: 'learn.microsoft.com MsiExec.exe error messages; reliability.md §2.1 (Intune "retry")' },
  /** ERROR_SUCCESS_REBOOT_INITIATED: installed, and a restart is already under way. Source: winerror.h; domain.md §8.1. */
  rebootInitiated: { code: 1641, symbol: 'ERROR_SUCCESS_REBOOT_INITIATED', outcome: 'reboot-required', source: 'winerror.h; domain.md §8.1', cause: 'reboot-pending' },
  /** ERROR_SUCCESS_REBOOT_REQUIRED: done, effective after a restart (DISM /NoRestart returns it). Source: winerror.h; domain.md §8.1. */
  rebootRequired: { code: 3010, symbol: 'ERROR_SUCCESS_REBOOT_REQUIRED', outcome: 'reboot-required', source: 'winerror.h; domain.md §8.1', cause: 'reboot-pending' },
  /**
   * wsl.exe's own failure: -1, read as 4294967295 through some APIs (normalized). The output
   * then carries an error token (`Wsl/…/CODE`) that the step's `refine` reads. Source: domain.md §2.2.
   */
  wslFailure: { code: -1, symbol: 'WSL_FAILURE', outcome: 'failed', source: 'domain.md §2.2 (exit codes); reliability.md §2.1' },
  /**
   * ERROR_ALREADY_EXISTS as an HRESULT (0x800700B7): `wsl --install <name>` when the name is
   * registered. For the distro step this means "already there": ok. Source: domain.md §2.4;
   * microsoft/WSL WslInstall.cpp (THROW_HR_IF(HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS))).
   */
  alreadyExists: { code: hresult(0x800700b7), symbol: 'ERROR_ALREADY_EXISTS', outcome: 'ok', source: 'domain.md §2.4; microsoft/WSL src/windows/common/WslInstall.cpp' },
  /** WSL_E_VM_MODE_INVALID_STATE (0x80040313): `--set-version` to the version the distro already has. Source: domain.md §2.2/§2.4 ("treat as success"). */
  alreadyThatVersion: { code: hresult(0x80040313), symbol: 'WSL_E_VM_MODE_INVALID_STATE', outcome: 'ok', source: 'domain.md §2.4; wslservice.idl' },
} as const satisfies Record<string, WindowsExitCode>;

export type WindowsExitName = keyof typeof WINDOWS_EXIT_CODES;

/** The cause a Windows exit code gives on its own (see WindowsExitCode.cause), keyed by the signed code. */
export const EXIT_CODE_CAUSES: Readonly<Record<number, CauseId>> = Object.fromEntries(
  Object.values(WINDOWS_EXIT_CODES as Readonly<Record<string, WindowsExitCode>>).flatMap((r) => (r.cause ? [[r.code, r.cause]] : [])),
);
