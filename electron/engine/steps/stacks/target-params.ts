import { z } from 'zod';
import type { Facts } from '../../../contract/facts.js';
import type { SetupChoices } from '../../../contract/setup.js';
import { proxyDecision, proxyParamSchema } from '../packages/proxy.js';
import { distroNameSchema, distroOf, linuxUserOf, linuxUserSchema, venvPath } from '../packages/target.js';

/** Where a stack installs: the distro, the Linux user, the app's venv (recorded) and the proxy. */
export const stackTargetSchema = z.object({
  distro: distroNameSchema,
  user: linuxUserSchema,
  /** Always venvPath(user): recorded so the plan shows it and the collector gets it as `--python`. */
  venv: z.string(),
  proxy: proxyParamSchema,
});
export type StackTarget = z.infer<typeof stackTargetSchema>;

/** The venv must be the app's own for that user: a journal cannot point a stack at another folder. */
export function venvIsTheUsers(p: { user: string; venv: string }): boolean {
  return linuxUserSchema.safeParse(p.user).success && p.venv === venvPath(p.user);
}

/** The target for these facts and choices, or null when the distro, the user or the proxy is not usable. */
export function stackTargetOf(facts: Facts, choices: SetupChoices): StackTarget | null {
  const distro = distroOf(choices);
  const user = linuxUserOf(facts, choices);
  const proxy = proxyDecision(facts);
  if (distro === null || user === null || !proxy.ok) return null;
  return { distro, user, venv: venvPath(user), proxy: proxy.proxy };
}
