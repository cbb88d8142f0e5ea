import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { distroOf, ev, onWsl } from './common.js';
import { probesFor } from '../probe-needs.js';

/** `/dev/dxg`, the paravirtualized GPU device of WSL 2 (domain.md §5.1, failure #2). */
export const gpuDxgCheck: Check = {
  id: 'gpu.dxg',
  category: 'gpu-chain',
  title: msg('check.gpu.dxg.title'),
  prerequisites: ['distro.wsl2'],
  needs: probesFor('distro'),
  applies: onWsl,
  evaluate(facts) {
    const d = distroOf(facts);
    if (!d || d.dxg === null) return { status: 'unknown', summary: msg('check.gpu.dxg.unknown') };
    const evidence = [ev('evidence.gpu.dxg', d.dxg ? '/dev/dxg' : 'missing'), ev('evidence.distro.kernel', d.kernelRelease)];
    if (d.dxg) return { status: 'pass', summary: msg('check.gpu.dxg.pass'), evidence };
    if (d.powerSource === 'battery') evidence.push(ev('evidence.gpu.powerSource', d.powerSource));
    return {
      status: 'fail',
      summary: msg(d.powerSource === 'battery' ? 'check.gpu.dxg.fail.battery' : 'check.gpu.dxg.fail'),
      evidence,
      fix: { text: msg('fix.gpu.dxg') },
    };
  },
};
