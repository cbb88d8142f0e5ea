import type { CommandSpec } from '../../../runner/command.js';
import type { StepContext } from '../model.js';
import { distroNameSchema, linuxUserSchema } from './target.js';

/**
 * The one way a package or stack step runs a program in the distro:
 * `wsl.exe --distribution D --user U --exec <argv…>` — no shell, each value its own argv element.
 * Environment goes in front through `/usr/bin/env NAME=value …` (wsl --exec has no env option),
 * and `LC_ALL=C.UTF-8` wherever the output is read, so apt's and pip's text is fixed by us.
 */

/** Linux output is UTF-8 whatever the Windows display language. */
const ENCODING = 'utf-8';

export interface InDistroRun {
  distro: string;
  /** `root` or the allow-listed Linux user. */
  user: string;
  argv: readonly string[];
  label: string;
  timeoutMs: number;
  /** Stop when nothing is printed for this long (a hung download). */
  idleTimeoutMs?: number;
}

/** The wsl.exe command for one in-distro program. Names are checked again here: a step can never bypass its schema. */
export function inDistroCommand(ctx: Pick<StepContext, 'tool'>, run: InDistroRun): CommandSpec {
  const distro = distroNameSchema.parse(run.distro);
  const user = run.user === 'root' ? 'root' : linuxUserSchema.parse(run.user);
  return {
    file: ctx.tool('wsl.exe'),
    args: ['--distribution', distro, '--user', user, '--exec', ...run.argv],
    encoding: ENCODING,
    timeoutMs: run.timeoutMs,
    ...(run.idleTimeoutMs !== undefined ? { idleTimeoutMs: run.idleTimeoutMs } : {}),
    label: run.label,
  };
}

/** `argv` behind `/usr/bin/env` with these variables; unchanged when there are none. */
export function withEnv(env: readonly string[], argv: readonly string[]): string[] {
  return env.length === 0 ? [...argv] : ['/usr/bin/env', ...env, ...argv];
}

/** How long apt may wait for dpkg's lock before giving up (seconds): another package manager is working. */
export const APT_LOCK_TIMEOUT_S = 300;

/** `apt-get` argv with the non-interactive frontend, C locale, the proxy and the lock timeout. */
export function aptGetArgv(proxyVars: readonly string[], args: readonly string[]): string[] {
  return withEnv(['DEBIAN_FRONTEND=noninteractive', 'LC_ALL=C.UTF-8', ...proxyVars], ['apt-get', '-o', `DPkg::Lock::Timeout=${APT_LOCK_TIMEOUT_S}`, ...args]);
}

/** Packages are passed as argv elements, so each must be a plain Debian package name (never an option). */
export function assertAptPackages(packages: readonly string[]): readonly string[] {
  for (const p of packages) if (!/^[a-z0-9][a-z0-9+.-]{1,80}$/u.test(p)) throw new Error(`not a Debian package name: ${p}`);
  return packages;
}
