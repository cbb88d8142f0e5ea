import { compareDriverVersions, nvidiaDriverFromWindows } from '../../../electron/host/nvidia-smi/driver-version.js';
import { BUILT_IN_DRIVER_FLOORS } from '../../../electron/engine/wheels/cuda-driver-floors.js';
import type { WindowsGpu } from './result.js';

/**
 * What the inside of a distro can tell about the Windows GPU. Card details come only from
 * recordings (named per card); what no recording gives stays unknown (null), never guessed.
 */

interface KnownCard {
  memoryMiB: number;
  computeCap: string;
  smCount: number | null;
  /** Where the numbers come from. */
  source: string;
}

const KNOWN_CARDS: Record<string, KnownCard> = {
  'NVIDIA GeForce RTX 4070': { memoryMiB: 12282, computeCap: '8.9', smCount: 46, source: 'test/fixtures/distro/probe/wsl-rtx4070-healthy.json (reconstructed; 46 SMs per the Ada whitepaper)' },
  'NVIDIA GeForce RTX 4090': { memoryMiB: 24564, computeCap: '8.9', smCount: 128, source: 'real-outputs nvidia-smi-wsl/02.txt (memory); 128 SMs per the Ada whitepaper' },
  'NVIDIA GeForce RTX 4080': { memoryMiB: 16376, computeCap: '8.9', smCount: null, source: 'real-outputs nvidia-smi-wsl/01.txt' },
  'NVIDIA GeForce RTX 3070': { memoryMiB: 8192, computeCap: '8.6', smCount: null, source: 'real-outputs nvidia-smi-wsl/04.txt' },
  'NVIDIA GeForce RTX 2060': { memoryMiB: 5934, computeCap: '7.5', smCount: null, source: 'real-outputs nvidia-smi-query-csv/01.txt; 7.5 from the nbody run' },
};

/**
 * Recorded pairs inside WSL: Windows driver → (the `NVIDIA-SMI` banner version, the driver's
 * CUDA version), from real-outputs nvidia-smi-wsl/01–04 and the reconstructed 4070 fixture.
 */
const RECORDED_DRIVERS: Record<string, { smi: string; cuda: string }> = {
  '546.33': { smi: '545.36', cuda: '12.3' },
  '555.85': { smi: '555.42.03', cuda: '12.5' },
  '531.68': { smi: '530.47', cuda: '12.1' },
  '516.94': { smi: '515.65.01', cuda: '11.6' },
  '581.80': { smi: '580.97', cuda: '13.0' },
};

export interface InsideGpu {
  name: string;
  driverVersion: string;
  computeCap: string | null;
  memoryMiB: number | null;
  smCount: number | null;
  /** `cuDriverGetVersion` as text (`13.0`), or null when no floor or recording says. */
  cudaText: string | null;
  smiVersion: string;
}

export const isNvidia = (g: WindowsGpu): boolean => /nvidia/iu.test(g.vendor);

/**
 * The CUDA version a driver supports: the recorded one when this driver was recorded, else the
 * highest CUDA major whose minor-version-compatibility floor it meets, as `major.0` (a lower
 * bound: the real driver may report a later minor).
 */
export function cudaTextOf(driver: string): string | null {
  const recorded = RECORDED_DRIVERS[driver];
  if (recorded) return recorded.cuda;
  const majors = Object.keys(BUILT_IN_DRIVER_FLOORS).map(Number).sort((a, b) => b - a);
  const major = majors.find((m) => (compareDriverVersions(driver, BUILT_IN_DRIVER_FLOORS[m]?.windows ?? '') ?? -1) >= 0);
  return major === undefined ? null : `${major}.0`;
}

/** `13.0` → 13000 (cuDriverGetVersion's encoding). */
export const cudaIntOf = (text: string): number => {
  const [ma, mi] = text.split('.').map(Number);
  return (ma ?? 0) * 1000 + (mi ?? 0) * 10;
};

/** The first NVIDIA GPU as WSL 2 shows it, or null (WSL 1, or no NVIDIA card). */
export function insideNvidiaGpu(gpus: readonly WindowsGpu[], wslVersion: 1 | 2): InsideGpu | null {
  const g = wslVersion === 2 ? gpus.find(isNvidia) : undefined;
  if (!g) return null;
  const known = KNOWN_CARDS[g.name];
  // The Windows side may hold the WDDM form (32.0.15.8180); inside WSL nvidia-smi shows NVIDIA's (581.80).
  const driver = nvidiaDriverFromWindows(g.driverVersion) ?? g.driverVersion;
  return {
    name: g.name,
    driverVersion: driver,
    computeCap: g.computeCap ?? known?.computeCap ?? null,
    memoryMiB: known?.memoryMiB ?? null,
    smCount: known?.smCount ?? null,
    cudaText: cudaTextOf(driver),
    smiVersion: RECORDED_DRIVERS[driver]?.smi ?? driver,
  };
}

/** True when the driver meets the floor of a CUDA major (cuda-driver-floors.ts). */
export function driverMeetsCuda(driver: string, cudaMajor: number): boolean {
  const floor = BUILT_IN_DRIVER_FLOORS[cudaMajor]?.windows;
  return floor !== undefined && (compareDriverVersions(driver, floor) ?? -1) >= 0;
}
