import { z } from 'zod';
import { isAllowedDistroName } from '../../../contract/distro-name.js';

/**
 * Allow-listed names that reach an argv. Each is one argv element (never a shell word), so the
 * lists only have to keep a name from reading as an option or as another program's syntax; a
 * refused name stops the plan before any process starts.
 */

/** The distro a fresh machine gets: pinned, never whatever `Ubuntu` maps to today (domain.md §3.1). */
export const DEFAULT_DISTRO = 'Ubuntu-24.04';

/** A WSL distro name: the one rule of electron/contract/distro-name.ts (the host's DistroName uses it too), no second copy. */
export const distroNameSchema = z.string().refine(isAllowedDistroName, { message: 'not an allow-listed distro name' });

/** Lower-case letter or `_` first, then up to 31 of lower-case letters, digits, `_`, `-` (Debian's NAME_REGEX without `$`). */
export const LINUX_USER_PATTERN = /^[a-z_][a-z0-9_-]{0,31}$/;

/**
 * Accounts and groups an Ubuntu 24.04 image already has (its /etc/passwd and /etc/group, plus
 * the groups this app adds users to). `useradd` of such a name fails with 9 "already in use",
 * which the step reads as "the user exists" — so these are refused up front instead.
 */
export const RESERVED_LINUX_NAMES: ReadonlySet<string> = new Set([
  'root', 'daemon', 'bin', 'sys', 'sync', 'games', 'man', 'lp', 'mail', 'news', 'uucp', 'proxy', 'www-data', 'backup', 'list',
  'irc', 'gnats', 'nobody', 'nogroup', '_apt', 'systemd-network', 'systemd-resolve', 'systemd-timesync', 'systemd-journal',
  'systemd-coredump', 'messagebus', 'syslog', 'polkitd', 'uuidd', 'tcpdump', 'tss', 'landscape', 'fwupd-refresh', 'usbmux',
  'dhcpcd', 'sshd', 'pollinate', 'adm', 'tty', 'disk', 'kmem', 'dialout', 'fax', 'voice', 'cdrom', 'floppy', 'tape', 'sudo',
  'audio', 'dip', 'operator', 'src', 'shadow', 'utmp', 'video', 'sasl', 'plugdev', 'staff', 'users', 'input', 'sgx', 'kvm',
  'render', 'crontab', 'netdev', 'admin', 'lxd', 'docker', 'ssl-cert', 'rdma',
]);

/** True for a Linux user name this app may create or reuse. */
export function isValidLinuxUser(name: unknown): name is string {
  return typeof name === 'string' && LINUX_USER_PATTERN.test(name) && !RESERVED_LINUX_NAMES.has(name);
}

export const linuxUserSchema = z.string().refine(isValidLinuxUser, { message: 'not an allowed Linux user name' });

/**
 * The new user's password, as it goes to chpasswd's stdin (`user:password\n`): a line break
 * would start a second `name:password` line (another account's password), a NUL would cut it.
 * Nothing else is restricted; it never reaches an argv or the journal.
 */
export function isAcceptablePassword(password: unknown): password is string {
  return typeof password === 'string' && password.length > 0 && password.length <= 512 && !/[\r\n\0]/.test(password);
}
