import type { Evidence } from '../../../contract/checks.js';
import { msg } from '../../../contract/messages.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, ev, withDistro } from './common.js';
import { forVendor } from './vendor-gate.js';
import { probesFor } from '../probe-needs.js';

/**
 * AMD: `rocminfo` (run with HSA_ENABLE_DXG_DETECTION=1, which ROCm before 7.13 needs to look
 * for the WSL GPU) lists a GPU agent with its gfx ISA: the HSA runtime really reached the card.
 * This is the AMD chain's driver link, as `gpu.cuda-driver` is NVIDIA's.
 */
export const gpuRocminfoCheck: Check = forVendor('amd', {
  id: 'gpu.rocminfo',
  category: 'gpu-chain',
  title: msg('check.gpu.rocminfo.title'),
  prerequisites: ['gpu.rocm-runtime'],
  needs: probesFor('distro'),
  applies: withDistro,
  evaluate(facts): Verdict {
    const info = distroOf(facts)?.rocm?.rocminfo;
    if (!info) return { status: 'unknown', summary: msg('check.gpu.rocminfo.unknown') };
    const agents = info.gpuAgents.map((a) => (a.marketingName ? `${a.name} (${a.marketingName})` : a.name)).join(', ');
    const evidence: Evidence[] = [
      ev('evidence.gpu.rocminfoStatus', info.exitCode === null ? info.status : `${info.status}, exit ${info.exitCode}`),
      ev('evidence.gpu.rocmAgents', agents || 'none'),
      ev('evidence.gpu.rocminfoWsl', info.wslDetected),
    ];
    if (info.error) evidence.push(ev('evidence.gpu.rocminfoError', info.error));
    if (info.status === 'not-found') return { status: 'fail', summary: msg('check.gpu.rocminfo.fail.notFound'), evidence, fix: { text: msg('fix.gpu.rocm.install') } };
    if (info.status === 'timeout') return { status: 'fail', summary: msg('check.gpu.rocminfo.fail.timeout'), evidence, fix: { text: msg('fix.gpu.rocm.noAgent') } };
    if (info.gpuAgents.length > 0) return { status: 'pass', summary: msg('check.gpu.rocminfo.pass', { gpus: agents }), evidence };
    if (info.status === 'failed') {
      return { status: 'fail', summary: msg('check.gpu.rocminfo.fail.failed', { code: info.exitCode, error: info.error }), evidence, fix: { text: msg('fix.gpu.rocm.noAgent') } };
    }
    return { status: 'fail', summary: msg('check.gpu.rocminfo.fail.noAgent'), evidence, fix: { text: msg('fix.gpu.rocm.noAgent') } };
  },
});
