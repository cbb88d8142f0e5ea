import type { Check } from '../../model.js';
import type { CheckReference } from '../reference.js';
import { distroWsl2Check } from './distro-wsl2.js';
import { dockerGpuCheck } from './docker-gpu.js';
import { frameworkJaxCheck } from './framework-jax.js';
import { frameworkTensorflowCheck } from './framework-tensorflow.js';
import { frameworkTorchDirectmlCheck } from './framework-torch-directml.js';
import { frameworkTorchCheck } from './framework-torch.js';
import { gpuCudaDriverCheck } from './gpu-cuda-driver.js';
import { gpuD3d12Check } from './gpu-d3d12.js';
import { gpuDevNvidiaCheck } from './gpu-dev-nvidia.js';
import { gpuDxgCheck } from './gpu-dxg.js';
import { gpuKernelModuleCheck } from './gpu-kernel-module.js';
import { gpuLevelZeroCheck } from './gpu-level-zero.js';
import { gpuLibcudaResolvesCheck } from './gpu-libcuda-resolves.js';
import { gpuNoLinuxDriverCheck } from './gpu-no-linux-driver.js';
import { gpuNvidiaSmiCheck } from './gpu-nvidia-smi.js';
import { gpuPerformanceCheck } from './gpu-performance.js';
import { gpuRocminfoCheck } from './gpu-rocminfo.js';
import { gpuRocmRuntimeCheck } from './gpu-rocm-runtime.js';
import { gpuWslLibCheck } from './gpu-wsl-lib.js';
import { toolkitCudaCheck } from './toolkit-cuda.js';

/**
 * The GPU chain inside the distro, link by link, in the order the dashboard lists them. WSL
 * links (`distro.wsl2` … `gpu.no-linux-driver`) and native links (`gpu.kernel-module`,
 * `gpu.dev-nvidia`) skip on the other kind of host; the shared links after them depend on
 * whichever road applies (see platform-gate.ts). `reference` holds the tables the benchmark is
 * judged against. Each vendor has its own links (NVIDIA: libcuda … CUDA driver; AMD:
 * gpu.rocm-runtime, gpu.rocminfo; Intel: gpu.level-zero; DirectML: gpu.d3d12); those of another
 * vendor than this PC's skip with the reason (vendor-gate.ts).
 */
export function gpuChainChecks(reference: CheckReference): Check[] {
  return [
    distroWsl2Check,
    gpuDxgCheck,
    gpuWslLibCheck,
    gpuNoLinuxDriverCheck,
    gpuKernelModuleCheck,
    gpuDevNvidiaCheck,
    gpuLibcudaResolvesCheck,
    gpuNvidiaSmiCheck,
    gpuCudaDriverCheck,
    gpuRocmRuntimeCheck,
    gpuRocminfoCheck,
    gpuLevelZeroCheck,
    gpuD3d12Check,
    toolkitCudaCheck,
    frameworkTorchCheck,
    frameworkTensorflowCheck,
    frameworkJaxCheck,
    frameworkTorchDirectmlCheck,
    gpuPerformanceCheck(reference.expectedGpus),
    dockerGpuCheck,
  ];
}
