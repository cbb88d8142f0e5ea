import { msg } from '../../../contract/messages.js';
import type { CommandOutcome, NextAction } from '../../../contract/setup.js';
import { extractWslError } from '../../../host/wsl/error-token.js';
import { wslErrorOf } from './wsl-output.js';

/**
 * The next action of a Windows or distro step that did not end well. The output's error token
 * (or WSL's localized message, matched in any language) names the cause when it can; otherwise
 * the step's own fallback says what to do. Every visible failure gets one (issue #9 "Errors
 * with a next action"); labels are message keys (locales/setup-windows.ts).
 */

/** Where people get the WSL package by hand when both wsl.exe paths failed (domain.md §2.1). */
export const WSL_RELEASES_URL = 'https://github.com/microsoft/WSL/releases';
/** WSL's own link for turning virtualization on (printed with HCS_E_HYPERV_NOT_INSTALLED). */
export const ENABLE_VIRTUALIZATION_URL = 'https://aka.ms/enablevirtualization';

export const reboot = (): NextAction => ({ kind: 'reboot', label: msg('setup.next.reboot') });
export const retry = (key: string): NextAction => ({ kind: 'retry', label: msg(key) });
export const runStep = (stepId: string, key: string): NextAction => ({ kind: 'step', stepId, label: msg(key) });
export const link = (url: string, key: string): NextAction => ({ kind: 'link', url, label: msg(key) });

/** "Tell support": the step and the error token, so a person can quote both. */
export function support(stepId: string, tail: string): NextAction {
  const token = extractWslError(tail);
  return { kind: 'support', label: msg('setup.next.support', { step: stepId, code: token?.code ?? token?.hresult ?? '-' }) };
}

/** The next action named by the WSL error in the tail, or null when the tail names none that has one. */
function fromWslError(tail: string): NextAction | null {
  const entry = wslErrorOf(tail);
  switch (entry?.category) {
    case 'virtualization_disabled':
      return link(ENABLE_VIRTUALIZATION_URL, 'setup.next.enableVirtualization');
    case 'feature_not_enabled':
      return runStep('windows.vmp', 'setup.next.enableVmp');
    case 'reboot_pending':
      return reboot();
    case 'update_required':
    case 'component_broken':
      return runStep('wsl.update', 'setup.next.updateWsl');
    case 'download_failed':
    case 'networking':
      return retry('setup.next.retryNetwork');
    case 'cancelled':
      return retry('setup.next.retryApprove');
    case 'update_in_progress':
      return retry('setup.next.retryLater');
    case 'wrong_account':
      return { kind: 'support', label: msg('setup.next.wrongAccount') };
    case 'disk':
    case 'path':
      return { kind: 'support', label: msg('setup.next.disk', { code: entry.symbol }) };
    default:
      return null;
  }
}

/**
 * The next action after `outcome`: a restart for `reboot-required`; else what the error token
 * says; else a retry for `retryable`; else the step's fallback.
 */
export function nextActionAfter(outcome: CommandOutcome, tail: string, fallback: () => NextAction): NextAction {
  if (outcome === 'reboot-required') return reboot();
  const byError = fromWslError(tail);
  if (byError) return byError;
  if (outcome === 'retryable') return retry('setup.next.retryLater');
  return fallback();
}
