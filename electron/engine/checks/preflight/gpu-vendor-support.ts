import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { pickComputeGpu } from '../../facts/compute-gpu.js';
import { isWindows11 } from '../../steps/stacks/gpu-facts.js';
import { rocmCardOf, xpuCardOf } from '../../steps/stacks/vendor-cards.js';
import { probesFor } from '../probe-needs.js';
import { fix, notCaptured, PROBES } from './shared.js';

/**
 * Does the compute GPU's vendor support it for ML in WSL? NVIDIA: any card with a WDDM driver
 * runs CUDA in WSL (the driver and wheel checks judge the rest). AMD: ROCm on WSL reaches only
 * the cards of AMD's list (librocdxg README, assets/data/gpu-vendors.json), on Windows 11. Intel:
 * PyTorch's XPU builds target Arc graphics, on WSL as best effort. A card off its vendor's list
 * is a warning, not a failure: DirectML (legacy) still reaches any DirectX 12 GPU.
 */
export const gpuVendorSupportCheck: Check = {
  id: 'gpu.vendor-support',
  category: 'preflight',
  title: msg('check.gpu.vendorSupport.title'),
  prerequisites: ['gpu.present'],
  needs: probesFor('inventory'),
  applies: onWindowsOnly,
  evaluate(facts) {
    if (facts.gpus === null) return notCaptured(PROBES.inventory);
    const gpu = pickComputeGpu(facts.gpus);
    if (gpu === null) return { status: 'unknown', summary: msg('check.gpu.vendorSupport.unknown') };
    const name = gpu.name ?? '?';
    const evidence = [{ label: msg('evidence.gpu.computeGpu'), value: name }];
    if (gpu.vendor === 'amd') {
      if (rocmCardOf([gpu]) === null) return { status: 'warn', summary: msg('check.gpu.vendorSupport.warn.amdCard', { name }), evidence, fix: fix('fix.gpu.vendorSupport.amdCard') };
      if (isWindows11(facts) === false) return { status: 'warn', summary: msg('check.gpu.vendorSupport.warn.amdWindows', { name }), evidence, fix: fix('fix.gpu.vendorSupport.amdWindows') };
      return { status: 'pass', summary: msg('check.gpu.vendorSupport.pass.amd', { name }), evidence };
    }
    if (gpu.vendor === 'intel') {
      if (xpuCardOf([gpu]) === null) return { status: 'warn', summary: msg('check.gpu.vendorSupport.warn.intelCard', { name }), evidence, fix: fix('fix.gpu.vendorSupport.intelCard') };
      return { status: 'pass', summary: msg('check.gpu.vendorSupport.pass.intel', { name }), evidence };
    }
    return { status: 'pass', summary: msg('check.gpu.vendorSupport.pass.nvidia', { name }), evidence };
  },
};
