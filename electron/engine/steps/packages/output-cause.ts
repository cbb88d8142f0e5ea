import { msg } from '../../../contract/messages.js';
import type { CommandOutcome, NextAction } from '../../../contract/setup.js';

/**
 * What apt's and pip's output says went wrong, as a stable cause. These programs run with
 * `LC_ALL=C.UTF-8` (in-distro.ts), so their messages are the English C-locale texts; Windows'
 * localized text is never read here. Each cause has one outcome: only network trouble is
 * `retryable`. A hash mismatch is never retried automatically (a corrupt cache or a tampered
 * mirror does not heal by itself), a full disk or a held lock needs the person first.
 */

export type OutputCause =
  | 'disk-full'
  | 'apt-lock-held'
  | 'dpkg-interrupted'
  | 'hash-mismatch'
  | 'repo-signature-rejected'
  | 'not-found-404'
  | 'package-not-found'
  | 'unmet-dependencies'
  | 'externally-managed'
  | 'no-matching-wheel'
  | 'proxy-or-tls'
  | 'network';

export interface CauseRule {
  cause: OutputCause;
  pattern: RegExp;
}

/** The outcome of each cause. */
const OUTCOME: Readonly<Record<OutputCause, CommandOutcome>> = {
  'disk-full': 'failed',
  'apt-lock-held': 'failed',
  'dpkg-interrupted': 'failed',
  'hash-mismatch': 'failed',
  'repo-signature-rejected': 'failed',
  'not-found-404': 'failed',
  'package-not-found': 'failed',
  'unmet-dependencies': 'failed',
  'externally-managed': 'failed',
  'no-matching-wheel': 'failed',
  'proxy-or-tls': 'retryable',
  network: 'retryable',
};

/** The first rule (in order of precedence) whose pattern occurs in the tail. */
export function causeOf(rules: readonly CauseRule[], tail: string): OutputCause | null {
  return rules.find((r) => r.pattern.test(tail))?.cause ?? null;
}

/** The outcome a cause stands for. */
export function outcomeOfCause(cause: OutputCause): CommandOutcome {
  return OUTCOME[cause];
}

/** A refine function over these rules: the cause's outcome, or null (keep the exit table's) when no rule matches. */
export function refineBy(rules: readonly CauseRule[]): (outcome: CommandOutcome, tail: string) => CommandOutcome | null {
  return (_outcome, tail) => {
    const cause = causeOf(rules, tail);
    return cause === null ? null : OUTCOME[cause];
  };
}

/**
 * What the person does next about each cause: `retry` where they can fix it themselves (free
 * space, wait for the other package manager, check the network), `support` where someone has to
 * look at the machine's configuration.
 */
const NEXT: Readonly<Record<OutputCause, { kind: 'retry' | 'support'; key: string }>> = {
  'disk-full': { kind: 'retry', key: 'setup.next.diskFull' },
  'apt-lock-held': { kind: 'retry', key: 'setup.next.aptLock' },
  'dpkg-interrupted': { kind: 'retry', key: 'setup.next.dpkgInterrupted' },
  'hash-mismatch': { kind: 'retry', key: 'setup.next.hashMismatch' },
  network: { kind: 'retry', key: 'setup.next.network' },
  'proxy-or-tls': { kind: 'retry', key: 'setup.next.proxyTls' },
  'repo-signature-rejected': { kind: 'support', key: 'setup.next.repo-signature-rejected' },
  'not-found-404': { kind: 'support', key: 'setup.next.not-found-404' },
  'package-not-found': { kind: 'support', key: 'setup.next.package-not-found' },
  'unmet-dependencies': { kind: 'support', key: 'setup.next.unmet-dependencies' },
  'externally-managed': { kind: 'support', key: 'setup.next.externally-managed' },
  'no-matching-wheel': { kind: 'support', key: 'setup.next.no-matching-wheel' },
};

/** The next action of a cause. */
export function nextActionOfCause(cause: OutputCause): NextAction {
  const n = NEXT[cause];
  return { kind: n.kind, label: msg(n.key) };
}

/** A next-action function over these rules (null when nothing in the tail is recognised). */
export function nextActionBy(rules: readonly CauseRule[]): (outcome: CommandOutcome, tail: string) => NextAction | null {
  return (outcome, tail) => {
    if (outcome === 'ok' || outcome === 'changed') return null;
    const cause = causeOf(rules, tail);
    return cause === null ? null : nextActionOfCause(cause);
  };
}
