import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { ev, notCaptured, PROBES } from './shared.js';

/**
 * Did wsl.exe report a download or connection failure? There is no network probe of its own:
 * this check passes unless the WSL error overlay (error-overlay.ts) finds a download error
 * (WININET_E_*) whose catalog entry names this check, which turns it into a failure with the fix.
 */
export const networkCheck: Check = {
  id: 'preflight.network',
  category: 'preflight',
  title: msg('check.preflight.network.title'),
  prerequisites: [],
  applies: onWindowsOnly,
  evaluate(facts) {
    const wsl = facts.wsl;
    if (!wsl) return notCaptured(PROBES.wsl);
    const token = wsl.error?.code ?? wsl.error?.hresult ?? null;
    return { status: 'pass', summary: msg('check.preflight.network.pass'), evidence: token === null ? [] : [ev('evidence.errorCode', token)] };
  },
};
