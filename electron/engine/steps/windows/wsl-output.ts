import type { CommandOutcome } from '../../../contract/setup.js';
import { lookupWslError, type WslErrorEntry } from '../../../host/wsl/error-catalog.js';
import { saysRebootRequired } from '../../../host/outcome/tables/reboot-messages.js';
import { matchWslErrorMessage } from '../../../host/wsl/error-message.js';
import { extractWslError } from '../../../host/wsl/error-token.js';

/**
 * What a wsl.exe (or dism.exe) output tail says beyond its exit code, read only from
 * language-neutral signals: the `Wsl/…/CODE` token, a bare HRESULT, Windows message ids matched
 * in any known language, and WSL's own message catalog. Never English prose. Pure; never throws.
 */

// The restart messages are the outcome classifier's data (one table for the installer and `explain`).
export { saysRebootRequired };

/** The WSL catalog entry the tail names: its error token first, else its (localized) message. */
export function wslErrorOf(tail: string): WslErrorEntry | null {
  const token = extractWslError(tail);
  const byToken = token ? lookupWslError(token.symbol) ?? lookupWslError(token.hresult) : null;
  return byToken ?? matchWslErrorMessage(tail)?.entry ?? null;
}

/** The HRESULT of the tail's error token (`0x800700b7`), or null. */
export function wslHresultOf(tail: string): string | null {
  return wslErrorOf(tail)?.hresult ?? extractWslError(tail)?.hresult ?? null;
}

/**
 * Refine for commands that install Windows components (`wsl --install --no-distribution`,
 * `wsl --update`): exit 0 with the restart message, or with a catalog error that means
 * "restart pending" (WSL_E_WSL_OPTIONAL_COMPONENT_REQUIRED right after enabling it), is
 * `reboot-required`. A failure whose token says the restart is what is missing is one too.
 */
export function refineInstallOutcome(outcome: CommandOutcome, tail: string): CommandOutcome | null {
  if (outcome !== 'ok' && outcome !== 'failed') return null;
  if (saysRebootRequired(tail)) return 'reboot-required';
  if (wslErrorOf(tail)?.category === 'reboot_pending') return 'reboot-required';
  return null;
}

/**
 * Refine for a wsl.exe command where one error means "already in that state": wsl.exe exits
 * -1 and prints the token, so the token (never the text) turns that failure into `ok`.
 */
export function okWhenToken(hresult: string): (outcome: CommandOutcome, tail: string) => CommandOutcome | null {
  return (outcome, tail) => (outcome === 'failed' && wslHresultOf(tail) === hresult ? 'ok' : null);
}
