import type { CommandSpec } from '../../runner/command.js';
import type { DistroName } from './distro-name.js';

/**
 * CommandSpec builders for the in-distro probe. Pure. The collector script never appears in
 * the argv: it goes to the fixed interpreter `/bin/sh -s` on stdin, and its options follow
 * `--` as positional arguments, so nothing from input is ever parsed by a shell.
 *
 * Through wsl.exe the interpreter is started with `--exec`: with plain `--` (or none) wsl.exe
 * hands the command line to the distro's login shell, which would re-parse it.
 */

/**
 * Deadline of a probe run: the collector's own budget is 25 s (domain checks stay ≤ 3 s when
 * healthy), plus wsl.exe relaying it. Through wsl.exe the run starts only after the boot
 * allowance below has ended, so starting the VM and systemd is not paid out of this deadline.
 */
export const PROBE_TIMEOUT_MS = 30_000;

/**
 * Deadline of the boot allowance: `wsl.exe [-d <distro>] -u root --exec /bin/true` before the
 * collector. The first wsl.exe call that needs a distro starts the utility VM and the distro's
 * init (and systemd with `[boot] systemd=true`, whose units may wait on the network); that has
 * nothing to do with the collector's budget, so it gets its own, generous deadline and its own
 * measured duration. Past it, the distro is reported as slow to start, not as "no document".
 * With a command line WSL skips the image's first-run OOBE (it runs only for the default shell
 * without a command, domain.md §3.2), so the no-op never waits on a prompt.
 */
export const BOOT_TIMEOUT_MS = 120_000;

/** The no-op the boot allowance runs: a plain executable, no shell. */
export const BOOT_NOOP = '/bin/true';

/** Deadline with `--bench`: collection (25 s) plus benchmark (torch start + ≤ 15 s measuring). */
export const PROBE_BENCH_TIMEOUT_MS = 60_000;

/** The interpreter the script is sent to, on the distro or the local machine. */
export const PROBE_SHELL = '/bin/sh';

/** Same wsl.exe environment as electron/host/wsl/commands.ts (domain.md §2.3). */
const WSL_ENV = { WSL_UTF8: '1', WSL_DISABLE_WARNINGS: '1' } as const;

/** A Linux absolute path made of plain characters, e.g. a venv's `/home/u/.venv/bin/python3`. */
const LINUX_PATH = /^\/[A-Za-z0-9._+@/-]{0,4095}$/;

/** What the collector is asked to do. */
export interface ProbeOptions {
  /** Run the PyTorch micro-benchmark after the collection. */
  bench: boolean;
  /** Interpreter for the framework checks and the benchmark (a venv's python3); default: python3 from PATH. */
  python?: string;
}

/** True when `path` may be passed as `--python`: absolute, plain characters, no `..` segment. */
export function isValidProbePython(path: string): boolean {
  return LINUX_PATH.test(path) && !path.split('/').includes('..');
}

/**
 * The collector's positional arguments (after `/bin/sh -s --`). An invalid `python` is
 * dropped rather than passed: the collector then uses python3 from PATH.
 */
export function probeScriptArgs(options: ProbeOptions): string[] {
  const args: string[] = [];
  if (options.bench) args.push('--bench');
  if (options.python !== undefined && isValidProbePython(options.python)) args.push('--python', options.python);
  return args;
}

function timeoutFor(options: ProbeOptions): number {
  return options.bench ? PROBE_BENCH_TIMEOUT_MS : PROBE_TIMEOUT_MS;
}

/**
 * `wsl.exe [-d <distro>] -u root --exec /bin/sh -s -- [--bench]`; the script goes on stdin.
 * `distro` null means WSL's default distribution. Root, because `/proc/1/exe` and `docker info`
 * need it, root's PATH is what the setup steps use, and the collector changes nothing.
 */
export function distroProbeCommand(wslExePath: string, distro: DistroName | null, options: ProbeOptions): CommandSpec {
  const target = distro === null ? [] : ['-d', distro];
  return {
    file: wslExePath,
    args: [...target, '-u', 'root', '--exec', PROBE_SHELL, '-s', '--', ...probeScriptArgs(options)],
    env: WSL_ENV,
    // The document is ASCII JSON; WSL_UTF8=1 makes wsl.exe's own errors UTF-8 too (the decoder
    // still detects UTF-16LE lines from an old inbox wsl.exe).
    encoding: 'utf-8',
    timeoutMs: timeoutFor(options),
    idleTimeoutMs: 0,
    label: 'distro.probe',
  };
}

/**
 * `wsl.exe [-d <distro>] -u root --exec /bin/true`: starts the VM and the distro if they are not
 * running, and nothing else. `distro` null means WSL's default distribution.
 */
export function distroBootCommand(wslExePath: string, distro: DistroName | null, timeoutMs: number = BOOT_TIMEOUT_MS): CommandSpec {
  const target = distro === null ? [] : ['-d', distro];
  return {
    file: wslExePath,
    args: [...target, '-u', 'root', '--exec', BOOT_NOOP],
    env: WSL_ENV,
    encoding: 'utf-8',
    timeoutMs,
    idleTimeoutMs: 0,
    label: 'distro.boot',
  };
}

/** `/bin/sh -s -- [--bench]` on this machine (native Linux); the script goes on stdin. */
export function localProbeCommand(options: ProbeOptions): CommandSpec {
  return {
    file: PROBE_SHELL,
    args: ['-s', '--', ...probeScriptArgs(options)],
    encoding: 'utf-8',
    timeoutMs: timeoutFor(options),
    idleTimeoutMs: 0,
    label: 'distro.probe',
  };
}
