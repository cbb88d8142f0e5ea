/**
 * WSL distro names that may reach an argv. The allow-list is stricter than what wsl.exe
 * accepts on purpose: a name is one argv element after `-d`, so it must never look like an
 * option (no leading `-`), and it must carry nothing a shell or wsl.exe's own parser could
 * read as syntax (spaces, `;`, `$`, quotes, non-ASCII look-alikes).
 */

declare const distroNameBrand: unique symbol;

/** A distro name that passed {@link isValidDistroName}; only such names reach a CommandSpec. */
export type DistroName = string & { readonly [distroNameBrand]: true };

/** ASCII letter or digit first, then up to 63 of letters, digits, `.`, `_`, `-` (64 in all). */
export const DISTRO_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** True when `name` is an allow-listed distro name (JS `$` does not match before a trailing newline). */
export function isValidDistroName(name: unknown): name is DistroName {
  return typeof name === 'string' && DISTRO_NAME_PATTERN.test(name);
}

/** The branded name, or null when `name` is not allow-listed. */
export function toDistroName(name: unknown): DistroName | null {
  return isValidDistroName(name) ? name : null;
}
