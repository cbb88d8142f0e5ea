import type { DistroFacts } from './distro-facts.js';
import type { HostState } from './host-state.js';
import type { NetworkFacts } from './network-facts.js';
import type { NvidiaFacts } from './nvidia-facts.js';
import type { ToolError } from './tool-error.js';

export type { DistroFacts } from './distro-facts.js';
export type { HostState } from './host-state.js';
export type { NetworkFacts } from './network-facts.js';
export type { NvidiaFacts, NvidiaGpu } from './nvidia-facts.js';
export type { ToolError } from './tool-error.js';

/**
 * Facts: what the probes read from the host, in one stable shape. This shape is part of the
 * public CLI output (`diagnose --json`), so fields are only ever added. Versions are strings
 * exactly as printed; a value that could not be read is `null`, never a guess.
 */

export interface WindowsFacts {
  version: string | null;
  build: number | null;
  ubr: number | null;
  edition: string | null;
  displayVersion: string | null;
  arch: 'x64' | 'arm64' | 'x86' | null;
  memoryMiB: number | null;
  systemDriveFreeMiB: number | null;
  elevated: boolean | null;
  isAdmin: boolean | null;
  pendingReboot: boolean | null;
}

export interface DistroInfo {
  name: string;
  state: string | null;
  version: number | null;
  isDefault: boolean;
}

export interface OnlineDistro {
  name: string;
  friendlyName: string;
}

/** `package`: the Store/MSI WSL package; `inbox`: the old Windows component stub only. */
export type WslKind = 'package' | 'inbox' | 'none';

export interface WslFacts {
  installed: boolean | null;
  kind: WslKind | null;
  version: string | null;
  kernelVersion: string | null;
  wslgVersion: string | null;
  msrdcVersion: string | null;
  direct3dVersion: string | null;
  dxcoreVersion: string | null;
  windowsVersion: string | null;
  defaultDistribution: string | null;
  defaultVersion: number | null;
  distros: DistroInfo[];
  /** From `wsl --list --online`, a network fetch: kept apart from the local answers below. */
  onlineDistros: OnlineDistro[];
  /** The first error of the local wsl.exe answers (--version, --status, --list --verbose). */
  error: ToolError | null;
  /** A recognised error of `wsl --list --online` (a download: WININET, HTTP), apart from `error`. */
  onlineError: ToolError | null;
  /**
   * What wsl.exe printed when it could not start the distro for the in-distro probe (e.g.
   * `HCS_E_HYPERV_NOT_INSTALLED`); null when it started or was not started. Apart from `error`:
   * it comes from the distro's start, which a check of Windows alone never waits for. Optional
   * only for facts built by hand (tests, older replays); the fact builder always sets it.
   */
  startError?: ToolError | null;
}

export type GpuVendor = 'nvidia' | 'amd' | 'intel' | 'microsoft' | 'other';

export interface WindowsGpu {
  name: string | null;
  vendor: GpuVendor | null;
  /** In the vendor's own form, e.g. NVIDIA `560.94`. */
  driverVersion: string | null;
  /** As Windows prints it, e.g. `32.0.15.6094`. */
  windowsDriverVersion: string | null;
  memoryMiB: number | null;
  /**
   * Where `driverVersion` comes from: `windows-version` (NVIDIA's and Intel's forms are read from
   * the Windows version), `adapter-registry` (AMD's Adrenalin release, the adapter's own
   * display-class entry) or `machine-registry` (AMD's release for the whole PC, SOFTWARE\AMD\CN).
   * Absent in facts built before it existed.
   */
  driverVersionFrom?: 'windows-version' | 'adapter-registry' | 'machine-registry' | null;
  /** The PCI device id (`744C`) from PNPDeviceID; null when the adapter has none. */
  pciDeviceId?: string | null;
  /** Discrete card or integrated GPU, from the PCI ids and memory (host/gpu/adapter-kind.ts); null when unknown. */
  kind?: 'discrete' | 'integrated' | null;
}

/** Everything the probes established. Sections are `null` when their probes did not run. */
export interface Facts {
  host: { platform: 'windows' | 'linux' | 'other'; simulated: boolean };
  windows: WindowsFacts | null;
  /** Virtualization, features, services, reboot signals, registrations (see host-state.ts). */
  windowsHost: HostState | null;
  wsl: WslFacts | null;
  nvidia: NvidiaFacts | null;
  gpus: WindowsGpu[] | null;
  /** Inside the distro (or this Linux machine): the GPU chain link by link (see distro-facts.ts). */
  distro: DistroFacts | null;
  /** Reachability of the download sites the install needs, through the user's proxy (see network-facts.ts). */
  network: NetworkFacts | null;
}

/** An empty WSL section: nothing known yet. */
export function emptyWslFacts(): WslFacts {
  return {
    installed: null,
    kind: null,
    version: null,
    kernelVersion: null,
    wslgVersion: null,
    msrdcVersion: null,
    direct3dVersion: null,
    dxcoreVersion: null,
    windowsVersion: null,
    defaultDistribution: null,
    defaultVersion: null,
    distros: [],
    onlineDistros: [],
    error: null,
    onlineError: null,
    startError: null,
  };
}
