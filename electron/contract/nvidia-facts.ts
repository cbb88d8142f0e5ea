import type { ToolError } from './tool-error.js';

/**
 * `facts.nvidia`: what `nvidia-smi` said, on Windows or inside the distro. Its own file so that
 * `facts.ts` and `distro-facts.ts` can both name it without importing each other.
 */

export interface NvidiaGpu {
  index: number | null;
  name: string | null;
  memoryTotalMiB: number | null;
  driverModel: string | null;
  busId: string | null;
  computeCapability: string | null;
}

export interface NvidiaFacts {
  driverVersion: string | null;
  cudaVersion: string | null;
  smiVersion: string | null;
  gpus: NvidiaGpu[];
  error: ToolError | null;
}
