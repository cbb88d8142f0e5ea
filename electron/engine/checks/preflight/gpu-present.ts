import { msg } from '../../../contract/messages.js';
import type { Check } from '../../model.js';
import { onWindowsOnly } from '../applies.js';
import { computeGpuOf } from '../../facts/compute-gpu.js';
import { computeGpus, optimusEvidence, VENDOR_NAMES } from './gpu-shared.js';
import { fix, nameList, notCaptured, PROBES } from './shared.js';
import { probesFor } from '../probe-needs.js';

/**
 * Is there an NVIDIA, AMD or Intel GPU (discrete or integrated)? The vendor comes from the PCI
 * id, so a card still on Microsoft's Basic Display driver counts as present; its missing driver
 * is `gpu.driver-stale`'s finding. Only Microsoft's adapters or unknown vendors fail.
 */
export const gpuPresentCheck: Check = {
  id: 'gpu.present',
  category: 'preflight',
  title: msg('check.gpu.present.title'),
  prerequisites: [],
  needs: probesFor('inventory', 'nvidia'),
  // The framework's device and the power source (facts.distro) only sharpen which GPU is meant:
  // re-checking this Windows check never starts the distro for them.
  usesIfCaptured: probesFor('distro'),
  applies: onWindowsOnly,
  evaluate(facts) {
    if (facts.gpus === null) {
      // nvidia-smi alone can still prove an NVIDIA GPU when the inventory was not captured.
      const smi = facts.nvidia?.gpus ?? [];
      if (smi.length === 0) return notCaptured(PROBES.inventory);
      const names = nameList(smi.map((g) => g.name));
      return { status: 'pass', summary: msg('check.gpu.present.pass', { names }), evidence: smi.map((g) => ({ label: msg('evidence.gpu.adapter', { vendor: 'NVIDIA' }), value: g.name ?? 'unknown' })) };
    }
    // Every adapter, with its kind where the PCI ids tell it (discrete card or integrated GPU).
    const evidence = facts.gpus.slice(0, 16).map((g) => ({
      label: msg(g.kind ? `evidence.gpu.adapter.${g.kind}` : 'evidence.gpu.adapter', { vendor: g.vendor !== null && g.vendor in VENDOR_NAMES ? VENDOR_NAMES[g.vendor as keyof typeof VENDOR_NAMES] : (g.vendor ?? 'unknown') }),
      value: `${g.name ?? 'unknown'} (${g.windowsDriverVersion ?? 'unknown'})`,
    }));
    const usable = computeGpus(facts);
    const compute = computeGpuOf(facts);
    if (usable.length > 0) {
      const names = nameList(usable.map((g) => g.name ?? VENDOR_NAMES[g.vendor]));
      // With several adapters, say which one the ML stack will use (discrete first, then memory).
      const summary = usable.length > 1 && compute ? msg('check.gpu.present.passCompute', { names, compute: compute.name ?? '' }) : msg('check.gpu.present.pass', { names });
      return { status: 'pass', summary, evidence: [...evidence, ...optimusEvidence(facts)] };
    }
    const key = facts.gpus.length === 0 ? 'check.gpu.present.fail.none' : 'check.gpu.present.fail.noVendor';
    return { status: 'fail', summary: msg(key, { names: nameList(facts.gpus.map((g) => g.name)) }), evidence, fix: fix('fix.gpu.present') };
  },
};
