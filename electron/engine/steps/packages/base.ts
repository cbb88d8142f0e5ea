import { z } from 'zod';
import { msg } from '../../../contract/messages.js';
import type { SetupChoices } from '../../../contract/setup.js';
import type { Facts } from '../../../contract/facts.js';
import { ZERO_IS_OK } from '../exit-table.js';
import type { RetryPolicy, SetupStep, StepCommand } from '../model.js';
import { aptNextAction, refineApt } from './apt-output.js';
import { aptGetArgv, assertAptPackages, inDistroCommand } from './in-distro.js';
import { proxyDecision, proxyEnv, proxyParamSchema } from './proxy.js';
import { scriptArgv, setupScriptText } from '../setup-script.js';
import { distroNameSchema, distroOf } from './target.js';

/**
 * `packages.base`: what every stack needs inside the distro — the package index, Python's venv
 * and pip, CA certificates, curl and gnupg (for the vendors' apt keys) — installed as root with
 * the non-interactive frontend. The Windows proxy goes into apt and curl through the
 * environment, and into the distro's own environment (profile.d + apt.conf.d) so pip and later
 * shells use it too.
 */

export const packagesBaseParamsSchema = z.object({ distro: distroNameSchema, proxy: proxyParamSchema });
export type PackagesBaseParams = z.infer<typeof packagesBaseParamsSchema>;

export const BASE_PACKAGES = ['python3-venv', 'python3-pip', 'ca-certificates', 'curl', 'gnupg'] as const;

/**
 * Our retries, on top of apt's own (Acquire::Retries): only outcomes refine calls `retryable`
 * (network trouble) are retried; waits grow (reliability.md §5.4).
 */
export const NETWORK_RETRY: RetryPolicy = { attempts: 3, backoffMs: [15_000, 60_000] };

/** apt-get with its exit table (0 ok, 100 and the rest failed until the output says otherwise). */
export function aptCommand<P extends { distro: string; proxy: string }>(id: string, args: (p: P) => readonly string[], timeoutMs: number): StepCommand<P> {
  return {
    id,
    build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: 'root', argv: aptGetArgv(proxyEnv(p.proxy), args(p)), label: id, timeoutMs, idleTimeoutMs: 600_000 }),
    exitCodes: ZERO_IS_OK,
    refine: refineApt,
    nextAction: aptNextAction,
    retry: NETWORK_RETRY,
  };
}

/** `apt-get install -y --no-install-recommends <packages>` as a command. */
export function aptInstallArgs(packages: readonly string[]): string[] {
  return ['install', '-y', '--no-install-recommends', ...assertAptPackages(packages)];
}

/** The params for this machine, or null when the distro choice is not allowed or the proxy is refused (see proxyDecision). */
export function basePackagesParams(facts: Facts, choices: SetupChoices): PackagesBaseParams | null {
  const distro = distroOf(choices);
  const proxy = proxyDecision(facts);
  return distro === null || !proxy.ok ? null : { distro, proxy: proxy.proxy };
}

export const packagesBaseStep: SetupStep<PackagesBaseParams> = {
  id: 'packages.base',
  stageId: 'packages',
  title: msg('step.packages.base.title'),
  description: msg('step.packages.base.description'),
  platforms: ['windows'],
  profiles: ['beginner', 'cuda-pro'],
  params: packagesBaseParamsSchema,
  defaultParams: basePackagesParams,
  preconditions: [],
  verify: ['distro.base-packages'],
  fixes: ['distro.base-packages'],
  commands: [
    aptCommand<PackagesBaseParams>('apt-update', () => ['update'], 15 * 60_000),
    aptCommand<PackagesBaseParams>('apt-install', () => aptInstallArgs(BASE_PACKAGES), 30 * 60_000),
    {
      id: 'proxy-env',
      build: (ctx, p) => inDistroCommand(ctx, { distro: p.distro, user: 'root', argv: scriptArgv('proxy-env', [p.proxy]), label: 'proxy-env', timeoutMs: 60_000 }),
      stdin: { kind: 'script', text: () => setupScriptText('proxy-env') },
      exitCodes: ZERO_IS_OK,
      skip: (_ctx, p) => p.proxy === '',
    },
  ],
  elevation: 'user',
  reboot: 'never',
  // Estimate: Ubuntu 24.04 minimal WSL image already has ca-certificates and gnupg; the index
  // (~60 MB with noble-updates/security) plus python3-venv/pip and curl (~15 MB). Not measured.
  estimate: { downloadBytes: 75_000_000, seconds: 180 },
};
