import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, onWsl } from './common.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

/** `/usr/lib/wsl/lib` holds the Windows driver's `libcuda.so*` (domain.md §5.1). */
export const gpuWslLibCheck: Check = forVendor('nvidia', {
  id: 'gpu.wsl-lib',
  category: 'gpu-chain',
  title: msg('check.gpu.wslLib.title'),
  prerequisites: ['gpu.dxg'],
  needs: probesFor('distro'),
  applies: onWsl,
  evaluate(facts) {
    const lib = distroOf(facts)?.wslLib;
    if (!lib) return { status: 'unknown', summary: msg('check.gpu.wslLib.unknown') };
    const evidence = [ev('evidence.gpu.wslLibFiles', lib.present ? lib.libcuda.join(', ') || 'no libcuda' : 'missing')];
    const fix = { text: msg('fix.gpu.windowsDriver') };
    if (!lib.present) return { status: 'fail', summary: msg('check.gpu.wslLib.fail.missing'), evidence, fix };
    if (!lib.libcuda.includes('libcuda.so.1')) return { status: 'fail', summary: msg('check.gpu.wslLib.fail.noLibcuda'), evidence, fix };
    return { status: 'pass', summary: msg('check.gpu.wslLib.pass', { count: lib.libcuda.length }), evidence };
  },
});
