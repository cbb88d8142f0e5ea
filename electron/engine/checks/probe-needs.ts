import { DISTRO_BOOT_PROBE_ID, DISTRO_PROBE_ID } from '../probes/distro-probe.js';
import { NETWORK_PROBE_ID } from '../probes/network-probe.js';
import { NVIDIA_PROBE_IDS } from '../probes/nvidia-probes.js';
import { WINDOWS_PROBE_IDS } from '../probes/windows-probes.js';
import { WSL_PROBE_IDS } from '../probes/wsl-probes.js';

/**
 * The probes behind each section of the facts (see facts/build-facts.ts). A check declares the
 * sections it reads as `needs: probesFor('inventory', 'wsl')`, so a targeted verify runs only
 * those probes: re-checking a Windows feature never starts the distro. `facts.host` needs no
 * probe. The unit test check-needs.test.ts reads which sections each check touches and fails
 * when a check reads one its `needs` does not cover.
 */
export const FACT_PROBES = {
  /** `facts.windows`, `facts.windowsHost` and `facts.gpus`: the one PowerShell inventory. */
  inventory: [WINDOWS_PROBE_IDS.inventory],
  /** `facts.wsl`: wsl.exe's local answers, version, status and the distro list (its `error` comes from any of them). */
  wsl: [WSL_PROBE_IDS.version, WSL_PROBE_IDS.status, WSL_PROBE_IDS.listVerbose],
  /** `facts.wsl.onlineDistros` and `facts.wsl.onlineError`: `wsl --list --online`, a network fetch. */
  wslOnline: [WSL_PROBE_IDS.listOnline],
  /** `facts.nvidia`: Windows nvidia-smi.exe, the table and the CSV query (and its retry). */
  nvidia: [NVIDIA_PROBE_IDS.table, NVIDIA_PROBE_IDS.query, NVIDIA_PROBE_IDS.queryRetry],
  /** `facts.wsl.startError`: what wsl.exe printed when the boot allowance could not start the distro. */
  distroStart: [DISTRO_BOOT_PROBE_ID],
  /** `facts.distro`: the boot allowance and the collector; the distro list says which distro was probed. */
  distro: [WSL_PROBE_IDS.listVerbose, DISTRO_BOOT_PROBE_ID, DISTRO_PROBE_ID],
  /** `facts.network`: the reachability run. */
  network: [NETWORK_PROBE_ID],
} as const satisfies Record<string, readonly string[]>;

export type FactSource = keyof typeof FACT_PROBES;

/** The probe ids behind these fact sections, each once. */
export function probesFor(...sources: FactSource[]): readonly string[] {
  return [...new Set(sources.flatMap((s) => FACT_PROBES[s]))];
}
