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
 * True when both identities are the same account. The strongest id either side has decides:
 * a SID on one side and none on the other cannot be proved equal, so it counts as different.
 * Windows account names are case-insensitive; they decide only when neither side has an id.
 */
export function sameIdentity(expected: Identity, actual: Identity): boolean {
  if (expected.sid !== null || actual.sid !== null) return expected.sid?.toUpperCase() === actual.sid?.toUpperCase();
  if (expected.uid !== null || actual.uid !== null) return expected.uid === actual.uid;
  return expected.user.toLowerCase() === actual.user.toLowerCase();
}
