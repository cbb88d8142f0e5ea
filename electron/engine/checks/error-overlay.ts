import type { Evidence } from '../../contract/checks.js';
import type { ToolError } from '../../contract/facts.js';
import { msg } from '../../contract/messages.js';
import { lookupWslError, type WslErrorEntry } from '../../host/wsl/error-catalog.js';
import type { Check } from '../model.js';

/** The catalog entry of a wsl.exe error: by its token first, else by its HRESULT. */
export function wslErrorEntry(error: ToolError | null | undefined): WslErrorEntry | null {
  if (!error) return null;
  return lookupWslError(error.code) ?? lookupWslError(error.hresult);
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
  return {
    ...check,
    evaluate(facts) {
      const error = facts.wsl?.error ?? null;
      const entry = wslErrorEntry(error);
      if (!error || !entry || entry.failsCheck !== check.id) return check.evaluate(facts);
      const keys = wslErrorKeys(entry.symbol);
      const evidence: Evidence[] = [{ label: msg('evidence.errorCode'), value: error.code ?? error.hresult ?? entry.symbol }];
      evidence.push({ label: msg('evidence.wslError.hresult'), value: entry.hresult });
      if (entry.needsAdmin) evidence.push({ label: msg('evidence.wslError.needsAdmin'), value: 'true' });
      if (entry.needsReboot) evidence.push({ label: msg('evidence.wslError.needsReboot'), value: 'true' });
      return { status: 'fail', summary: msg(keys.meaning), evidence, fix: { text: msg(keys.fix) } };
    },
  };
}
