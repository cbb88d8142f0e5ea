import type { Evidence } from '../../../contract/checks.js';
import { msg } from '../../../contract/messages.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, ev, probeVerdict, tccGpus, withDistro } from './common.js';
import { cudaRequirement, driverApiText } from './cuda-requirement.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

/**
 * The CUDA driver API initializes through libcuda (ctypes, no toolkit) and sees a device, and
 * the driver is new enough for the CUDA build of every installed framework (failure #8).
 */
export const gpuCudaDriverCheck: Check = forVendor('nvidia', {
  id: 'gpu.cuda-driver',
  category: 'gpu-chain',
  title: msg('check.gpu.cudaDriver.title'),
  prerequisites: ['gpu.libcuda-resolves', 'gpu.nvidia-smi'],
  needs: probesFor('distro', 'nvidia'),
  applies: withDistro,
  evaluate(facts): Verdict {
    const d = distroOf(facts);
    const c = d?.cuda;
    if (!d || !c) return probeVerdict(d ?? null) ?? { status: 'unknown', summary: msg('check.gpu.cudaDriver.unknown') };
    const text = c.driverVersionText ?? driverApiText(c.driverVersion);
    const evidence: Evidence[] = [
      ev('evidence.gpu.cudaStatus', c.status),
      ev('evidence.gpu.driverApi', text),
      ev('evidence.gpu.libcudaMapped', c.library),
      ev('evidence.gpu.devices', c.devices.map((x) => `${x.name ?? '?'} (${x.computeCapability ?? '?'})`).join(', ') || 'none'),
    ];
    if (c.error) evidence.push(ev('evidence.gpu.cudaError', `${c.error.call}: ${c.error.name ?? ''} (${c.error.code ?? '?'})`));
    const update = { text: msg('fix.gpu.windowsDriver') };
    if (c.status === 'ok' && c.devices.length > 0) {
      const need = cudaRequirement(d);
      if (need && c.driverVersion !== null && c.driverVersion < need.driverApi) {
        evidence.push(ev('evidence.gpu.requiredBy', need.by));
        return {
          status: 'fail',
          summary: msg('check.gpu.cudaDriver.fail.tooOld', { driver: text, needed: `${need.major}.0`, by: need.by, minDriver: need.minDriver }),
          evidence,
          fix: { text: msg('fix.gpu.driverOrWheel', { minDriver: need.minDriver }) },
        };
      }
      return { status: 'pass', summary: msg('check.gpu.cudaDriver.pass', { driver: text, count: c.devices.length }), evidence };
    }
    const tcc = d.isWsl ? tccGpus(facts) : [];
    switch (c.status) {
      case 'ok':
      case 'no-device':
        if (tcc.length > 0) return { status: 'fail', summary: msg('check.gpu.cudaDriver.fail.tcc', { gpus: tcc.join(', ') }), evidence, fix: { text: msg('fix.gpu.wddm') } };
        return { status: 'fail', summary: msg('check.gpu.cudaDriver.fail.noDevice'), evidence, fix: update };
      case 'no-library':
        return { status: 'fail', summary: msg('check.gpu.cudaDriver.fail.noLibrary'), evidence, fix: { text: msg(d.isWsl ? 'fix.gpu.windowsDriver' : 'fix.gpu.nativeDriver') } };
      case 'init-failed':
        if (c.error?.code === 34) return { status: 'fail', summary: msg('check.gpu.cudaDriver.fail.stub', { path: c.library }), evidence, fix: { text: msg('fix.gpu.stubs') } };
        if (c.error?.code === 35) return { status: 'fail', summary: msg('check.gpu.cudaDriver.fail.insufficient', { driver: text }), evidence, fix: update };
        return { status: 'fail', summary: msg('check.gpu.cudaDriver.fail.init', { error: c.error?.name ?? null, code: c.error?.code ?? null }), evidence, fix: update };
      case 'not-run':
        return { status: 'unknown', summary: msg('check.gpu.cudaDriver.unknown'), evidence };
      default:
        return { status: 'fail', summary: msg('check.gpu.cudaDriver.fail.crashed', { status: c.status, error: c.error?.name ?? null }), evidence, fix: update };
    }
  },
});
