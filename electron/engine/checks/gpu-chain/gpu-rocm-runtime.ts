import type { Evidence } from '../../../contract/checks.js';
import { msg } from '../../../contract/messages.js';
import type { Check, Verdict } from '../../model.js';
import { LEGACY_WSL_PACKAGE } from '../../facts/vendor-runtime-facts.js';
import { distroOf, ev, onWsl } from './common.js';
import { forVendor } from './vendor-gate.js';
import { probesFor } from '../probe-needs.js';

/**
 * AMD: a ROCm user space whose HSA runtime can reach the GPU through `/dev/dxg` (domain.md §4.2,
 * vendor facts §A). Current path: librocdxg under /opt/rocm/lib (ROCm ≥ 7.1). Legacy path: the
 * `hsa-runtime-rocr4wsl-amdgpu` runtime of `amdgpu-install --usecase=wsl` (ROCm 6.1.3–6.4.x),
 * which AMD no longer ships: it still works, so it warns. A plain Linux ROCm without either
 * never sees the GPU in WSL (there is no /dev/kfd).
 */
export const gpuRocmRuntimeCheck: Check = forVendor('amd', {
  id: 'gpu.rocm-runtime',
  category: 'gpu-chain',
  title: msg('check.gpu.rocmRuntime.title'),
  prerequisites: ['gpu.dxg'],
  needs: probesFor('distro'),
  applies: onWsl,
  evaluate(facts): Verdict {
    const r = distroOf(facts)?.rocm;
    if (!r) return { status: 'unknown', summary: msg('check.gpu.rocmRuntime.unknown') };
    const evidence: Evidence[] = [
      ev('evidence.gpu.rocdxgLibs', r.rocdxgLibs.join(', ') || 'none'),
      ev('evidence.gpu.hsaRuntimeLibs', r.hsaRuntimeLibs.join(', ') || 'none'),
      ev('evidence.gpu.rocmPackages', r.packages.join(', ') || 'none'),
    ];
    if (r.layout === 'rocdxg') return { status: 'pass', summary: msg('check.gpu.rocmRuntime.pass.rocdxg', { libs: r.rocdxgLibs.join(', ') }), evidence };
    if (r.layout === 'legacy-wsl') {
      return { status: 'warn', summary: msg('check.gpu.rocmRuntime.warn.legacy', { package: LEGACY_WSL_PACKAGE }), evidence, fix: { text: msg('fix.gpu.rocm.fromLegacy') } };
    }
    if (r.hsaRuntimeLibs.length > 0 || r.packages.length > 0) {
      return { status: 'fail', summary: msg('check.gpu.rocmRuntime.fail.noRocdxg'), evidence, fix: { text: msg('fix.gpu.rocm.rocdxg') } };
    }
    return { status: 'fail', summary: msg('check.gpu.rocmRuntime.fail.missing'), evidence, fix: { text: msg('fix.gpu.rocm.install') } };
  },
});
