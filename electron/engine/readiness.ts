import type { CheckResult, CheckStatus, Readiness } from '../contract/checks.js';
import { isUsable } from './evaluate-checks.js';

/**
 * How far the machine is from "PyTorch trains on my GPU", judged only from gpu-chain checks
 * that ran, through each GPU chain on its own (NVIDIA, AMD, Intel, DirectML); the best chain
 * gives the level. For one chain:
 * - `not-ready`: a link of the chain up to its driver link failed, or the driver link was never
 *   shown to work (links of another vendor's chain skip, so that chain is simply not-ready);
 * - `installed`: the stack is present: the driver link works (CUDA driver API, rocminfo's GPU
 *   agent, Level Zero; DirectML has no such level, see `installedByDriver`);
 * - `verified`: a framework of the chain imported and saw the GPU;
 * - `verified-on-gpu`: a framework of the chain ran a real tensor op on the GPU (its check
 *   passes), and the performance check allows it:
 *   - NVIDIA: `gpu.performance` passes (the benchmark is within the range of
 *     assets/perf/expected-gpus.json), as before;
 *   - AMD, Intel, DirectML: that table holds NVIDIA cards only, and no reference figure is
 *     invented for other cards, so the tensor op on the GPU is the proof: the performance
 *     check must not fail or warn (a benchmark that found no GPU, crashed or gave untrusted
 *     figures), and it may skip (not run, no reference for the card, not measurable on XPU).
 * A CPU-only build or CPU fallback fails its framework check, so it never counts as GPU-ready.
 * Optional links (toolkit, docker) do not lower the level.
 */

interface Chain {
  /** Links up to and including the driver link; one failing means this chain is not ready. */
  core: readonly string[];
  /** The link that shows the stack works (`installed`). */
  driver: string;
  frameworks: readonly string[];
  /** True: verified-on-gpu needs an in-range benchmark (reference figures exist). */
  benchmarkJudged: boolean;
  /**
   * False for DirectML: its driver link (the D3D12 libraries WSL always shares) shows nothing
   * was installed, so the chain counts only once its framework saw the GPU.
   */
  installedByDriver: boolean;
}

/** The NVIDIA chain's links up to and including the driver API; one failing means not ready. */
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

export const CHAINS: Readonly<Record<'nvidia' | 'amd' | 'intel' | 'directml', Chain>> = {
  nvidia: { core: CORE_LINKS, driver: 'gpu.cuda-driver', frameworks: ['framework.torch', 'framework.tensorflow', 'framework.jax', 'framework.torch_directml'], benchmarkJudged: true, installedByDriver: true },
  amd: { core: ['distro.wsl2', 'gpu.dxg', 'gpu.rocm-runtime', 'gpu.rocminfo'], driver: 'gpu.rocminfo', frameworks: ['framework.torch'], benchmarkJudged: false, installedByDriver: true },
  intel: { core: ['distro.wsl2', 'gpu.dxg', 'gpu.level-zero'], driver: 'gpu.level-zero', frameworks: ['framework.torch'], benchmarkJudged: false, installedByDriver: true },
  directml: { core: ['distro.wsl2', 'gpu.dxg', 'gpu.d3d12'], driver: 'gpu.d3d12', frameworks: ['framework.torch_directml'], benchmarkJudged: false, installedByDriver: false },
};

const ORDER: readonly Readiness[] = ['not-ready', 'installed', 'verified', 'verified-on-gpu'];

function chainReadiness(chain: Chain, status: (id: string) => CheckStatus | undefined): Readiness {
  if (chain.core.some((id) => status(id) === 'fail')) return 'not-ready';
  if (!isUsable(status(chain.driver))) return 'not-ready';
  const frameworks = chain.frameworks.map(status);
  const perf = status('gpu.performance');
  const perfAllows = chain.benchmarkJudged ? perf === 'pass' : perf === undefined || perf === 'pass' || perf === 'skip';
  if (frameworks.includes('pass') && perfAllows) return 'verified-on-gpu';
  if (frameworks.some(isUsable)) return 'verified';
  return chain.installedByDriver ? 'installed' : 'not-ready';
}

/** The readiness level the check results support: the best of the chains. Pure. */
export function readinessFrom(checks: readonly CheckResult[]): Readiness {
  const chain = checks.filter((c) => c.category === 'gpu-chain');
  const status = (id: string): CheckStatus | undefined => chain.find((c) => c.id === id)?.status;
  let best = 0;
  for (const c of Object.values(CHAINS)) best = Math.max(best, ORDER.indexOf(chainReadiness(c, status)));
  return ORDER[best] ?? 'not-ready';
}
