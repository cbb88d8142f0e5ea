import { msg } from '../../../contract/messages.js';
import type { Check, Verdict } from '../../model.js';
import { distroOf, ev, onWsl } from './common.js';
import { forVendor } from './vendor-gate.js';
import { probesFor } from '../probe-needs.js';

/**
 * Intel: the Level Zero runtime inside WSL (domain.md §4.3, vendor facts §B): the loader
 * `libze_loader.so.1` and Intel's GPU driver `libze_intel_gpu.so.1` in the loader cache. The
 * Intel chain's driver link. PyTorch XPU on WSL is best-effort (Intel and PyTorch mark it so),
 * and a pass says so.
 */
export const gpuLevelZeroCheck: Check = forVendor('intel', {
  id: 'gpu.level-zero',
  category: 'gpu-chain',
  title: msg('check.gpu.levelZero.title'),
  prerequisites: ['gpu.dxg'],
  needs: probesFor('distro'),
  applies: onWsl,
  evaluate(facts): Verdict {
    const z = distroOf(facts)?.levelZero;
    if (!z) return { status: 'unknown', summary: msg('check.gpu.levelZero.unknown') };
    const evidence = [ev('evidence.gpu.zeLoader', z.loader ?? 'not in the loader cache'), ev('evidence.gpu.zeIntelGpu', z.gpuDriver ?? 'not in the loader cache'), ev('evidence.gpu.zePackages', z.packages.join(', ') || 'none')];
    const fix = { text: msg('fix.gpu.levelZero') };
    if (z.loader === null) return { status: 'fail', summary: msg('check.gpu.levelZero.fail.noLoader'), evidence, fix };
    if (z.gpuDriver === null) return { status: 'fail', summary: msg('check.gpu.levelZero.fail.noGpuDriver'), evidence, fix };
    return { status: 'pass', summary: msg('check.gpu.levelZero.pass', { loader: z.loader, driver: z.gpuDriver }), evidence };
  },
});
