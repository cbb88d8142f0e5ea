import type { CheckResult, CheckStatus, Readiness } from '../contract/checks.js';
import { isUsable } from './evaluate-checks.js';

/**
 * How far the machine is from "PyTorch trains on my GPU", judged only from gpu-chain checks
 * that ran:
 * - `not-ready`: a link up to the CUDA driver failed, or the driver API was never shown to work;
 * - `installed`: the stack is present: the CUDA driver API initializes and sees a device;
 * - `verified`: a framework imported and saw the GPU;
 * - `verified-on-gpu`: a framework ran a real tensor op on the GPU (its check passes) and the
 *   benchmark is within the expected range (`gpu.performance` passes).
 * A CPU-only build or CPU fallback fails its framework check, so it never counts as GPU-ready.
 * Optional links (toolkit, docker) do not lower the level.
 */

/** Links of the chain up to and including the driver API; one failing means not ready. */
export const CORE_LINKS: readonly string[] = [
  'distro.wsl2',
  'gpu.dxg',
  'gpu.wsl-lib',
  'gpu.no-linux-driver',
  'gpu.kernel-module',
  'gpu.dev-nvidia',
  'gpu.libcuda-resolves',
  'gpu.nvidia-smi',
  'gpu.cuda-driver',
];

/** The readiness level the check results support. Pure. */
export function readinessFrom(checks: readonly CheckResult[]): Readiness {
  const chain = checks.filter((c) => c.category === 'gpu-chain');
  const status = (id: string): CheckStatus | undefined => chain.find((c) => c.id === id)?.status;
  if (chain.some((c) => CORE_LINKS.includes(c.id) && c.status === 'fail')) return 'not-ready';
  if (!isUsable(status('gpu.cuda-driver'))) return 'not-ready';
  const frameworks = chain.filter((c) => c.id.startsWith('framework.'));
  if (frameworks.some((c) => c.status === 'pass') && status('gpu.performance') === 'pass') return 'verified-on-gpu';
  if (frameworks.some((c) => isUsable(c.status))) return 'verified';
  return 'installed';
}
