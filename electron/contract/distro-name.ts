/**
 * The one rule for a WSL distro name that may reach an argv, shared by the IPC/CLI schemas, the
 * setup steps and the host commands (no second copy anywhere).
 *
 * wsl.exe's own rule (microsoft/WSL, LxssUserSession.cpp `s_ValidateDistroName`): the whole name
 * matches `^[a-zA-Z0-9._-]{1,LX_INIT_DISTRO_NAME_MAX}$` (256, lxinitshared.h) and is not the
 * reserved legacy name `Legacy` (any case). This rule is stricter on purpose: a name is one argv
 * element after `-d`, so it must start with a letter or digit (never `-x`, never `.`/`..`) and it
 * keeps to 64 characters; and it refuses `Legacy` too, which wsl.exe would reject anyway.
 */

/** ASCII letter or digit first, then up to 63 of letters, digits, `.`, `_`, `-` (64 in all). */
export const DISTRO_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** The name wsl.exe keeps for the WSL 1 legacy install and refuses for any other distro. */
export const RESERVED_DISTRO_NAME = 'Legacy';

/** True when `name` is an allowed distro name (JS `$` does not match before a trailing newline). */
export function isAllowedDistroName(name: unknown): name is string {
  return typeof name === 'string' && DISTRO_NAME_PATTERN.test(name) && name.toLowerCase() !== RESERVED_DISTRO_NAME.toLowerCase();
}
