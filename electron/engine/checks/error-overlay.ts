import type { Evidence } from '../../contract/checks.js';
import type { Facts, ToolError } from '../../contract/facts.js';
import { msg } from '../../contract/messages.js';
import { lookupWslError, WSL_ERROR_CATALOG, type WslErrorEntry } from '../../host/wsl/error-catalog.js';
import { matchWslErrorMessage, type WslMessageSignal } from '../../host/wsl/error-message.js';
import type { Check, Verdict } from '../model.js';
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

/** The check that every distro start error disproves, whatever else its catalog entry names. */
export const DISTRO_START_CHECK = 'distro.wsl2';

/** A wsl.exe error the overlay judges, and whether it came from starting the distro. */
interface OverlayError {
  error: ToolError;
  fromStart: boolean;
}

/**
 * The errors the overlay judges, strongest first: wsl.exe's local one; the one it printed when
 * starting the distro for the in-distro probe; and (for a download check, when wsl.exe's local
 * answers had no error) a download error of `--list --online`.
 */
function overlayErrors(wsl: Facts['wsl'], readsOnline: boolean): OverlayError[] {
  if (!wsl) return [];
  const errors: OverlayError[] = [];
  if (wsl.error) errors.push({ error: wsl.error, fromStart: false });
  if (wsl.startError) errors.push({ error: wsl.startError, fromStart: true });
  if (!wsl.error && readsOnline && wsl.onlineError && recognizeWslError(wsl.onlineError)?.entry.category === 'download_failed') errors.push({ error: wsl.onlineError, fromStart: false });
  return errors;
}

/** Message keys of a catalog entry's text (electron/contract/locales/wsl-errors.ts holds them). */
export function wslErrorKeys(symbol: string): { meaning: string; fix: string } {
  return { meaning: `wslError.${symbol}.meaning`, fix: `wslError.${symbol}.fix` };
}

/** Evidence rows of a recognised wsl.exe error: its code, HRESULT, how it was recognised, what its fix needs. */
function catalogEvidence(error: ToolError, found: WslErrorRecognition): Evidence[] {
  const { entry, messageSignal } = found;
  const evidence: Evidence[] = [{ label: msg('evidence.errorCode'), value: error.code ?? error.hresult ?? entry.symbol }];
  evidence.push({ label: msg('evidence.wslError.hresult'), value: entry.hresult });
  if (messageSignal) evidence.push({ label: msg('evidence.wslError.recognizedFromMessage'), value: messageSignal });
  if (entry.needsAdmin) evidence.push({ label: msg('evidence.wslError.needsAdmin'), value: 'true' });
  if (entry.needsReboot) evidence.push({ label: msg('evidence.wslError.needsReboot'), value: 'true' });
  return evidence;
}

/** The `fail` verdict of an error on a check it disproves: the catalog's meaning and fix, or plain words when the catalog does not know it. */
function errorVerdict(check: Check, { error, fromStart }: OverlayError): Verdict {
  const found = recognizeWslError(error);
  const evidence: Evidence[] = found ? catalogEvidence(error, found) : error.code || error.hresult ? [{ label: msg('evidence.errorCode'), value: error.code ?? error.hresult ?? '' }] : [];
  if (fromStart) {
    evidence.unshift({ label: msg('evidence.wslError.whenStartingDistro'), value: error.message.split(/\r?\n/u).find((l) => l.trim() !== '')?.trim() ?? '' });
    // On the distro's own check, name the check the error disproves as well (e.g. the firmware's virtualization).
    if (found && found.entry.failsCheck !== check.id) evidence.push({ label: msg('evidence.wslError.disproves'), value: found.entry.failsCheck });
  }
  if (!found) return { status: 'fail', summary: msg('check.distro.wsl2.fail.startFailed'), evidence, fix: { text: msg('fix.distro.startFailed') } };
  const keys = wslErrorKeys(found.entry.symbol);
  return { status: 'fail', summary: msg(keys.meaning), evidence, fix: { text: msg(keys.fix) } };
}

/** Whether this error speaks to this check: its catalog entry names it, or it is a start error and this is the distro's check. */
function disproves(check: Check, { error, fromStart }: OverlayError): boolean {
  if (fromStart && check.id === DISTRO_START_CHECK) return true;
  return recognizeWslError(error)?.entry.failsCheck === check.id;
}

/**
 * Wraps a check so that an error wsl.exe printed overrides what the facts alone suggest: when
 * the error's catalog entry names this check (`failsCheck`), the verdict is `fail` with the
 * catalog's meaning and fix. wsl.exe's own error is the stronger evidence, e.g. the processor
 * flags may look fine while `HCS_E_HYPERV_NOT_INSTALLED` proves the VM cannot start. An error
 * printed when starting the distro for the in-distro probe counts the same way, and also fails
 * `distro.wsl2` (the distro did not run), with the catalog's words when it knows the code.
 */
export function withErrorOverlay(check: Check): Check {
  // `wsl --list --online` is a download: its error only ever speaks to the checks a download
  // error fails, and only those wait for that network fetch in a targeted verify.
  const readsOnline = DOWNLOAD_ERROR_CHECKS.has(check.id);
  return {
    ...check,
    // The overlay reads facts.wsl.error, so the wrapped check needs wsl.exe's probes too.
    ...(check.needs ? { needs: [...new Set([...check.needs, ...probesFor('wsl'), ...(readsOnline ? probesFor('wslOnline') : [])])] } : {}),
    // The start error is read when this run started the distro; re-checking a Windows check
    // alone never starts it for that (see Check.usesIfCaptured).
    usesIfCaptured: [...new Set([...(check.usesIfCaptured ?? []), ...probesFor('distroStart')])],
    evaluate(facts) {
      const hit = overlayErrors(facts.wsl, readsOnline).find((e) => disproves(check, e));
      return hit ? errorVerdict(check, hit) : check.evaluate(facts);
    },
  };
}
