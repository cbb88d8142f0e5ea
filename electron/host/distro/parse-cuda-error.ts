import type { CudaErrorKind } from '../../contract/distro-facts.js';

/**
 * Recognizes why a framework could not start CUDA from its exception text or stderr
 * (UserWarnings such as `CUDA initialization: Found no NVIDIA driver on your system`). The
 * messages come from PyTorch, TensorFlow and the CUDA runtime and are not localized. Ordered from
 * most to least specific.
 */

/** A recognized failure: its kind, the line that said so, and the driver's CUDA version when printed. */
export interface CudaErrorMatch {
  kind: CudaErrorKind;
  line: string;
  /** From `found version 11040` → `11.4`. */
  driverCudaVersion: string | null;
}

const MAX_INPUT = 64 * 1024;
const PATTERNS: readonly (readonly [CudaErrorKind, RegExp])[] = [
  ['no-kernel-image', /no kernel image is available/iu],
  ['driver-too-old', /driver on your system is too old|driver version is insufficient|CUDA_ERROR_INSUFFICIENT_DRIVER/iu],
  ['no-driver', /Found no NVIDIA driver/iu],
  ['driver-init-failed', /CUDA driver initialization failed/iu],
  ['not-compiled', /not compiled with CUDA enabled/iu],
  ['no-device', /no CUDA-capable device is detected|CUDA_ERROR_NO_DEVICE/iu],
  ['device-enumeration', /Unexpected error from cudaGetDeviceCount/iu],
  ['out-of-memory', /CUDA out of memory|CUDA_ERROR_OUT_OF_MEMORY/iu],
];
const FOUND = /found version (\d{4,6})/u;

/** Finds the most specific CUDA failure in the text, or null. Total: never throws, bounded. */
export function classifyCudaError(text: string | null | undefined): CudaErrorMatch | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const lines = text.slice(0, MAX_INPUT).split('\n');
  for (const [kind, re] of PATTERNS) {
    const line = lines.find((l) => l.length <= 8192 && re.test(l));
    if (line === undefined) continue;
    const found = FOUND.exec(line);
    const v = found ? Number(found[1]) : null;
    return {
      kind,
      line: line.trim().slice(0, 300),
      driverCudaVersion: v === null ? null : `${Math.floor(v / 1000)}.${Math.floor((v % 1000) / 10)}`,
    };
  }
  return null;
}
