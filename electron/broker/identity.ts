import os from 'node:os';
import type { Identity } from './protocol.js';

export type { Identity } from './protocol.js';

/** Reads the Windows SID of the current process's user (see windows-sid.ts); null when unknown. */
export type SidReader = () => Promise<string | null>;

/**
 * The user this process runs as, from Node itself (`os.userInfo()`), never from parsing a
 * tool's localized text. On POSIX the uid decides; on Windows the SID, when a reader is given
 * (Node has no SID API), else the account name.
 */
export async function processIdentity(options: { sid?: SidReader; platform?: NodeJS.Platform } = {}): Promise<Identity> {
  const platform = options.platform ?? process.platform;
  const info = os.userInfo();
  // Windows reports uid -1: there is no uid there.
  const uid = platform !== 'win32' && info.uid >= 0 ? info.uid : null;
  const sid = platform === 'win32' && options.sid ? await options.sid() : null;
  return { user: info.username, sid, uid };
}

/**
 * Whether two identities are the same account. Ids decide when both sides have the same kind
 * (SID on Windows, uid on POSIX); different account names are always different accounts
 * (Windows names are case-insensitive). Equal names where only one side has an id cannot be
 * proved the same: `unverifiable`, which the caller treats as a failure, never as a match.
 */
export function compareIdentity(expected: Identity, actual: Identity): 'same' | 'other' | 'unverifiable' {
  if (expected.sid !== null && actual.sid !== null) return expected.sid.toUpperCase() === actual.sid.toUpperCase() ? 'same' : 'other';
  if (expected.uid !== null && actual.uid !== null) return expected.uid === actual.uid ? 'same' : 'other';
  if (expected.user.toLowerCase() !== actual.user.toLowerCase()) return 'other';
  const ids = (i: Identity) => (i.sid !== null ? 1 : 0) + (i.uid !== null ? 2 : 0);
  return ids(expected) === ids(actual) ? 'same' : 'unverifiable';
}
