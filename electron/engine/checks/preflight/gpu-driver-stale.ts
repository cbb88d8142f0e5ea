import { msg } from '../../../contract/messages.js';
import { compareDriverVersions } from '../../../host/nvidia-smi/driver-version.js';
import { DRIVER_DOWNLOAD_URLS, NVIDIA_FLOORS, WDDM_FLOOR, wddmMajor } from '../../../host/gpu/driver-floors.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { computeGpus, nvidiaDriverVersion, VENDOR_NAMES, type ComputeGpu } from './gpu-shared.js';
import { fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/** Microsoft's inbox Basic Display driver reads `10.0.<build>.<rev>`: the vendor driver is missing. */
const INBOX_DRIVER_MAJOR = 10;

type Finding = 'noDriver' | 'oldWddm' | 'belowWslCuda';

/** Why an adapter's driver cannot give WSL a GPU, null when it can, `unread` when unknown. */
function finding(gpu: ComputeGpu, nvidiaVersion: string | null): Finding | 'unread' | null {
  const major = wddmMajor(gpu.windowsDriverVersion);
  if (major === null) return 'unread';
  if (major === INBOX_DRIVER_MAJOR) return 'noDriver';
  if (major < WDDM_FLOOR.major) return 'oldWddm';
  if (gpu.vendor === 'nvidia' && compareDriverVersions(nvidiaVersion ?? gpu.driverVersion, NVIDIA_FLOORS.wslCuda.minimum) === -1) return 'belowWslCuda';
  return null;
}

/**
 * Is every NVIDIA/AMD/Intel adapter on a vendor driver new enough to reach WSL at all: a
 * WDDM ≥ 2.9 driver, and for NVIDIA the R495 branch or later? A stale driver fails with the
 * vendor's download page; stack-specific floors (CUDA 12/13) are `gpu.driver-floor`'s.
 */
export const gpuDriverStaleCheck: Check = {
  id: 'gpu.driver-stale',
  category: 'preflight',
  title: msg('check.gpu.driverStale.title'),
  prerequisites: ['gpu.present'],
  needs: probesFor('inventory', 'nvidia'),
  applies: onWindowsOnly,
  evaluate(facts) {
    if (facts.gpus === null) return notCaptured(PROBES.inventory);
    const gpus = computeGpus(facts);
    const nvidiaVersion = nvidiaDriverVersion(facts, gpus);
    const judged = gpus.map((g) => ({ gpu: g, finding: finding(g, g.vendor === 'nvidia' ? nvidiaVersion : null) }));
    const evidence = judged.slice(0, 16).map(({ gpu }) => ({
      label: msg('evidence.gpu.driver', { name: gpu.name ?? VENDOR_NAMES[gpu.vendor] }),
      value: gpu.vendor === 'nvidia' && gpu.driverVersion ? `${gpu.driverVersion} (${gpu.windowsDriverVersion ?? 'unknown'})` : (gpu.windowsDriverVersion ?? 'unknown'),
    }));
    const stale = judged.find((j): j is { gpu: ComputeGpu; finding: Finding } => j.finding !== null && j.finding !== 'unread');
    if (stale) {
      const { gpu } = stale;
      const params = {
        name: gpu.name ?? VENDOR_NAMES[gpu.vendor],
        vendor: VENDOR_NAMES[gpu.vendor],
        version: (gpu.vendor === 'nvidia' ? nvidiaVersion : null) ?? gpu.windowsDriverVersion ?? '',
        wddm: WDDM_FLOOR.label,
        minimum: NVIDIA_FLOORS.wslCuda.minimum,
      };
      return {
        status: 'fail',
        summary: msg(`check.gpu.driverStale.fail.${stale.finding}`, params),
        evidence,
        fix: fix('fix.gpu.driverStale', { vendor: params.vendor }, { url: DRIVER_DOWNLOAD_URLS[gpu.vendor] }),
      };
    }
    if (judged.every((j) => j.finding === 'unread')) return { status: 'unknown', summary: msg('check.gpu.driverStale.unknown'), evidence };
    return { status: 'pass', summary: msg('check.gpu.driverStale.pass', { wddm: WDDM_FLOOR.label }), evidence };
  },
};
