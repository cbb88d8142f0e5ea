import type { DistroFacts } from '../../../contract/distro-facts.js';
import { driverFloorsFrom, type CudaDriverFloor } from '../../wheels/cuda-driver-floors.js';
import { TORCH_WHEELS } from '../../wheels/torch-wheels.js';

/**
 * What the installed frameworks need from the driver. CUDA minor-version compatibility lets a
 * cuXY build run on any driver of the same CUDA major; the floor of each major (Windows
 * numbering, also what nvidia-smi shows inside WSL, and Linux numbering) is built in
 * (cuda-driver-floors.ts), so a wheel table that fails to load never drops it; the table
 * (assets/data/torch-wheels.json, with NVIDIA's sources) holds the same numbers.
 */

/** Minimum driver per CUDA major: the built-in floors, plus majors only the wheel table knows. */
export const MIN_DRIVER: Readonly<Record<number, CudaDriverFloor>> = driverFloorsFrom(TORCH_WHEELS);

/** The strictest requirement among installed frameworks (and the benchmark's torch), or null. */
export interface CudaRequirement {
  major: number;
  /** `cuDriverGetVersion` value needed: major × 1000. */
  driverApi: number;
  /** Who needs it: `torch 2.9.0+cu130 (CUDA 13.0)`. */
  by: string;
  minDriver: string;
}

/** The requirement; null when no installed framework reports a CUDA build. */
export function cudaRequirement(d: DistroFacts, floors: Readonly<Record<number, CudaDriverFloor>> = MIN_DRIVER): CudaRequirement | null {
  let best: CudaRequirement | null = null;
  for (const f of d.frameworks) {
    if (!f.installed || f.cudaBuild === null) continue;
    const major = Number(/^(\d{1,2})\./u.exec(f.cudaBuild)?.[1] ?? NaN);
    if (!Number.isFinite(major)) continue;
    if (best !== null && best.major >= major) continue;
    const min = floors[major];
    best = {
      major,
      driverApi: major * 1000,
      by: `${f.name} ${f.version ?? ''} (CUDA ${f.cudaBuild})`.replace(/\s+/gu, ' '),
      minDriver: min ? (d.isWsl ? min.windows : min.linux) : `CUDA ${major}.0`,
    };
  }
  return best;
}

/** `12010` → `12.1`. */
export function driverApiText(v: number | null): string | null {
  return v === null ? null : `${Math.floor(v / 1000)}.${Math.floor((v % 1000) / 10)}`;
}
