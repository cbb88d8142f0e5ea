import type { DistroFacts } from '../../../contract/distro-facts.js';

/**
 * What the installed frameworks need from the driver. CUDA minor-version compatibility lets a
 * cuXY build run on any driver of the same CUDA major: cu12x needs driver API ≥ 12.0 (Windows
 * driver ≥ 528.33, Linux ≥ 525.60.13), cu13x needs ≥ 13.0 (≥ 580 on both; domain.md §4.1, §6.1).
 */

/** Minimum driver per CUDA major, Windows numbering (what nvidia-smi shows inside WSL) and Linux numbering. */
export const MIN_DRIVER: Readonly<Record<number, { windows: string; linux: string }>> = {
  11: { windows: '452.39', linux: '450.80.02' },
  12: { windows: '528.33', linux: '525.60.13' },
  13: { windows: '580', linux: '580.65.06' },
};

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
