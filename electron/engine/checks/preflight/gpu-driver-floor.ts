import { msg } from '../../../contract/messages.js';
import type { Facts } from '../../../contract/facts.js';
import { compareDriverVersions } from '../../../host/nvidia-smi/driver-version.js';
import { AMD_FLOORS, DRIVER_DOWNLOAD_URLS, INTEL_FLOORS, NVIDIA_FLOORS, wddmMajor } from '../../../host/gpu/driver-floors.js';
import type { Check, Verdict } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { computeGpus, nvidiaDriverVersion, primaryVendor, type ComputeGpu } from './gpu-shared.js';
import { ev, fix, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/** NVIDIA: below 528.33 no CUDA 12 wheel runs; below 580 CUDA 13 wheels do not (domain.md §4.1). */
function nvidiaVerdict(facts: Facts, gpus: readonly ComputeGpu[]): Verdict {
  const version = nvidiaDriverVersion(facts, gpus);
  const evidence = [ev('evidence.gpu.nvidiaDriver', version), ev('evidence.gpu.cudaVersion', facts.nvidia?.cudaVersion)];
  const url = DRIVER_DOWNLOAD_URLS.nvidia;
  const params = { version: version ?? '', cuda12: NVIDIA_FLOORS.cuda12.minimum, cuda13: NVIDIA_FLOORS.cuda13.minimum };
  const vs12 = compareDriverVersions(version, NVIDIA_FLOORS.cuda12.minimum);
  if (vs12 === null) return { status: 'unknown', summary: msg('check.gpu.driverFloor.unknown.nvidia'), evidence };
  if (vs12 < 0) return { status: 'fail', summary: msg('check.gpu.driverFloor.fail.cuda12', params), evidence, fix: fix('fix.gpu.driverFloor.nvidia', params, { url }) };
  if ((compareDriverVersions(version, NVIDIA_FLOORS.cuda13.minimum) ?? -1) < 0) {
    return { status: 'warn', summary: msg('check.gpu.driverFloor.warn.cuda13', params), evidence, fix: fix('fix.gpu.driverFloor.nvidia', params, { url }) };
  }
  return { status: 'pass', summary: msg('check.gpu.driverFloor.pass.nvidia', params), evidence };
}

/** AMD: the Adrenalin release ROCm on WSL wants cannot be read from the Windows version, so it is shown, not judged. */
function amdVerdict(gpus: readonly ComputeGpu[]): Verdict {
  const gpu = gpus.find((g) => g.vendor === 'amd');
  const evidence = [ev('evidence.gpu.windowsDriver', gpu?.windowsDriverVersion)];
  const params = { minimum: AMD_FLOORS.rocdxgAdrenalin.minimum };
  return { status: 'unknown', summary: msg('check.gpu.driverFloor.unknown.amd', params), evidence, fix: fix('fix.gpu.driverFloor.amd', params, { url: DRIVER_DOWNLOAD_URLS.amd }) };
}

/** Intel: the Arc & Iris Xe driver is WDDM 3.x; an older Intel driver lacks what the WSL runtime needs. */
function intelVerdict(gpus: readonly ComputeGpu[]): Verdict {
  const gpu = gpus.find((g) => g.vendor === 'intel');
  const version = gpu?.driverVersion ?? gpu?.windowsDriverVersion ?? null;
  const evidence = [ev('evidence.gpu.intelDriver', version)];
  const major = wddmMajor(gpu?.windowsDriverVersion);
  if (major === null) return { status: 'unknown', summary: msg('check.gpu.driverFloor.unknown.intel'), evidence };
  if (major < Number(INTEL_FLOORS.wddm.minimum)) {
    return { status: 'warn', summary: msg('check.gpu.driverFloor.warn.intel', { version: version ?? '' }), evidence, fix: fix('fix.gpu.driverFloor.intel', {}, { url: DRIVER_DOWNLOAD_URLS.intel }) };
  }
  return { status: 'pass', summary: msg('check.gpu.driverFloor.pass.intel', { version: version ?? '' }), evidence };
}

/**
 * Is the driver of the GPU the ML stack will use new enough for current wheels? NVIDIA is judged
 * against the CUDA 12 and CUDA 13 floors, AMD and Intel per their WSL paths (driver-floors.ts).
 */
export const gpuDriverFloorCheck: Check = {
  id: 'gpu.driver-floor',
  category: 'preflight',
  title: msg('check.gpu.driverFloor.title'),
  prerequisites: ['gpu.present', 'gpu.driver-stale'],
  needs: probesFor('inventory', 'nvidia'),
  applies: onWindowsOnly,
  evaluate(facts) {
    if (facts.gpus === null && facts.nvidia === null) return notCaptured(PROBES.inventory);
    const gpus = computeGpus(facts);
    // With the inventory missing, nvidia-smi alone still gives the NVIDIA driver.
    const vendor = primaryVendor(gpus) ?? (facts.nvidia?.driverVersion ? 'nvidia' : null);
    if (vendor === 'nvidia') return nvidiaVerdict(facts, gpus);
    if (vendor === 'amd') return amdVerdict(gpus);
    if (vendor === 'intel') return intelVerdict(gpus);
    return { status: 'unknown', summary: msg('check.gpu.driverFloor.unknown.noGpu') };
  },
};
