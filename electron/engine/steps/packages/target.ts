import type { Facts } from '../../../contract/facts.js';
import type { SetupChoices } from '../../../contract/setup.js';
import { DEFAULT_DISTRO, distroNameSchema, linuxUserSchema } from '../distro/names.js';

/**
 * Where in-distro steps run: the distro and the Linux user, both allow-listed before any argv is
 * built (they end up as separate argv elements, but a name like `-u` or `../x` must still never
 * reach wsl.exe or a path). The venv the app manages lives at one fixed place under the user's home.
 */

// One allow-list for distro and user names: the distro steps' (electron/engine/steps/distro/names.ts),
// whose distro rule is the contract's (electron/contract/distro-name.ts).
export { DEFAULT_DISTRO, distroNameSchema, linuxUserSchema } from '../distro/names.js';

/** The venv the app manages for user `user`: always this path, recorded in the plan and handed to the collector. */
export function venvPath(user: string): string {
  return `/home/${linuxUserSchema.parse(user)}/.local/share/wsl-gpu-setup/venv`;
}

/** The folder holding everything the app puts in the user's home (undo may remove below it only). */
export function appHome(user: string): string {
  return `/home/${linuxUserSchema.parse(user)}/.local/share/wsl-gpu-setup`;
}

/** The distro to install into: the chosen one, else the pinned default. Null when the choice is not an allowed name. */
export function distroOf(choices: SetupChoices): string | null {
  const name = choices.distro ?? DEFAULT_DISTRO;
  return distroNameSchema.safeParse(name).success ? name : null;
}

/**
 * The Linux user: the chosen one, else the Windows account's name when it is a valid Linux name
 * (`DESKTOP-1\alice` → `alice`). Null when neither gives an allowed name: the plan must ask.
 */
export function linuxUserOf(facts: Facts, choices: SetupChoices): string | null {
  if (choices.user !== undefined) return linuxUserSchema.safeParse(choices.user).success ? choices.user : null;
  const account = facts.windowsHost?.interactiveUser ?? facts.windowsHost?.processUser?.name ?? null;
  const name = account?.split('\\').pop()?.toLowerCase() ?? '';
  return linuxUserSchema.safeParse(name).success ? name : null;
}
