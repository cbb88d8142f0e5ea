import { splitLines } from '../nvidia-smi/text.js';

/**
 * The collector's setup records (probeVersion 3): `pid1-comm` (/proc/1/comm read directly, as a
 * `path<TAB>value` line) and `passwd-status` (`passwd -S <user>` as root under LC_ALL=C). Both
 * are read by fixed fields, never by English text: the kernel's command name, and passwd's
 * status code. Pure and total: never throws.
 */

/** passwd(1) `-S`: P usable password, L locked, NP no password. */
export type PasswordStatus = 'usable' | 'locked' | 'none';

const PASSWD_STATUS: Readonly<Record<string, PasswordStatus>> = { P: 'usable', PS: 'usable', L: 'locked', LK: 'locked', NP: 'none' };

/**
 * The command name of PID 1 from the `pid1-comm` record's `/proc/1/comm<TAB>name` line; null when
 * the line is not there (the file could not be read).
 */
export function parsePid1Comm(text: string): string | null {
  for (const line of splitLines(typeof text === 'string' ? text : '').lines.slice(0, 8)) {
    const tab = line.indexOf('\t');
    if (tab > 0 && line.slice(0, tab) === '/proc/1/comm') {
      const name = line.slice(tab + 1).trim();
      return name.length > 0 && name.length <= 64 ? name : null;
    }
  }
  return null;
}

/**
 * The password status of `user` from `passwd -S <user>`: `user STATUS date min max warn inactive`.
 * The first field must be the user asked about; the second is the code (shadow's P/L/NP, and
 * the PS/LK of other passwd builds). Null for anything else.
 */
export function parsePasswdStatus(text: string, user: string): PasswordStatus | null {
  for (const line of splitLines(typeof text === 'string' ? text : '').lines.slice(0, 8)) {
    const fields = line.trim().split(/\s+/u);
    if (fields[0] === user && fields.length >= 2) return PASSWD_STATUS[fields[1] ?? ''] ?? null;
  }
  return null;
}
