import type { CheckResult, Readiness } from '../contract/checks.js';

/**
 * How far the machine is from "PyTorch trains on my GPU", judged only from checks that ran.
 * Nothing short of a framework seeing the GPU counts as verified, and a CPU fallback is never
 * called GPU-ready: the gpu-chain checks decide the upper levels.
 */
export function readinessFrom(checks: readonly CheckResult[]): Readiness {
  const chain = checks.filter((c) => c.category === 'gpu-chain');
  const passed = (id: string) => chain.some((c) => c.id === id && c.status === 'pass');
  const frameworks = chain.filter((c) => c.id.startsWith('framework.'));
  if (chain.length === 0 || chain.some((c) => c.status === 'fail')) return 'not-ready';
  if (frameworks.some((c) => c.status === 'pass') && passed('gpu.performance')) return 'verified-on-gpu';
  if (frameworks.some((c) => c.status === 'pass')) return 'verified';
  if (passed('gpu.cuda-driver')) return 'installed';
  return 'not-ready';
}
