/**
 * The one rule for a Linux user name that may reach an argv (useradd, --user, the venv path),
 * shared by the IPC/CLI schemas and the setup steps (no second copy anywhere).
 */

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
  // The default user of Ubuntu's cloud images: never taken over when an image has it.
  'ubuntu',
]);

/**
 * True for a Linux user name this app may create or reuse: the pattern, none of the names above,
 * and nothing in the shapes Debian keeps for system accounts (`_apt`, `systemd-*`).
 */
export function isValidLinuxUser(name: unknown): name is string {
  return typeof name === 'string' && LINUX_USER_PATTERN.test(name) && !RESERVED_LINUX_NAMES.has(name) && !name.startsWith('_') && !name.startsWith('systemd-');
}
