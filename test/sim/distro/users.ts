import { done, type DistroRunResult, type ProgramCall } from './result.js';
import { FIRST_UID, userOf, type DistroState } from './state.js';

/** useradd, chpasswd, usermod and gpasswd as shadow-utils answer them (exit codes from their man pages). */

const NOT_ROOT = (tool: string): string => `${tool}: Permission denied.\n${tool}: cannot lock /etc/passwd; try again later.\n`;

/** `useradd --create-home --shell /bin/bash --groups sudo U`: 9 when U exists. */
export function useradd(call: ProgramCall, distro: DistroState): DistroRunResult {
  if (call.user !== 'root') return done(distro, 1, '', NOT_ROOT('useradd'));
  const args = call.argv.slice(1);
  const name = args[args.length - 1] ?? '';
  const gi = args.findIndex((a) => a === '--groups' || a === '-G');
  const extra = gi >= 0 ? (args[gi + 1] ?? '').split(',').filter((g) => g !== '') : [];
  if (userOf(distro, name)) return done(distro, 9, '', `useradd: user '${name}' already exists\n`);
  const unknown = extra.find((g) => distro.groups[g] === undefined);
  if (unknown !== undefined) return done(distro, 6, '', `useradd: group '${unknown}' does not exist\n`);
  const uid = Math.max(FIRST_UID - 1, ...distro.users.map((u) => u.uid).filter((u) => u < 60000)) + 1;
  const groups = { ...distro.groups };
  for (const g of extra) groups[g] = [...(groups[g] ?? []), name];
  const home = `/home/${name}`;
  const users = [...distro.users, { name, uid, home, groups: [name, ...extra], passwordSet: false }];
  return done({ ...distro, users, groups }, 0);
}

/** `chpasswd`: `user:password` lines on stdin; the password is never kept, only that one was set. */
export function chpasswd(call: ProgramCall, distro: DistroState): DistroRunResult {
  if (call.user !== 'root') return done(distro, 1, '', 'chpasswd: Permission denied.\nchpasswd: cannot lock /etc/passwd; try again later.\n');
  const lines = (call.stdin?.toString('utf8') ?? '').split('\n').filter((l) => l !== '');
  let users = distro.users;
  const errors: string[] = [];
  lines.forEach((line, i) => {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon) : '';
    if (colon <= 0) errors.push(`chpasswd: line ${i + 1}: missing new password\n`);
    else if (!userOf({ ...distro, users }, name)) {
      errors.push(`chpasswd: (user ${name}) pam_chauthtok() failed, error:\nAuthentication token manipulation error\nchpasswd: (line ${i + 1}, user ${name}) password not changed\n`);
    } else users = users.map((u) => (u.name === name ? { ...u, passwordSet: true } : u));
  });
  return done({ ...distro, users }, errors.length > 0 ? 1 : 0, '', errors.join(''));
}

/** `usermod -aG GROUP U`. */
export function usermod(call: ProgramCall, distro: DistroState): DistroRunResult {
  if (call.user !== 'root') return done(distro, 1, '', NOT_ROOT('usermod'));
  const args = call.argv.slice(1);
  const gi = args.findIndex((a) => a === '-aG' || a === '-G' || a === '--groups');
  const name = args[args.length - 1] ?? '';
  const wanted = gi >= 0 ? (args[gi + 1] ?? '').split(',').filter((g) => g !== '') : [];
  if (!userOf(distro, name)) return done(distro, 6, '', `usermod: user '${name}' does not exist\n`);
  const unknown = wanted.find((g) => distro.groups[g] === undefined);
  if (unknown !== undefined) return done(distro, 6, '', `usermod: group '${unknown}' does not exist\n`);
  const groups = { ...distro.groups };
  for (const g of wanted) if (!(groups[g] ?? []).includes(name)) groups[g] = [...(groups[g] ?? []), name];
  const users = distro.users.map((u) => (u.name === name ? { ...u, groups: [...new Set([...u.groups, ...wanted])] } : u));
  return done({ ...distro, users, groups }, 0);
}

/**
 * `gpasswd --delete U GROUP`. Messages and codes as shadow-utils 4.13 (Debian 12) printed them
 * when run here: 0 "Removing user U from group G"; 3 "gpasswd: user 'U' is not a member of 'G'";
 * 3 "gpasswd: group 'G' does not exist in /etc/group".
 */
export function gpasswd(call: ProgramCall, distro: DistroState): DistroRunResult {
  if (call.user !== 'root') return done(distro, 1, '', 'gpasswd: Permission denied.\n');
  const args = call.argv.slice(1);
  if (args.length !== 3 || (args[0] !== '--delete' && args[0] !== '-d')) return done(distro, 2, '', 'Usage: gpasswd [option] GROUP\n');
  const name = args[1] ?? '';
  const group = args[2] ?? '';
  const members = distro.groups[group];
  if (members === undefined) return done(distro, 3, '', `gpasswd: group '${group}' does not exist in /etc/group\n`);
  if (!members.includes(name)) return done(distro, 3, '', `gpasswd: user '${name}' is not a member of '${group}'\n`);
  const groups = { ...distro.groups, [group]: members.filter((m) => m !== name) };
  const users = distro.users.map((u) => (u.name === name ? { ...u, groups: u.groups.filter((g) => g !== group) } : u));
  return done({ ...distro, users, groups }, 0, `Removing user ${name} from group ${group}\n`);
}
