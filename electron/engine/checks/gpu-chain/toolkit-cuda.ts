import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, withDistro } from './common.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

/**
 * The CUDA toolkit (nvcc) in the distro. Only needed to compile CUDA code: PyTorch, TensorFlow
 * and JAX wheels bundle their CUDA libraries, so absent is a pass (domain.md §5.3). Warns when it
 * did not come from NVIDIA's wsl-ubuntu repository or is newer than the driver can run.
 */
export const toolkitCudaCheck: Check = forVendor('nvidia', {
  id: 'toolkit.cuda',
  category: 'gpu-chain',
  title: msg('check.toolkit.cuda.title'),
  // Judged once the driver works: only then can a toolkit run what it builds.
  prerequisites: ['gpu.cuda-driver'],
  needs: probesFor('distro'),
  applies: withDistro,
  evaluate(facts) {
    const d = distroOf(facts);
    const t = d?.toolkit;
    if (!d || !t || (t.nvccVersion === null && t.packages.length === 0)) {
      return { status: 'pass', summary: msg('check.toolkit.cuda.pass.notNeeded') };
    }
    const evidence = [ev('evidence.toolkit.nvcc', t.nvccVersion), ev('evidence.toolkit.packages', t.packages.join(', ') || 'none')];
    if (d.isWsl && t.fromWslUbuntuRepo === false) {
      return { status: 'warn', summary: msg('check.toolkit.cuda.warn.notWslRepo'), evidence, fix: { text: msg('fix.toolkit.wslRepo') } };
    }
    const toolkitMajor = Number(/^(\d+)\./u.exec(t.nvccVersion ?? '')?.[1] ?? NaN);
    const driver = d.cuda?.driverVersion ?? null;
    if (Number.isFinite(toolkitMajor) && driver !== null && driver > 0 && Math.floor(driver / 1000) < toolkitMajor) {
      evidence.push(ev('evidence.gpu.driverApi', d.cuda?.driverVersionText ?? String(driver)));
      return { status: 'warn', summary: msg('check.toolkit.cuda.warn.newerThanDriver', { toolkit: t.nvccVersion, driver: d.cuda?.driverVersionText ?? null }), evidence, fix: { text: msg('fix.gpu.windowsDriver') } };
    }
    return { status: 'pass', summary: msg('check.toolkit.cuda.pass.present', { version: t.nvccVersion ?? t.packages[0] ?? null }), evidence };
  },
});
