import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, onWsl } from './common.js';

/** Where WSL's own nvidia-smi lives; one elsewhere came from a Linux driver package or installer. */
const WSL_LIB = '/usr/lib/wsl/lib/';

/**
 * No Linux NVIDIA driver inside WSL: `nvidia-driver-*`, `nvidia-utils-*`, `libnvidia-compute-*`
 * or the generic `cuda` / `cuda-drivers` meta-packages put a Linux libcuda and nvidia-smi in
 * the distro that shadow the Windows driver's (the #1 self-inflicted break; failures #4, #5).
 */
export const gpuNoLinuxDriverCheck: Check = {
  id: 'gpu.no-linux-driver',
  category: 'gpu-chain',
  title: msg('check.gpu.noLinuxDriver.title'),
  prerequisites: ['distro.wsl2'],
  applies: onWsl,
  evaluate(facts) {
    const d = distroOf(facts);
    if (!d) return { status: 'unknown', summary: msg('check.gpu.skip.noDistro') };
    const foreignSmi = d.nvidiaSmiPath !== null && d.nvidiaSmiPath.startsWith('/') && !d.nvidiaSmiPath.startsWith(WSL_LIB) ? d.nvidiaSmiPath : null;
    const packages = d.linuxDriverPackages ?? [];
    const evidence = [ev('evidence.gpu.linuxDriverPackages', d.linuxDriverPackages === null ? null : packages.join(', ') || 'none'), ev('evidence.gpu.nvidiaSmiPath', d.nvidiaSmiPath)];
    if (packages.length > 0) {
      return {
        status: 'fail',
        summary: msg('check.gpu.noLinuxDriver.fail.packages', { packages: packages.join(', ') }),
        evidence,
        fix: { text: msg('fix.gpu.purgeLinuxDriver', { packages: packages.join(' ') }) },
      };
    }
    if (foreignSmi) {
      return { status: 'fail', summary: msg('check.gpu.noLinuxDriver.fail.foreignSmi', { path: foreignSmi }), evidence, fix: { text: msg('fix.gpu.removeForeignSmi', { path: foreignSmi }) } };
    }
    if (d.linuxDriverPackages === null) return { status: 'warn', summary: msg('check.gpu.noLinuxDriver.warn.noDpkg'), evidence };
    return { status: 'pass', summary: msg('check.gpu.noLinuxDriver.pass'), evidence };
  },
};
