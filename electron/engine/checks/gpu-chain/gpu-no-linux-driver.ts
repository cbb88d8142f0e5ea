import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, onWsl } from './common.js';
import { isWindowsDriverPath } from '../../../host/distro/wsl-driver-home.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

/**
 * No Linux NVIDIA driver inside WSL: `nvidia-driver-*`, `nvidia-utils-*`, `libnvidia-compute-*`,
 * `libcuda1` or the `cuda-drivers` meta-package put a Linux libcuda and nvidia-smi in the distro
 * that shadow the Windows driver's (the #1 self-inflicted break; failures #4, #5). The `cuda`
 * meta-package alone is no driver (from NVIDIA's wsl-ubuntu repository it pulls only the
 * toolkit): shown as evidence. WSL's own nvidia-smi is anywhere under `/usr/lib/wsl/`.
 */
export const gpuNoLinuxDriverCheck: Check = forVendor('nvidia', {
  id: 'gpu.no-linux-driver',
  category: 'gpu-chain',
  title: msg('check.gpu.noLinuxDriver.title'),
  prerequisites: ['distro.wsl2'],
  needs: probesFor('distro'),
  applies: onWsl,
  evaluate(facts) {
    const d = distroOf(facts);
    if (!d) return { status: 'unknown', summary: msg('check.gpu.skip.noDistro') };
    const foreignSmi = d.nvidiaSmiPath !== null && d.nvidiaSmiPath.startsWith('/') && !isWindowsDriverPath(d.nvidiaSmiPath) ? d.nvidiaSmiPath : null;
    const packages = d.linuxDriverPackages ?? [];
    const evidence = [ev('evidence.gpu.linuxDriverPackages', d.linuxDriverPackages === null ? null : packages.join(', ') || 'none'), ev('evidence.gpu.nvidiaSmiPath', d.nvidiaSmiPath)];
    const meta = d.cudaMetaPackages ?? [];
    if (meta.length > 0) evidence.push(ev('evidence.gpu.cudaMetaPackages', meta.join(', ')));
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
});
