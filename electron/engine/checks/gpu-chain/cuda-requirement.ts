import type { DistroFacts } from '../../../contract/distro-facts.js';
import { TORCH_WHEELS } from '../../wheels/torch-wheels.js';

/**
 * What the installed frameworks need from the driver. CUDA minor-version compatibility lets a
 * cuXY build run on any driver of the same CUDA major; the floor of each major (Windows
 * numbering, also what nvidia-smi shows inside WSL, and Linux numbering) comes from
 * assets/data/torch-wheels.json (`driverFloors`, with NVIDIA's sources).
 */

/** Minimum driver per CUDA major, from the wheel table; empty when the table did not load. */
export const MIN_DRIVER: Readonly<Record<number, { windows: string; linux: string }>> = Object.fromEntries(
  Object.entries(TORCH_WHEELS?.driverFloors ?? {}).map(([major, f]) => [Number(major), { windows: f.windows, linux: f.linux }]),
);

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
export function cudaRequirement(d: DistroFacts): CudaRequirement | null {
  let best: CudaRequirement | null = null;
  for (const f of d.frameworks) {
    if (!f.installed || f.cudaBuild === null) continue;
    const major = Number(/^(\d{1,2})\./u.exec(f.cudaBuild)?.[1] ?? NaN);
    if (!Number.isFinite(major)) continue;
    if (best !== null && best.major >= major) continue;
    const min = MIN_DRIVER[major];
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
