/**
 * The one list of causes an output can be explained by, with the outcome each stands for and
 * the next action it points to. Every table (tables/*.ts) names causes from here only; the
 * installer's steps, `explain` and the docs read this list, so a cause means one thing
 * everywhere. Outcomes follow issue #14: transient trouble (lock held, network, DNS, mirror
 * mid-sync, hash mismatch) is `retryable`; `blocked` is policy, firmware or a blocked Store.
 */
import type { NextAction } from '../../contract/setup.js';

import type { ExplainOutcome } from '../../contract/explain.js';

export type { ExplainOutcome } from '../../contract/explain.js';

/** The outcomes a cause can stand for (`unknown` has no cause). */
export type CauseOutcome = Exclude<ExplainOutcome, 'unknown'>;

export interface CauseInfo {
  outcome: CauseOutcome;
  /** Message key of what to do next (setup.next.* shared with the installer, explain.next.* otherwise); null: nothing to do. */
  next: { kind: NextAction['kind']; key: string } | null;
  /**
   * False for a retryable cause the installer must not retry on its own: apt has already waited
   * DPkg::Lock::Timeout for the lock, and a hash mismatch is never retried automatically (issue #9).
   * The person retries after the next action.
   */
  autoRetry?: false;
}

const retry = (key: string): CauseInfo['next'] => ({ kind: 'retry', key });
const support = (key: string): CauseInfo['next'] => ({ kind: 'support', key });

export const CAUSES = {
  // Success and nothing-to-do.
  installed: { outcome: 'ok', next: null },
  'index-updated': { outcome: 'ok', next: null },
  'distro-installed': { outcome: 'ok', next: null },
  'distro-unregistered': { outcome: 'ok', next: null },
  'distro-imported': { outcome: 'ok', next: null },
  'operation-succeeded': { outcome: 'ok', next: null },
  'already-done': { outcome: 'already', next: null },
  'distro-already-exists': { outcome: 'already', next: null },
  // Restart.
  'reboot-pending': { outcome: 'reboot-required', next: { kind: 'reboot', key: 'explain.next.reboot' } },
  // Transient.
  'apt-lock-held': { outcome: 'retryable', next: retry('setup.next.aptLock'), autoRetry: false },
  'dns-failure': { outcome: 'retryable', next: retry('setup.next.network') },
  'network-unreachable': { outcome: 'retryable', next: retry('setup.next.network') },
  'proxy-or-tls': { outcome: 'retryable', next: retry('setup.next.proxyTls') },
  'mirror-hash-mismatch': { outcome: 'retryable', next: retry('setup.next.hashMismatch'), autoRetry: false },
  'mirror-sync-in-progress': { outcome: 'retryable', next: retry('setup.next.hashMismatch'), autoRetry: false },
  'download-hash-mismatch': { outcome: 'retryable', next: retry('setup.next.hashMismatch'), autoRetry: false },
  'wsl-vm-crashed': { outcome: 'retryable', next: retry('explain.next.wslShutdownRetry') },
  // Needs a different action.
  'disk-full': { outcome: 'failed', next: retry('setup.next.diskFull') },
  'dpkg-interrupted': { outcome: 'failed', next: retry('setup.next.dpkgInterrupted') },
  'repo-signature-rejected': { outcome: 'failed', next: support('setup.next.repo-signature-rejected') },
  'repo-404-no-release-file': { outcome: 'failed', next: support('setup.next.not-found-404') },
  'stale-package-index': { outcome: 'failed', next: support('setup.next.not-found-404') },
  'package-not-found': { outcome: 'failed', next: support('setup.next.package-not-found') },
  'no-installation-candidate': { outcome: 'failed', next: support('setup.next.package-not-found') },
  'unmet-dependencies': { outcome: 'failed', next: support('setup.next.unmet-dependencies') },
  'pep668-externally-managed': { outcome: 'failed', next: support('setup.next.externally-managed') },
  'no-matching-wheel': { outcome: 'failed', next: support('setup.next.no-matching-wheel') },
  'cpu-wheel-installed': { outcome: 'failed', next: support('explain.next.cpuWheel') },
  'docker-daemon-down': { outcome: 'failed', next: support('explain.next.dockerDaemon') },
  'docker-no-gpu-runtime': { outcome: 'failed', next: support('explain.next.dockerRuntime') },
  'wsl-no-adapters': { outcome: 'failed', next: support('explain.next.wslNoAdapters') },
  'cdi-dxcore-init-failed': { outcome: 'failed', next: support('explain.next.dxcore') },
  'access-denied': { outcome: 'failed', next: support('explain.next.accessDenied') },
  'import-failed': { outcome: 'failed', next: support('explain.next.importFailed') },
  'conversion-failed': { outcome: 'failed', next: support('explain.next.conversionFailed') },
  'download-not-found': { outcome: 'failed', next: support('explain.next.webDownload') },
  'invalid-arguments': { outcome: 'failed', next: support('explain.next.invalidArguments') },
  'needs-admin': { outcome: 'failed', next: retry('explain.next.needsAdmin') },
  'wsl-error': { outcome: 'failed', next: support('explain.next.wslError') },
  // Policy, firmware, a blocked Store.
  'store-blocked': { outcome: 'blocked', next: support('explain.next.webDownload') },
  'app-control-policy': { outcome: 'blocked', next: support('explain.next.appControl') },
  'virtualization-off': { outcome: 'blocked', next: support('explain.next.virtualization') },
} as const satisfies Record<string, CauseInfo>;

export type CauseId = keyof typeof CAUSES;

export const CAUSE_IDS = Object.keys(CAUSES) as CauseId[];

export function causeInfo(cause: CauseId): CauseInfo {
  return CAUSES[cause];
}
