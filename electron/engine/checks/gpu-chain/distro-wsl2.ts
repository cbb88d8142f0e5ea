import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, onWsl, probeVerdict, targetEvidence } from './common.js';
import { probesFor } from '../probe-needs.js';

/** The distro runs under WSL 2: WSL 1 has no GPU paravirtualization at all (failure #2). */
export const distroWsl2Check: Check = {
  id: 'distro.wsl2',
  category: 'gpu-chain',
  title: msg('check.distro.wsl2.title'),
  prerequisites: [],
  needs: probesFor('distro', 'wsl'),
  applies: onWsl,
  evaluate(facts) {
    const d = distroOf(facts);
    const problem = probeVerdict(d);
    if (problem || !d) return problem ?? { status: 'unknown', summary: msg('check.gpu.skip.noDistro') };
    const evidence = [ev('evidence.distro.kernel', d.kernelRelease), ev('evidence.distro.name', d.name), ...targetEvidence(d)];
    const probed = d.wslTarget?.name ?? facts.wsl?.defaultDistribution ?? '<distro>';
    if (d.wslGeneration === 1) {
      return {
        status: 'fail',
        summary: msg('check.distro.wsl2.fail.wsl1', { kernel: d.kernelRelease }),
        evidence,
        fix: { text: msg('fix.distro.wsl2', { distro: probed }) },
      };
    }
    // Named explicitly, a container tool's distro is probed as asked, with a warning about what it is.
    if (d.wslTarget?.utility) return { status: 'warn', summary: msg('check.distro.wsl2.warn.utility', { distro: probed }), evidence };
    if (d.wslGeneration === 2) return { status: 'pass', summary: msg('check.distro.wsl2.pass', { kernel: d.kernelRelease }), evidence };
    return { status: 'unknown', summary: msg('check.distro.wsl2.unknown'), evidence };
  },
};
