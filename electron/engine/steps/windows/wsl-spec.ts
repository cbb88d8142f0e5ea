import type { CommandSpec } from '../../../runner/command.js';
import type { StepContext } from '../model.js';

/**
 * CommandSpecs of the Windows and distro steps. Every wsl.exe call sets `WSL_UTF8=1` and
 * `WSL_DISABLE_WARNINGS=1` (domain.md §2.3, as host/wsl/commands.ts does for the probes) and
 * decodes with `auto` (the inbox wsl.exe ignores WSL_UTF8 and keeps UTF-16LE).
 */
const WSL_ENV = { WSL_UTF8: '1', WSL_DISABLE_WARNINGS: '1' } as const;

const MINUTE = 60_000;

/** Time limits: `long` for downloads and installs, `short` for registry-only changes. */
const LIMITS = {
  short: { timeoutMs: 2 * MINUTE, idleTimeoutMs: 0 },
  long: { timeoutMs: 30 * MINUTE, idleTimeoutMs: 10 * MINUTE },
} as const;

/** `wsl.exe <args>` as a setup command. */
export function wslSetupSpec(ctx: StepContext, label: string, args: readonly string[], limit: keyof typeof LIMITS): CommandSpec {
  return { file: ctx.tool('wsl.exe'), args: [...args], env: WSL_ENV, encoding: 'auto', ...LIMITS[limit], label };
}

/** `wsl.exe --distribution D --user root --exec <program> <args…>`: exact argv, no shell. */
export function wslRootExecSpec(ctx: StepContext, label: string, distro: string, argv: readonly string[], limit: keyof typeof LIMITS = 'short'): CommandSpec {
  return wslSetupSpec(ctx, label, ['--distribution', distro, '--user', 'root', '--exec', ...argv], limit);
}

/**
 * `dism.exe /Online /Enable-Feature /FeatureName:<F> /All /NoRestart` (reliability.md §2.1). Its
 * text is never read: the exit code decides (3010 = restart needed).
 */
export function dismEnableFeatureSpec(ctx: StepContext, label: string, feature: 'VirtualMachinePlatform' | 'Microsoft-Windows-Subsystem-Linux'): CommandSpec {
  return {
    file: ctx.tool('dism.exe'),
    args: ['/Online', '/Enable-Feature', `/FeatureName:${feature}`, '/All', '/NoRestart'],
    encoding: 'auto',
    ...LIMITS.long,
    label,
  };
}
