import { z } from 'zod';
import { isAllowedDistroName } from '../../../contract/distro-name.js';
import { isValidLinuxUser } from '../../../contract/linux-user.js';

/**
 * Allow-listed names that reach an argv. Each is one argv element (never a shell word), so the
 * lists only have to keep a name from reading as an option or as another program's syntax; a
 * refused name stops the plan before any process starts.
 */

/** The distro a fresh machine gets: pinned, never whatever `Ubuntu` maps to today (domain.md §3.1). */
export const DEFAULT_DISTRO = 'Ubuntu-24.04';

/** A WSL distro name: the one rule of electron/contract/distro-name.ts (the host's DistroName uses it too), no second copy. */
export const distroNameSchema = z.string().refine(isAllowedDistroName, { message: 'not an allow-listed distro name' });

export { isValidLinuxUser, LINUX_USER_PATTERN, RESERVED_LINUX_NAMES } from '../../../contract/linux-user.js';

export const linuxUserSchema = z.string().refine(isValidLinuxUser, { message: 'not an allowed Linux user name' });

/**
 * The new user's password, as it goes to chpasswd's stdin (`user:password\n`): a line break
 * would start a second `name:password` line (another account's password), a NUL would cut it.
 * Nothing else is restricted; it never reaches an argv or the journal.
 */
export function isAcceptablePassword(password: unknown): password is string {
  return typeof password === 'string' && password.length > 0 && password.length <= 512 && !/[\r\n\0]/.test(password);
}
