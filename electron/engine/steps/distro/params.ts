import { z } from 'zod';
import type { Facts } from '../../../contract/facts.js';
import type { SetupChoices } from '../../../contract/setup.js';
import { knownDistros } from '../../checks/wsl-extra/distros.js';
import { DEFAULT_DISTRO, distroNameSchema, isValidLinuxUser, linuxUserSchema } from './names.js';

/** Params of a step that acts on one distro. `strict`: an unknown key is refused, not ignored. */
export const distroParams = z.object({ distro: distroNameSchema }).strict();
export type DistroParams = z.infer<typeof distroParams>;

/** Params of a step that acts on one distro and its Linux user. */
export const distroUserParams = z.object({ distro: distroNameSchema, user: linuxUserSchema }).strict();
export type DistroUserParams = z.infer<typeof distroUserParams>;

/**
 * The distro chosen (as typed: the params schema, not this function, refuses a bad name, so a
 * hostile `--distro` stops the plan instead of being replaced silently), else the pinned default.
 */
export function chosenDistro(choices: SetupChoices): string {
  return choices.distro ?? DEFAULT_DISTRO;
}

/** Whether that distro is registered for this user (wsl.exe's list, else HKCU Lxss). */
export function distroExists(facts: Facts, name: string): boolean {
  return knownDistros(facts).some((d) => d.name.toLowerCase() === name.toLowerCase());
}

/**
 * The Linux user chosen, else the Windows account's name when it is already an allowed Linux
 * name (`DESKTOP-1\alice` → `alice`), else '' — which the schema refuses, so the plan asks for
 * `--user` instead of inventing one.
 */
export function chosenUser(facts: Facts, choices: SetupChoices): string {
  if (choices.user !== undefined) return choices.user;
  const account = facts.windowsHost?.interactiveUser ?? facts.windowsHost?.processUser?.name ?? null;
  const name = account?.split('\\').pop()?.toLowerCase() ?? '';
  return isValidLinuxUser(name) ? name : '';
}
