import type { Evidence } from '../../contract/checks.js';
import type { Facts, ToolError } from '../../contract/facts.js';
import { msg } from '../../contract/messages.js';
import { lookupWslError, WSL_ERROR_CATALOG, type WslErrorEntry } from '../../host/wsl/error-catalog.js';
import { matchWslErrorMessage, type WslMessageSignal } from '../../host/wsl/error-message.js';
import type { Check } from '../model.js';
import { probesFor } from './probe-needs.js';

/** A catalog entry and how it was found: from the printed code, or from the message text. */
export interface WslErrorRecognition {
  entry: WslErrorEntry;
  /** Null when a token or HRESULT named the entry; else what of the message did. */
  messageSignal: WslMessageSignal | null;
}

/**
 * The catalog entry of a wsl.exe error: by its token first, else by its HRESULT, else (older
 * builds print no code) by the message text and its aka.ms link, in any of the known languages.
 */
export function recognizeWslError(error: ToolError | null | undefined): WslErrorRecognition | null {
  if (!error) return null;
  const byCode = lookupWslError(error.code) ?? lookupWslError(error.hresult);
  if (byCode) return { entry: byCode, messageSignal: null };
  const byText = matchWslErrorMessage(error.message);
  return byText ? { entry: byText.entry, messageSignal: byText.signal } : null;
}

/** The catalog entry of a wsl.exe error (see recognizeWslError). */
export function wslErrorEntry(error: ToolError | null | undefined): WslErrorEntry | null {
  return recognizeWslError(error)?.entry ?? null;
}

/** The checks a download error (category `download_failed`) fails. */
const DOWNLOAD_ERROR_CHECKS: ReadonlySet<string> = new Set(WSL_ERROR_CATALOG.filter((e) => e.category === 'download_failed').map((e) => e.failsCheck));

/** The error the overlay judges: wsl.exe's local one, else (for a download check) a download error of `--list --online`. */
function overlayError(wsl: Facts['wsl'], readsOnline: boolean): ToolError | null {
  if (!wsl) return null;
  if (wsl.error || !readsOnline) return wsl.error;
  return recognizeWslError(wsl.onlineError)?.entry.category === 'download_failed' ? wsl.onlineError : null;
}

/** Message keys of a catalog entry's text (electron/contract/locales/wsl-errors.ts holds them). */
export function wslErrorKeys(symbol: string): { meaning: string; fix: string } {
  return { meaning: `wslError.${symbol}.meaning`, fix: `wslError.${symbol}.fix` };
}

/**
 * Wraps a check so that an error wsl.exe printed overrides what the facts alone suggest: when
 * the error's catalog entry names this check (`failsCheck`), the verdict is `fail` with the
 * catalog's meaning and fix. wsl.exe's own error is the stronger evidence, e.g. the processor
 * flags may look fine while `HCS_E_HYPERV_NOT_INSTALLED` proves the VM cannot start.
 */
export function withErrorOverlay(check: Check): Check {
  // `wsl --list --online` is a download: its error only ever speaks to the checks a download
  // error fails, and only those wait for that network fetch in a targeted verify.
  const readsOnline = DOWNLOAD_ERROR_CHECKS.has(check.id);
  return {
    ...check,
    // The overlay reads facts.wsl.error, so the wrapped check needs wsl.exe's probes too.
    ...(check.needs ? { needs: [...new Set([...check.needs, ...probesFor('wsl'), ...(readsOnline ? probesFor('wslOnline') : [])])] } : {}),
    evaluate(facts) {
      const error = overlayError(facts.wsl, readsOnline);
      const found = recognizeWslError(error);
      if (!error || !found || found.entry.failsCheck !== check.id) return check.evaluate(facts);
      const { entry, messageSignal } = found;
      const keys = wslErrorKeys(entry.symbol);
      const evidence: Evidence[] = [{ label: msg('evidence.errorCode'), value: error.code ?? error.hresult ?? entry.symbol }];
      evidence.push({ label: msg('evidence.wslError.hresult'), value: entry.hresult });
      if (messageSignal) evidence.push({ label: msg('evidence.wslError.recognizedFromMessage'), value: messageSignal });
      if (entry.needsAdmin) evidence.push({ label: msg('evidence.wslError.needsAdmin'), value: 'true' });
      if (entry.needsReboot) evidence.push({ label: msg('evidence.wslError.needsReboot'), value: 'true' });
      return { status: 'fail', summary: msg(keys.meaning), evidence, fix: { text: msg(keys.fix) } };
    },
  };
}
