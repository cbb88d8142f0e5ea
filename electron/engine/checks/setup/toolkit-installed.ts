import { msg } from '../../../contract/messages.js';
import { ev } from '../gpu-chain/common.js';
import { forVendor } from '../gpu-chain/vendor-gate.js';
import { distroCheck } from './probed-distro.js';

/**
 * A CUDA toolkit is installed in the distro. `toolkit.cuda` judges a toolkit that is there (and
 * passes when none is, since PyTorch and friends do not need one); the CUDA-professional profile
 * asks for one, so its step verifies with this. NVIDIA's only: on an AMD or Intel PC it skips
 * with the reason (vendor-gate.ts), never fails.
 */
export const toolkitInstalledCheck = forVendor('nvidia', distroCheck('toolkit.installed', 'setup.check.toolkitInstalled.title', (d) => {
  const t = d.toolkit;
  if (t && (t.nvccVersion !== null || t.packages.length > 0)) {
    return { status: 'pass', summary: msg('setup.check.toolkitInstalled.pass', { version: t.nvccVersion ?? t.packages[0] ?? null }), evidence: [ev('setup.evidence.toolkitPackages', t.packages.join(', ') || null)] };
  }
  return { status: 'fail', summary: msg('setup.check.toolkitInstalled.fail'), fix: { text: msg('setup.fix.toolkitInstalled'), stepId: 'stack.cuda-toolkit' } };
}));
