import { isAllowedDistroName } from '../../contract/distro-name.js';

/**
 * WSL distro names that may reach an argv: the contract's one rule (electron/contract/distro-name.ts),
 * stricter than what wsl.exe accepts on purpose, with a brand so only checked names reach a CommandSpec.
 */

export { DISTRO_NAME_PATTERN } from '../../contract/distro-name.js';

declare const distroNameBrand: unique symbol;

/** A distro name that passed {@link isValidDistroName}; only such names reach a CommandSpec. */
export type DistroName = string & { readonly [distroNameBrand]: true };

/** True when `name` is an allow-listed distro name (JS `$` does not match before a trailing newline). */
export function isValidDistroName(name: unknown): name is DistroName {
  return isAllowedDistroName(name);
}

/** The branded name, or null when `name` is not allow-listed. */
export function toDistroName(name: unknown): DistroName | null {
  return isValidDistroName(name) ? name : null;
}
