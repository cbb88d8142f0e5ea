import { BOOT_TIMEOUT_MS, distroBootCommand, distroProbeCommand, localProbeCommand, type ProbeOptions } from '../../host/distro/commands.js';
import { toDistroName, type DistroName } from '../../host/distro/distro-name.js';
import { probeScriptText } from '../../host/distro/probe-script.js';
import { distroStartError } from '../facts/distro-start-error.js';
import { mlDistroChoiceFrom } from '../facts/ml-distro-choice.js';
import type { CaptureMap, Probe } from '../model.js';
import { WSL_PROBE_IDS } from './wsl-probes.js';

/** Probe id, also the capture id of a diagnostics bundle. */
export const DISTRO_PROBE_ID = 'distro.probe';

/** The boot allowance before the collector (WSL only); its capture's duration is the start-up time. */
export const DISTRO_BOOT_PROBE_ID = 'distro.boot';

/** Why the collector was not run (recorded in its capture, see `Probe.when`). */
export const COLLECTOR_NOT_RUN = {
  /** Only container tools' distros are registered (see choose-ml-distro.ts). */
  noUserDistro: 'no-user-distro',
  /** The boot allowance ran out: the distro did not start in time. */
  bootTimeout: 'boot-timeout',
  /** wsl.exe could not start the distro (its error is `facts.wsl.startError`, see distro-start-error.ts). */
  startFailed: 'distro-start-failed',
} as const;

/** Where the collector runs: this machine (native Linux) or a WSL distro via wsl.exe. */
export interface DistroProbeOptions extends ProbeOptions {
  target: 'local' | 'wsl';
  /** The WSL distro; absent means the user's ML distro (see choose-ml-distro.ts). Must pass the allow-list. */
  distro?: string;
  /** Folder of the collector sources (a packaged app's resources); default assets/probe of the checkout. */
  scriptDir?: string;
  /** Deadline of the boot allowance (default BOOT_TIMEOUT_MS); tests pass small ones. */
  bootTimeoutMs?: number;
  /** Deadline of the collector run (default PROBE_TIMEOUT_MS, or the bench deadline with `bench`). */
  collectorTimeoutMs?: number;
}

/** The distro to pass as `-d`: the explicit one, the user's own instead of a utility default, or WSL's default (null). */
function wslDistroFor(explicit: DistroName | null, prior: CaptureMap | undefined): DistroName | null {
  if (explicit !== null) return explicit;
  const choice = mlDistroChoiceFrom(prior ?? new Map());
  return choice.kind === 'instead-of-utility' ? toDistroName(choice.name) : null;
}

function explicitDistro(options: DistroProbeOptions): DistroName | null {
  const distro = options.distro === undefined ? null : toDistroName(options.distro);
  if (options.distro !== undefined && distro === null) {
    throw new RangeError(`not an allow-listed WSL distro name: ${JSON.stringify(options.distro.slice(0, 80))}`);
  }
  return distro;
}

/**
 * The in-distro GPU-chain collector: one run whose stdout is a JSON document (see
 * electron/host/distro/parse-probe-document.ts). Through WSL it waits for `wsl -l -v` (to pick
 * the user's distro when none is named) and for the boot allowance, and is not run when there
 * is no user distro, the distro did not start in time, or wsl.exe could not start it. Throws a
 * RangeError at construction for a distro name outside the allow-list: probing another distro
 * instead would report facts about the wrong system.
 */
export function distroProbe(options: DistroProbeOptions): Probe {
  const probeOptions: ProbeOptions = { bench: options.bench, ...(options.python !== undefined ? { python: options.python } : {}) };
  const stdin = (): string => probeScriptText(options.scriptDir);
  const deadline = <T extends { timeoutMs?: number }>(spec: T): T => (options.collectorTimeoutMs !== undefined ? { ...spec, timeoutMs: options.collectorTimeoutMs } : spec);
  if (options.target === 'local') {
    return { id: DISTRO_PROBE_ID, platforms: ['linux'], spec: () => deadline(localProbeCommand(probeOptions)), stdin };
  }
  const explicit = explicitDistro(options);
  return {
    id: DISTRO_PROBE_ID,
    platforms: ['windows'],
    after: explicit === null ? [WSL_PROBE_IDS.listVerbose, DISTRO_BOOT_PROBE_ID] : [DISTRO_BOOT_PROBE_ID],
    when(prior) {
      if (explicit === null && mlDistroChoiceFrom(prior).kind === 'none') return COLLECTOR_NOT_RUN.noUserDistro;
      // A boot that ran out of time would make the collector hang the same way: report it instead.
      if (prior.get(DISTRO_BOOT_PROBE_ID)?.launchError === 'stopped: timeout') return COLLECTOR_NOT_RUN.bootTimeout;
      // A distro wsl.exe could not start fails the collector the same way: its error is the answer, not "no document".
      if (distroStartError(prior.get(DISTRO_BOOT_PROBE_ID)) !== null) return COLLECTOR_NOT_RUN.startFailed;
      return true;
    },
    spec: (ctx, prior) => deadline(distroProbeCommand(ctx.tool('wsl.exe'), wslDistroFor(explicit, prior), probeOptions)),
    stdin,
  };
}

/**
 * The boot allowance (WSL only): a no-op in the same distro the collector will use, with its
 * own generous deadline, so a cold VM and systemd start are measured apart from the collector.
 * Not run when there is no user distro (the collector's capture records why).
 */
function distroBootProbe(options: DistroProbeOptions): Probe {
  const explicit = explicitDistro(options);
  return {
    id: DISTRO_BOOT_PROBE_ID,
    platforms: ['windows'],
    ...(explicit === null ? { after: [WSL_PROBE_IDS.listVerbose], when: (prior: CaptureMap) => mlDistroChoiceFrom(prior).kind !== 'none' } : {}),
    spec: (ctx, prior) => distroBootCommand(ctx.tool('wsl.exe'), wslDistroFor(explicit, prior), options.bootTimeoutMs ?? BOOT_TIMEOUT_MS),
  };
}

/** The collector with what it waits for: the boot allowance first when it goes through WSL. */
export function distroProbes(options: DistroProbeOptions): Probe[] {
  return options.target === 'local' ? [distroProbe(options)] : [distroBootProbe(options), distroProbe(options)];
}
