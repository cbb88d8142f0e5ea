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

/** What the person does next about each cause. */
export function nextActionOfCause(cause: OutputCause): NextAction {
  switch (cause) {
    case 'disk-full':
      return { kind: 'retry', label: msg('setup.next.diskFull') };
    case 'apt-lock-held':
      return { kind: 'retry', label: msg('setup.next.aptLock') };
    case 'dpkg-interrupted':
      return { kind: 'retry', label: msg('setup.next.dpkgInterrupted') };
    case 'hash-mismatch':
      return { kind: 'retry', label: msg('setup.next.hashMismatch') };
    case 'network':
      return { kind: 'retry', label: msg('setup.next.network') };
    case 'proxy-or-tls':
      return { kind: 'retry', label: msg('setup.next.proxyTls') };
    default:
      return { kind: 'support', label: msg(`setup.next.${cause}`) };
  }
}

/** A next-action function over these rules (null when nothing in the tail is recognised). */
export function nextActionBy(rules: readonly CauseRule[]): (outcome: CommandOutcome, tail: string) => NextAction | null {
  return (outcome, tail) => {
    if (outcome === 'ok' || outcome === 'changed') return null;
    const cause = causeOf(rules, tail);
    return cause === null ? null : nextActionOfCause(cause);
  };
}
