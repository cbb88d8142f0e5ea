import type { TorchWheelTable } from './torch-wheels.js';

/**
 * The minimum NVIDIA driver per CUDA major under CUDA minor-version compatibility, built in so
 * that a missing or malformed assets/data/torch-wheels.json can never make a driver check pass
 * that would fail. This is the one source of truth: the table's `driverFloors` must carry the
 * same numbers (test/unit/engine/wheels/cuda-driver-floors.test.ts), with NVIDIA's sources
 * there. `windows` is the number nvidia-smi shows on Windows and inside WSL; `linux` native.
 */
export interface CudaDriverFloor {
  windows: string;
  linux: string;
}

/** Built-in floors (NVIDIA minor-version compatibility tables; sources in torch-wheels.json). */
export const BUILT_IN_DRIVER_FLOORS: Readonly<Record<number, CudaDriverFloor>> = {
  11: { windows: '452.39', linux: '450.80.02' },
  12: { windows: '528.33', linux: '525.60.13' },
  13: { windows: '580', linux: '580.65.06' },
};

/**
 * The floors the checks use: the built-in ones, plus any CUDA major only the table knows (a
 * newer table may add one). The table never replaces a built-in floor, so a bad or missing
 * table cannot lower it.
 */
export function driverFloorsFrom(table: TorchWheelTable | null): Readonly<Record<number, CudaDriverFloor>> {
  const out: Record<number, CudaDriverFloor> = {};
  for (const [major, f] of Object.entries(table?.driverFloors ?? {})) out[Number(major)] = { windows: f.windows, linux: f.linux };
  return { ...out, ...BUILT_IN_DRIVER_FLOORS };
}
