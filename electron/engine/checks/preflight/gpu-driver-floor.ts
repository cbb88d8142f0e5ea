import type { Evidence } from '../../../contract/checks.js';
import { msg } from '../../../contract/messages.js';
import type { Facts } from '../../../contract/facts.js';
import { compareDriverVersions } from '../../../host/nvidia-smi/driver-version.js';
import { DRIVER_DOWNLOAD_URLS, NVIDIA_FLOORS } from '../../../host/gpu/driver-floors.js';
import { computeGpuOf } from '../../facts/compute-gpu.js';
import { GPU_VENDORS, GPU_VENDORS_ERROR, type GpuVendorTable } from '../../vendor-data/gpu-vendor-table.js';
import type { Check, Verdict } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { computeGpus, nvidiaDriverVersion, optimusEvidence, VENDOR_NAMES, type ComputeGpu } from './gpu-shared.js';
import { adapterName, floorEvidence, floorStatusEvidence, judgeAdapter } from './vendor-floor.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/** NVIDIA: below 528.33 no CUDA 12 wheel runs; below 580 CUDA 13 wheels do not (domain.md §4.1). */
function nvidiaVerdict(facts: Facts, gpus: readonly ComputeGpu[], name: string, others: Evidence[]): Verdict {
  const version = nvidiaDriverVersion(facts, gpus);
  const evidence = [ev('evidence.gpu.nvidiaDriver', version), ev('evidence.gpu.cudaVersion', facts.nvidia?.cudaVersion), ...others];
  const url = DRIVER_DOWNLOAD_URLS.nvidia;
  const params = { name, version: version ?? '', cuda12: NVIDIA_FLOORS.cuda12.minimum, cuda13: NVIDIA_FLOORS.cuda13.minimum };
  const vs12 = compareDriverVersions(version, NVIDIA_FLOORS.cuda12.minimum);
  if (vs12 === null) return { status: 'unknown', summary: msg('check.gpu.driverFloor.unknown.nvidia'), evidence };
  if (vs12 < 0) return { status: 'fail', summary: msg('check.gpu.driverFloor.fail.cuda12', params), evidence, fix: fix('fix.gpu.driverFloor.nvidia', params, { url }) };
  if ((compareDriverVersions(version, NVIDIA_FLOORS.cuda13.minimum) ?? -1) < 0) {
    return { status: 'warn', summary: msg('check.gpu.driverFloor.warn.cuda13', params), evidence, fix: fix('fix.gpu.driverFloor.nvidia', params, { url }) };
  }
  return { status: 'pass', summary: msg('check.gpu.driverFloor.pass.nvidia', params), evidence };
}

/**
 * AMD or Intel compute GPU: its own driver against its vendor's floor. A floor below which the
 * stack is known not to work would fail; both vendors' floors are soft (AMD names none, Intel's is
 * from an older guide), so a driver below one warns.
 */
function vendorVerdict(compute: ComputeGpu, table: GpuVendorTable | null, others: Evidence[]): Verdict {
  const j = judgeAdapter(compute, table);
  const name = adapterName(compute);
  const vendor = VENDOR_NAMES[compute.vendor];
  const evidence = [...floorEvidence(j), ...floorStatusEvidence(j.floor, vendor), ...others];
  const params = { name, vendor, version: j.judged ?? '', windows: compute.windowsDriverVersion ?? '', minimum: j.floor?.minimum ?? '' };
  const update = fix(`fix.gpu.driverFloor.${compute.vendor}`, params, { url: DRIVER_DOWNLOAD_URLS[compute.vendor] });
  if (j.outcome === 'noFloor') return { status: 'unknown', summary: msg('check.gpu.driverFloor.unknown.noFloor', { vendor, error: GPU_VENDORS_ERROR ?? '' }), evidence };
  if (j.outcome === 'unread') return { status: 'unknown', summary: msg(`check.gpu.driverFloor.unknown.${compute.vendor}On`, params), evidence, fix: update };
  if (j.outcome === 'below') return { status: 'warn', summary: msg(`check.gpu.driverFloor.warn.${compute.vendor}On`, params), evidence, fix: update };
  return { status: 'pass', summary: msg(`check.gpu.driverFloor.pass.${compute.vendor}On`, params), evidence };
}

/** Evidence for the adapters that are not the compute GPU, each against its own vendor's floor. */
function otherAdapters(gpus: readonly ComputeGpu[], compute: ComputeGpu | null, table: GpuVendorTable | null): Evidence[] {
  return gpus
    .filter((g) => g !== compute && g.vendor !== 'nvidia')
    .slice(0, 8)
    .flatMap((g) => floorEvidence(judgeAdapter(g, table)));
}

/**
 * Is the driver of the GPU the ML stack will use (the compute GPU, engine/facts/compute-gpu.ts)
 * new enough? NVIDIA against the CUDA 12 and CUDA 13 floors, AMD and Intel against their own
 * vendor's floor (assets/data/gpu-vendors.json). Every other adapter is judged against its own
 * vendor's floor too and shown by name in the evidence; the verdict is the compute GPU's.
 */
export const gpuDriverFloorCheck: Check = {
  id: 'gpu.driver-floor',
  category: 'preflight',
  title: msg('check.gpu.driverFloor.title'),
  prerequisites: ['gpu.present', 'gpu.driver-stale'],
  needs: probesFor('inventory', 'nvidia'),
  // The framework's device and the power source (facts.distro) only sharpen which GPU is meant:
  // re-checking this Windows check never starts the distro for them.
  usesIfCaptured: probesFor('distro'),
  applies: onWindowsOnly,
  evaluate(facts) {
    if (facts.gpus === null && facts.nvidia === null) return notCaptured(PROBES.inventory);
    const gpus = computeGpus(facts);
    const compute = (computeGpuOf(facts) as ComputeGpu | null) ?? null;
    const others = [ev('evidence.gpu.computeGpu', compute?.name ?? null), ...otherAdapters(gpus, compute, GPU_VENDORS), ...optimusEvidence(facts)];
    // With the inventory missing, nvidia-smi alone still gives the NVIDIA driver.
    if (compute === null && facts.nvidia?.driverVersion) return nvidiaVerdict(facts, gpus, facts.nvidia.gpus[0]?.name ?? 'NVIDIA', []);
    if (compute === null) return { status: 'unknown', summary: msg('check.gpu.driverFloor.unknown.noGpu') };
    if (compute.vendor === 'nvidia') return nvidiaVerdict(facts, gpus, adapterName(compute), others);
    return vendorVerdict(compute, GPU_VENDORS, others);
  },
};
