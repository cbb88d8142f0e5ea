import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, onNativeLinux } from './common.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

/** Native Linux: the driver's device nodes exist (`/dev/nvidiactl` and `/dev/nvidiaN`). */
export const gpuDevNvidiaCheck: Check = forVendor('nvidia', {
  id: 'gpu.dev-nvidia',
  category: 'gpu-chain',
  title: msg('check.gpu.devNvidia.title'),
  prerequisites: ['gpu.kernel-module'],
  needs: probesFor('distro'),
  applies: onNativeLinux,
  evaluate(facts) {
    const drv = distroOf(facts)?.nativeDriver;
    if (!drv) return { status: 'unknown', summary: msg('check.gpu.kernelModule.unknown') };
    const evidence = [ev('evidence.gpu.devNodes', drv.devNodes.join(', ') || 'none')];
    const gpuNodes = drv.devNodes.filter((p) => /^\/dev\/nvidia\d+$/u.test(p));
    if (!drv.devNodes.includes('/dev/nvidiactl') || gpuNodes.length === 0) {
      return { status: 'fail', summary: msg('check.gpu.devNvidia.fail'), evidence, fix: { text: msg('fix.gpu.devNvidia') } };
    }
    return { status: 'pass', summary: msg('check.gpu.devNvidia.pass', { count: gpuNodes.length }), evidence };
  },
});
