import type { Evidence } from '../../../contract/checks.js';
import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, withDistro } from './common.js';
import { afterPlatformRoad } from './platform-gate.js';
import { isWindowsDriverPath, WSL_LIBCUDA_SO1 } from '../../../host/distro/wsl-driver-home.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

/**
 * The dynamic loader finds the right `libcuda.so.1` first: on WSL the Windows driver's, anywhere
 * under `/usr/lib/wsl/` (the `lib/` shim in the cache, the DriverStore `libcuda.so.1.1` it loads
 * in the process); a copy outside it that the loader picks first shadows it and breaks CUDA. On
 * native Linux any from the driver. WSL's `libcuda.so.1` being a regular file (ldconfig warns
 * "is not a symbolic link" when it rebuilds its cache) is cosmetic (failure #6) and never fails
 * anything: it is shown as evidence only.
 */
export const gpuLibcudaResolvesCheck: Check = forVendor('nvidia', afterPlatformRoad({
  id: 'gpu.libcuda-resolves',
  category: 'gpu-chain',
  title: msg('check.gpu.libcuda.title'),
  prerequisites: [],
  needs: probesFor('distro'),
  applies: withDistro,
  evaluate(facts) {
    const d = distroOf(facts);
    if (!d) return { status: 'unknown', summary: msg('check.gpu.skip.noDistro') };
    const resolved = d.libcudaResolved;
    const mapped = d.cuda?.library ?? null;
    const evidence: Evidence[] = [ev('evidence.gpu.libcudaResolved', resolved), ev('evidence.gpu.libcudaMapped', mapped)];
    for (const w of d.ldconfigWarnings) evidence.push(ev('evidence.gpu.ldconfigHarmless', w));
    if (d.isWsl && d.wslLibcudaFileType === 'file') evidence.push(ev('evidence.gpu.libcudaRegularFile', WSL_LIBCUDA_SO1));
    if (!d.isWsl) {
      const path = resolved ?? mapped;
      if (path) return { status: 'pass', summary: msg('check.gpu.libcuda.pass', { path }), evidence };
      return { status: 'fail', summary: msg('check.gpu.libcuda.fail.notFoundNative'), evidence, fix: { text: msg('fix.gpu.nativeDriver') } };
    }
    const foreign = [mapped, resolved].find((p) => p !== null && !isWindowsDriverPath(p));
    if (foreign) return { status: 'fail', summary: msg('check.gpu.libcuda.fail.shadowed', { path: foreign }), evidence, fix: { text: msg('fix.gpu.shadowedLibcuda', { path: foreign }) } };
    if (resolved) return { status: 'pass', summary: msg('check.gpu.libcuda.pass', { path: resolved }), evidence };
    if (mapped) return { status: 'warn', summary: msg('check.gpu.libcuda.warn.notInCache', { path: mapped }), evidence, fix: { text: msg('fix.gpu.ldLibraryPath') } };
    return { status: 'fail', summary: msg('check.gpu.libcuda.fail.notFound'), evidence, fix: { text: msg('fix.gpu.ldLibraryPath') } };
  },
}));
