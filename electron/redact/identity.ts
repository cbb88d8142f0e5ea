/**
 * Gathers the names that identify this user and machine, from the environment and the OS.
 * The only impure part of redaction; everything else takes the result as data.
 */
import path from 'node:path';
import type { RedactorIdentity } from './redactor.js';

/** The parts of `node:os` this reads (injectable for tests). */
export interface OsLike {
  userInfo(): { username: string };
  hostname(): string;
}

function safe(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    // os.userInfo() throws when the uid has no passwd entry (containers): the env still has names.
    return undefined;
  }
}

/** The profile folder's last segment, whichever separator the path uses. */
function baseName(p: string | undefined): string | undefined {
  if (!p) return undefined;
  const b = path.win32.basename(p.replace(/[\\/]+$/, ''));
  return b || undefined;
}

/** User names (USERNAME, USER, LOGNAME, profile folder, OS account) and host names (COMPUTERNAME, HOSTNAME, USERDOMAIN, OS host). */
export function collectIdentity(env: NodeJS.ProcessEnv, os: OsLike): RedactorIdentity {
  const users = [env.USERNAME, env.USER, env.LOGNAME, baseName(env.USERPROFILE), baseName(env.HOME), safe(() => os.userInfo().username)];
  const hosts = [env.COMPUTERNAME, env.HOSTNAME, env.USERDOMAIN, env.USERDNSDOMAIN, safe(() => os.hostname())];
  const hostParts = hosts.flatMap((h) => (h && h.includes('.') ? [h, h.split('.')[0]] : [h]));
  return {
    userNames: users.filter((u): u is string => typeof u === 'string' && u.trim() !== ''),
    hostNames: hostParts.filter((h): h is string => typeof h === 'string' && h.trim() !== ''),
  };
}
