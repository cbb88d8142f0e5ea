import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, onNativeLinux, probeVerdict } from './common.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

/** Native Linux: the NVIDIA kernel module is loaded (`/proc/driver/nvidia/version`). */
export const gpuKernelModuleCheck: Check = forVendor('nvidia', {
  id: 'gpu.kernel-module',
  category: 'gpu-chain',
  title: msg('check.gpu.kernelModule.title'),
  prerequisites: [],
  needs: probesFor('distro'),
  applies: onNativeLinux,
  evaluate(facts) {
    const d = distroOf(facts);
    const problem = probeVerdict(d);
    if (problem || !d) return problem ?? { status: 'unknown', summary: msg('check.gpu.skip.noDistro') };
    const drv = d.nativeDriver;
    if (!drv) return { status: 'unknown', summary: msg('check.gpu.kernelModule.unknown') };
    const evidence = [ev('evidence.gpu.kernelModule', drv.kernelModuleVersion ?? 'not loaded'), ev('evidence.distro.kernel', d.kernelRelease)];
    if (drv.kernelModuleVersion === null) {
      return { status: 'fail', summary: msg('check.gpu.kernelModule.fail'), evidence, fix: { text: msg('fix.gpu.nativeDriver') } };
    }
    return { status: 'pass', summary: msg(drv.openKernelModule ? 'check.gpu.kernelModule.pass.open' : 'check.gpu.kernelModule.pass', { version: drv.kernelModuleVersion }), evidence };
  },
});
