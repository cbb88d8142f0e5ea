import type { Evidence } from '../../../contract/checks.js';
import { msg } from '../../../contract/messages.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, ev, withDistro } from './common.js';
import { probesFor } from '../probe-needs.js';
import { forVendor } from './vendor-gate.js';

/**
 * Containers can use the GPU: the docker daemon answers and has the `nvidia` runtime, an NVIDIA
 * CDI spec, or `nvidia-container-runtime-hook` on its PATH, with which dockerd enables `--gpus`
 * by itself (moby daemon/nvidia_linux.go; failures #10, #11). A CDI spec older than the driver files embeds
 * DriverStore paths of the previous driver and breaks `--device nvidia.com/gpu=all` (failure
 * #12): warned, since file times are all the collector sees. No docker: skip.
 */
export const dockerGpuCheck: Check = forVendor('nvidia', {
  id: 'docker.gpu',
  category: 'gpu-chain',
  title: msg('check.docker.gpu.title'),
  prerequisites: ['gpu.nvidia-smi'],
  needs: probesFor('distro'),
  applies: withDistro,
  evaluate(facts): Verdict {
    const d = distroOf(facts);
    const k = d?.docker;
    if (!d || !k || !k.cliPresent) return { status: 'skip', summary: msg('check.docker.gpu.skip.noDocker') };
    const evidence: Evidence[] = [
      ev('evidence.docker.server', k.serverVersion),
      ev('evidence.docker.runtimes', k.runtimes.join(', ') || 'none'),
      ev('evidence.docker.cdiSpecs', k.cdiSpecs.map((s) => `${s.path} (${s.modified ?? '?'})`).join(', ') || 'none'),
      ev('evidence.docker.ctk', k.nvidiaCtkVersion),
      ev('evidence.docker.hook', k.nvidiaHookPath ?? 'none'),
    ];
    if (!k.daemonReachable) {
      evidence.push(ev('evidence.docker.error', k.error));
      return { status: 'warn', summary: msg('check.docker.gpu.warn.daemonDown'), evidence, fix: { text: msg('fix.docker.start') } };
    }
    const nvidiaSpecs = k.cdiSpecs.filter((s) => /nvidia/iu.test(s.path));
    if (!k.runtimes.includes('nvidia') && nvidiaSpecs.length === 0) {
      if (k.nvidiaHookPath !== null) return { status: 'pass', summary: msg('check.docker.gpu.pass.hook', { path: k.nvidiaHookPath }), evidence };
      return { status: 'fail', summary: msg('check.docker.gpu.fail.noRuntime'), evidence, fix: { text: msg('fix.docker.toolkit') } };
    }
    const driverTime = d.wslLib?.libcudaModified ?? null;
    const stale = driverTime === null ? undefined : nvidiaSpecs.find((s) => s.modified !== null && s.modified < driverTime);
    if (stale && driverTime !== null) {
      evidence.push(ev('evidence.docker.driverFiles', driverTime));
      return { status: 'warn', summary: msg('check.docker.gpu.warn.cdiStale', { spec: stale.path, specTime: stale.modified, driverTime }), evidence, fix: { text: msg('fix.docker.cdi'), stepId: 'docker.cdi-refresh' } };
    }
    return { status: 'pass', summary: msg('check.docker.gpu.pass', { runtimes: k.runtimes.join(', ') || 'CDI' }), evidence };
  },
});
