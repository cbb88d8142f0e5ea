import type { Evidence, Fix } from '../../../contract/checks.js';
import type { Msg } from '../../../contract/messages.js';
import { msg } from '../../../contract/messages.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, ev, tccGpus, withDistro } from './common.js';
import { afterPlatformRoad } from './platform-gate.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

function failure(code: string, wsl: boolean, tcc: string[], message: string): { summary: Msg; fix: Fix } {
  if (tcc.length > 0 && ['gpu-access-blocked', 'no-devices', 'device-handle', 'no-gpus'].includes(code)) {
    return { summary: msg('check.gpu.nvidiaSmi.fail.tcc', { gpus: tcc.join(', ') }), fix: { text: msg('fix.gpu.wddm') } };
  }
  const driverFix = { text: msg(wsl ? 'fix.gpu.windowsDriver' : 'fix.gpu.nativeDriver') };
  switch (code) {
    case 'gpu-access-blocked':
      return { summary: msg('check.gpu.nvidiaSmi.fail.blocked'), fix: { text: msg(wsl ? 'fix.gpu.blocked' : 'fix.gpu.nativeDriver') } };
    case 'driver-library-mismatch':
    case 'driver-communication':
      return { summary: msg(`check.gpu.nvidiaSmi.fail.${code === 'driver-communication' ? 'communication' : 'mismatch'}`), fix: { text: msg(wsl ? 'fix.gpu.blocked' : 'fix.gpu.nativeReboot') } };
    case 'not-found':
      return { summary: msg('check.gpu.nvidiaSmi.fail.notFound'), fix: driverFix };
    case 'no-devices':
    case 'device-handle':
    case 'no-gpus':
      return { summary: msg('check.gpu.nvidiaSmi.fail.noDevices'), fix: driverFix };
    default:
      return { summary: msg('check.gpu.nvidiaSmi.fail.other', { code, message }), fix: driverFix };
  }
}

/**
 * nvidia-smi inside the distro lists the GPU. Inside WSL it reports the Windows driver's version;
 * "GPU access blocked by the operating system" means a Linux driver package or a GPU in TCC mode
 * (named when the Windows side shows TCC; failures #3, #4, #14).
 */
export const gpuNvidiaSmiCheck: Check = forVendor('nvidia', afterPlatformRoad({
  id: 'gpu.nvidia-smi',
  category: 'gpu-chain',
  title: msg('check.gpu.nvidiaSmi.title'),
  prerequisites: [],
  needs: probesFor('distro', 'nvidia'),
  applies: withDistro,
  evaluate(facts): Verdict {
    const d = distroOf(facts);
    const n = d?.nvidia;
    if (!d || !n) return { status: 'unknown', summary: msg('check.unknown.notCaptured', { probe: 'distro.probe nvidia-smi' }) };
    const tcc = d.isWsl ? tccGpus(facts) : [];
    const evidence: Evidence[] = [
      ev('evidence.gpu.nvidiaSmiPath', d.nvidiaSmiPath),
      ev('evidence.gpu.driverVersion', n.driverVersion),
      ev('evidence.gpu.cudaVersion', n.cudaVersion),
      ev('evidence.gpu.gpus', n.gpus.map((g) => g.name ?? '?').join(', ') || 'none'),
    ];
    if (n.error) evidence.push(ev('evidence.errorCode', `${n.error.code ?? ''} ${n.error.message}`.trim()));
    if (tcc.length > 0) evidence.push(ev('evidence.gpu.windowsTcc', tcc.join(', ')));
    if (n.error || n.gpus.length === 0) {
      const f = failure(n.error?.code ?? 'no-gpus', d.isWsl, tcc, n.error?.message ?? '');
      return { status: 'fail', summary: f.summary, evidence, fix: f.fix };
    }
    return { status: 'pass', summary: msg('check.gpu.nvidiaSmi.pass', { gpus: n.gpus.map((g) => g.name ?? '?').join(', '), driver: n.driverVersion }), evidence };
  },
}));
