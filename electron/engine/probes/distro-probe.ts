import { distroProbeCommand, localProbeCommand, type ProbeOptions } from '../../host/distro/commands.js';
import { toDistroName } from '../../host/distro/distro-name.js';
import { probeScriptText } from '../../host/distro/probe-script.js';
import type { Probe } from '../model.js';

/** Probe id, also the capture id of a diagnostics bundle. */
export const DISTRO_PROBE_ID = 'distro.probe';

/** Where the collector runs: this machine (native Linux) or a WSL distro via wsl.exe. */
export interface DistroProbeOptions extends ProbeOptions {
  target: 'local' | 'wsl';
  /** The WSL distro; absent means WSL's default distribution. Must pass the allow-list. */
  distro?: string;
  /** Folder of the collector sources (a packaged app's resources); default assets/probe of the checkout. */
  scriptDir?: string;
}

/**
 * The in-distro GPU-chain probe: one collector run whose stdout is a JSON document (see
 * electron/host/distro/parse-probe-document.ts). Throws a RangeError at construction for a
 * distro name outside the allow-list: probing another distro (the default) instead would
 * report facts about the wrong system.
 */
export function distroProbe(options: DistroProbeOptions): Probe {
  const probeOptions: ProbeOptions = { bench: options.bench, ...(options.python !== undefined ? { python: options.python } : {}) };
  const stdin = (): string => probeScriptText(options.scriptDir);
  if (options.target === 'local') {
    return { id: DISTRO_PROBE_ID, platforms: ['linux'], spec: () => localProbeCommand(probeOptions), stdin };
  }
  const distro = options.distro === undefined ? null : toDistroName(options.distro);
  if (options.distro !== undefined && distro === null) {
    throw new RangeError(`not an allow-listed WSL distro name: ${JSON.stringify(options.distro.slice(0, 80))}`);
  }
  return { id: DISTRO_PROBE_ID, platforms: ['windows'], spec: (ctx) => distroProbeCommand(ctx.tool('wsl.exe'), distro, probeOptions), stdin };
}

/** The probe for this host: the local collector on Linux, the default distro on Windows. */
export function defaultDistroProbe(platform: 'windows' | 'linux' | 'other', bench = false): Probe | null {
  if (platform === 'linux') return distroProbe({ target: 'local', bench });
  if (platform === 'windows') return distroProbe({ target: 'wsl', bench });
  return null;
}
