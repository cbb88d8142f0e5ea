import { msg } from '../../../contract/messages.js';
import { recommendTorchWheel } from '../../wheels/recommend-torch-wheel.js';
import { jaxCudaFor } from './options.js';
import { nvidiaOf } from './gpu-facts.js';
import { intelRuntime } from './intel-runtime.js';
import { rocmRuntime } from './rocm-runtime.js';
import { venvStackStep } from './venv-stack.js';
import type { VendorRuntime } from './vendor-runtime.js';

/**
 * The Python stacks and what each installs. Download sizes are estimates: anchored on the
 * recorded pip outputs in test/fixtures/steps/pip (torch 2.0.1 wheel 619.9 MB, torch 2.1.0+cu118
 * 2325.9 MB with CUDA inside) and domain.md §6.1 (CUDA wheels bundle the runtime, cuDNN and NCCL
 * as nvidia-* dependencies); seconds assume ~10 MB/s. Not measured on this release.
 */

/** The plain PyPI index: `''` (no --index-url). */
const PYPI = '';

/** PyTorch CUDA: the wheel variant recommendTorchWheel picks from assets/data/torch-wheels.json. */
export const pytorchStep = venvStackStep({
  stack: 'pytorch',
  title: msg('step.stack.pytorch.title'),
  description: msg('step.stack.pytorch.description'),
  allowed: ['torch', 'torchvision'],
  choose(facts) {
    const nv = nvidiaOf(facts);
    const advice = recommendTorchWheel({ arch: nv?.computeCapability ?? null, driver: nv?.driver ?? null, numbering: 'windows' });
    // stackOptions only offers this stack when the advice is ok; PyPI is never a silent fallback.
    if (!advice.ok) throw new Error(`no PyTorch wheel for this GPU: ${advice.reason}`);
    return { packages: ['torch', 'torchvision'], indexUrl: advice.indexUrl };
  },
  uninstall: (pkgs) => [...pkgs],
  verify: ['framework.torch'],
  estimate: { downloadBytes: 3_200_000_000, seconds: 600 },
});

/** TensorFlow with its CUDA 12 pip libraries (Linux/WSL only). */
export const tensorflowStep = venvStackStep({
  stack: 'tensorflow',
  title: msg('step.stack.tensorflow.title'),
  description: msg('step.stack.tensorflow.description'),
  allowed: ['tensorflow[and-cuda]'],
  choose: () => ({ packages: ['tensorflow[and-cuda]'], indexUrl: PYPI }),
  uninstall: () => ['tensorflow'],
  verify: ['framework.tensorflow'],
  estimate: { downloadBytes: 3_000_000_000, seconds: 600 },
});

/** JAX: `jax[cuda13]` on a 580+ driver and Turing or newer, else `jax[cuda12]`. */
export const jaxStep = venvStackStep({
  stack: 'jax',
  title: msg('step.stack.jax.title'),
  description: msg('step.stack.jax.description'),
  allowed: ['jax[cuda13]', 'jax[cuda12]'],
  choose(facts) {
    const nv = nvidiaOf(facts);
    return { packages: [`jax[${jaxCudaFor(nv?.driver ?? null, nv?.computeCapability ?? null)}]`], indexUrl: PYPI };
  },
  uninstall: (pkgs) => ['jax', 'jaxlib', ...pkgs.flatMap((p) => (p === 'jax[cuda13]' ? ['jax-cuda13-plugin', 'jax-cuda13-pjrt'] : ['jax-cuda12-plugin', 'jax-cuda12-pjrt']))],
  verify: ['framework.jax'],
  estimate: { downloadBytes: 2_000_000_000, seconds: 420 },
});

/** A PyTorch build from one of PyTorch's vendor indexes (ROCm, XPU): torch and torchvision, verified by framework.torch. */
function vendorTorchStep(
  stack: 'pytorch-rocm' | 'pytorch-xpu',
  key: string,
  indexUrl: string,
  estimate: { downloadBytes: number; seconds: number },
  runtime: VendorRuntime,
) {
  return venvStackStep({
    stack,
    title: msg(`step.stack.${key}.title`),
    description: msg(`step.stack.${key}.description`),
    allowed: ['torch', 'torchvision'],
    choose: () => ({ packages: ['torch', 'torchvision'], indexUrl }),
    runtime,
    uninstall: (pkgs) => [...pkgs],
    verify: ['framework.torch'],
    estimate,
  });
}

/**
 * PyTorch for AMD: AMD's ROCm 7.2 runtime with librocdxg (rocm-runtime.ts), then PyTorch's ROCm
 * 7.2 wheels. The stack counts as done only when framework.torch runs a tensor op on the GPU.
 * Estimate: ROCm's runtime packages ~300 MB, the wheels ~4.5 GB (not measured).
 */
export const pytorchRocmStep = vendorTorchStep('pytorch-rocm', 'pytorchRocm', 'https://download.pytorch.org/whl/rocm7.2', { downloadBytes: 4_800_000_000, seconds: 1000 }, rocmRuntime);

/**
 * PyTorch for Intel Arc (XPU wheels; best-effort on WSL, domain.md §4.3), after Intel's Level Zero
 * and OpenCL runtime from Intel's GPU repository: the wheels bring SYCL but not the GPU driver.
 * Estimate: the runtime packages are ~100 MB (not measured), the wheels as before.
 */
export const pytorchXpuStep = vendorTorchStep('pytorch-xpu', 'pytorchXpu', 'https://download.pytorch.org/whl/xpu', { downloadBytes: 2_600_000_000, seconds: 660 }, intelRuntime);

/** torch-directml (legacy, torch 2.4 line): any DX12 GPU; needs BLAS, OpenMP and LAPACK from apt (domain.md §6.1). */
export const directmlStep = venvStackStep({
  stack: 'directml',
  title: msg('step.stack.directml.title'),
  description: msg('step.stack.directml.description'),
  allowed: ['torch-directml'],
  // `libomp5` is llvm-defaults' package for the release's own LLVM OpenMP runtime: on Ubuntu 24.04
  // 1:18.0-59~exp2 → libomp5-18 (https://packages.ubuntu.com/noble/amd64/libomp5), on 22.04 →
  // libomp5-14 (Debian 12 ships the same shape: 1:14.0-55.7~deb12u1, Depends: libomp5-14). A
  // versioned name would hold on one release only.
  aptPackages: ['libblas3', 'libomp5', 'liblapack3'],
  choose: () => ({ packages: ['torch-directml'], indexUrl: PYPI }),
  uninstall: () => ['torch-directml', 'torch', 'torchvision'],
  verify: ['framework.torch_directml'],
  estimate: { downloadBytes: 300_000_000, seconds: 180 },
});
